package io.scopekit.target.reference.permission;

import io.scopekit.permission.AppType;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.Reviewer;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PermissionModelSpec;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server side of the mutant zoo: defective open platforms, each the reference open platform with one decision
 * overridden (the package-private override points of {@link ReferencePermissionSession}). Found by name with
 * {@code --target class:io.scopekit.target.reference.permission.PermissionMutants$<Name>}.
 */
public final class PermissionMutants {
    private PermissionMutants() {}

    /** A reference platform whose sessions are made by {@link #session}. */
    abstract static class Mutant extends ReferencePermissionTarget {
        @Override
        final ReferencePermissionSession newSession(PermissionModelSpec model) {
            return session(model);
        }

        abstract ReferencePermissionSession session(PermissionModelSpec model);
    }

    /** Serves an API needing any one of several permissions only when the app holds all of them. */
    public static final class AnyOfAsAllOf extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean permits(List<String> anyOf, List<String> enabled) {
                    return enabled.size() == anyOf.size();
                }
            };
        }
    }

    /** Carries the test version's permissions to the formal version when switching back. */
    /** Ignores the spec's all-of requirements: a user-token send holding im:message alone is served. */
    public static final class IgnoresAllOf extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                List<String> together(OpenApi api, Identity identity) {
                    return List.of();
                }
            };
        }
    }

    public static final class TestVersionCarriedToFormal extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                void leaveTestVersion(AppRecord app) {
                    Map<PermissionRef, PermissionState> test = new LinkedHashMap<>(app.applications());
                    super.leaveTestVersion(app);
                    test.forEach(app::put);
                }
            };
        }
    }

    /** Accepts a tenant token for a permission enabled only for the user identity (and the other way round). */
    public static final class TenantTokenForUserPermission extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean holds(AppRecord app, Identity identity, String permission) {
                    return super.holds(app, Identity.TENANT, permission) || super.holds(app, Identity.USER, permission);
                }
            };
        }
    }

    /** Returns a field whose field permission the app does not hold. */
    public static final class FieldWithoutPermission extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean fieldPermitted(AppRecord app, Identity identity, List<String> anyOf) {
                    return true;
                }
            };
        }
    }

    /** An import applies again what the app has already applied for, overwriting its state. */
    public static final class ImportOverwrites extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean importsAgain(AppRecord app, PermissionRef ref) {
                    return true;
                }
            };
        }
    }

    /** Enables a review-required permission of a custom app on apply, without a release. */
    public static final class ReviewRequiredEnabledOnApply extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                PermissionState afterApplying(AppRecord app, PermissionRef ref, boolean imported) {
                    if (app.type == AppType.CUSTOM && level(app, ref.permission()) == PermissionLevel.REVIEW_REQUIRED) {
                        return PermissionState.ENABLED;
                    }
                    return super.afterApplying(app, ref, imported);
                }
            };
        }
    }

    /** Approves an advanced permission at the platform's review without a reason. */
    public static final class AdvancedApprovedWithoutReason extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean advancedNeedsReason() {
                    return false;
                }
            };
        }
    }

    /**
     * Leaves permissions under review out of the export (seed 001 批量导出权限 exports what is applied: pending
     * release, in review, enabled). The "export listing rejected permissions" cannot be killed: the sources
     * name no state for a rejected version's permissions (the oracle leaves it unspecified; the reference's
     * pending-release is a documented default), so an export listing them is as right as one leaving them out.
     */
    public static final class ExportOmitsInReview extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                Set<PermissionState> exported() {
                    Set<PermissionState> fewer = EnumSet.copyOf(super.exported());
                    fewer.remove(PermissionState.IN_REVIEW);
                    return fewer;
                }
            };
        }
    }

    /** A refused import still applies the entries listed before the refused one. */
    public static final class FailedImportAppliesPart extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean importChecksFirst() {
                    return false;
                }
            };
        }
    }

    /** Enables a store app's permission on apply, without the version review. */
    public static final class StoreApplyEnabled extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                PermissionState afterApplying(AppRecord app, PermissionRef ref, boolean imported) {
                    return app.type == AppType.STORE ? PermissionState.ENABLED
                            : super.afterApplying(app, ref, imported);
                }
            };
        }
    }

    /** Delivers a document change event by ownership alone, whatever permissions the app holds (issue 20 item 1). */
    public static final class EventWithoutPermission extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean subscriptionPermitted(AppRecord app, EventDelivery event) {
                    return true;
                }
            };
        }
    }

    /** Sets a store version as the test version without its permissions (issue 20 item 2: the old reading). */
    public static final class StoreTestVersionDropsPermissions extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                void enableVersionInTest(AppRecord app) {
                    // the version's permissions are left behind in the formal version
                }
            };
        }
    }

    /** Enables a store version's permissions after either review alone (issue 20 item 3). */
    public static final class StoreOneReviewEnables extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean reviewCounts(AppRecord app, Reviewer reviewer) {
                    return true;
                }

                @Override
                boolean bothReviewsPassed(AppRecord app) {
                    return !app.approvals.isEmpty();
                }
            };
        }
    }

    /** Serves a user token whose user never authorized the app (99991679 missing). */
    public static final class UserGrantIgnored extends Mutant {
        @Override
        ReferencePermissionSession session(PermissionModelSpec model) {
            return new ReferencePermissionSession(model) {
                @Override
                boolean userGranted(AppRecord app, String user, String permission) {
                    return true;
                }
            };
        }
    }
}
