package io.scopekit.simulator.internal;

import io.scopekit.simulator.AccessDecisions;
import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides from the permission model's catalog and seed 001's statements, until the Drools permission oracle backs
 * the simulator; each branch names the spec entry it applies.
 */
public final class SpecAccessDecisions implements AccessDecisions {

    private final PermissionModelSpec model;

    /** Creates the decisions over a permission model. */
    public SpecAccessDecisions(PermissionModelSpec model) {
        this.model = model;
    }

    @Override
    public CallVerdict decideCall(CallFacts call) {
        OpenApi api = model.api(call.api()).orElseThrow(() -> new IllegalArgumentException("unknown API " + call.api()));
        if (!api.tokenTypes().contains(call.identity())) {
            return new Refused(Reason.TOKEN_TYPE_NOT_ACCEPTED, List.of(), "apis[" + api.id() + "].tokenTypes");
        }
        Set<String> effective = effective(call);
        boolean user = "user".equals(call.identity());
        if (!api.anyOf().isEmpty()) {
            if (api.anyOf().stream().noneMatch(effective::contains)) {
                return new Refused(Reason.APP_PERMISSION_MISSING, api.anyOf(), "rules.permissionsPerApp; errors[99991672]");
            }
            if (user && api.anyOf().stream().noneMatch(p -> effective.contains(p) && call.userGranted().contains(p))) {
                return new Refused(Reason.USER_GRANT_MISSING, api.anyOf(), "errors[99991679]");
            }
            if (!user && !call.dataScopeConfigured() && api.anyOf().stream().filter(effective::contains)
                    .allMatch(this::needsDataScope)) {
                return new Refused(Reason.DATA_SCOPE_MISSING, List.of(), "rules.tenantTokenNeedsDataScopeForContactsAndHR");
            }
        }
        Set<String> withheld = new LinkedHashSet<>();
        for (FieldRequirement f : api.fieldRequirements()) {
            boolean held = f.anyOf().stream().anyMatch(p -> effective.contains(p)
                    && (!user || call.userGranted().contains(p)));
            if (!held) {
                withheld.add(f.field());
            }
        }
        return new Served(withheld);
    }

    /** Enabled permissions, plus applied ones the developer's own user token may debug (rules.developerUserTokenDebugWithoutRelease). */
    private Set<String> effective(CallFacts call) {
        Set<String> effective = new LinkedHashSet<>(call.enabled());
        if ("user".equals(call.identity()) && call.developerToken()) {
            for (String p : call.applied()) {
                if (model.permission(p).flatMap(Permission::userTokenDebugFree).orElse(false)) {
                    effective.add(p);
                }
            }
        }
        return effective;
    }

    private boolean needsDataScope(String permission) {
        return model.permission(permission).flatMap(Permission::dataScopeUnderTenant).orElse(false);
    }

    @Override
    public ApplicationState decideApply(ApplyFacts apply) {
        // rules.testEnterprisePermissionsReviewFree, rules.reviewExemptTakesEffectImmediately,
        // rules.reviewRequiredNeedsVersionApproval / storeAppTwoReviews
        if (apply.testVersion() || ("custom".equals(apply.appType()) && apply.reviewExempt())) {
            return ApplicationState.ENABLED;
        }
        return ApplicationState.PENDING_RELEASE;
    }
}
