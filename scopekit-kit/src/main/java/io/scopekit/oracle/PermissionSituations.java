package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.LifecycleStep;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.ReleaseKind;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.VersionDraft;
import io.scopekit.permission.VersionStatus;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Builds a {@link PermissionSituation} from a question in the words of {@code scopekit explain} on a permission
 * model: the app (type, permissions and their states, levels, grants, data scope, test version, version), and an
 * API call or a lifecycle step.
 *
 * <p>Names are checked against the model, so a typo fails here with the valid choices listed.
 */
@API(status = EXPERIMENTAL)
public final class PermissionSituations {
    /** The app, tenant and users every explained situation uses. */
    public static final String APP = "cli_app", TENANT = "tenant", DEVELOPER = "ou_developer", USER = "ou_user";

    private final SpecCatalog catalog;

    private PermissionSituations(SpecCatalog catalog) {
        this.catalog = catalog;
    }

    /** Returns a factory of situations on the permission models of {@code catalog}. */
    public static PermissionSituations on(SpecCatalog catalog) {
        return new PermissionSituations(Objects.requireNonNull(catalog, "catalog"));
    }

    /** Returns true when {@code id} names a permission model of the catalog. */
    public boolean isModel(String id) {
        return catalog.permissionModel(id).isPresent();
    }

    /**
     * A question about one request, every value as typed on the command line ({@code null} or empty when not given).
     *
     * @param model          permission model id (required)
     * @param action         {@code call-api} or a lifecycle step's wire name, e.g. {@code apply} (required)
     * @param appType        {@code custom} (default) or {@code store}
     * @param identity       {@code tenant} (default) or {@code user}: the token's identity, and the identity of
     *                       {@code permissions} given without one
     * @param token          {@code valid} (default), {@code missing}, {@code invalid} or {@code expired}
     * @param developer      true when the user token is the app developer's own
     * @param api            the API to call ({@code call-api})
     * @param fields         response fields asked for
     * @param has            the app's permissions before: {@code [IDENTITY:]PERMISSION=STATE}
     * @param levels         levels in the app: {@code PERMISSION=LEVEL}
     * @param grants         permissions the token's user has authorized
     * @param dataScope      the app's data scope is configured
     * @param testVersion    the app runs its test version ({@code has} then describes the test version)
     * @param versionStatus  the latest version's status, if one was created
     * @param reason         the version's reason (申请理由)
     * @param approvedBy     reviewers that approved the version so far
     * @param permissions    for {@code apply}: {@code [IDENTITY:]PERMISSION}
     * @param importJson     for {@code import}: the JSON
     * @param reviewer       for {@code approve-version}/{@code reject-version}
     * @param releaseKind    for {@code release}
     * @param owners         for {@code deliver-event}: who owns or manages the changed document ({@code app}, {@code user}
     *                       for the token's user, or another id)
     * @param eventNeeds     for {@code deliver-event}: the permissions the event's page lists (empty: not named)
     */
    public record Question(String model, String action, String appType, String identity, String token,
            boolean developer, String api, List<String> fields, List<String> has, List<String> levels,
            List<String> grants, boolean dataScope, boolean testVersion, String versionStatus, String reason,
            List<String> approvedBy, List<String> permissions, String importJson, String reviewer,
            String releaseKind, List<String> owners, List<String> eventNeeds) {}

    /**
     * Returns the situation {@code q} describes.
     *
     * @throws IllegalArgumentException naming the valid choices when a name is unknown or a needed value is missing
     */
    public PermissionSituation situation(Question q) {
        PermissionModelSpec model = catalog.permissionModel(q.model()).orElseThrow(() -> new IllegalArgumentException(
                "unknown permission model '" + q.model() + "' (expected one of: "
                        + String.join(", ", catalog.permissionModels().stream().map(PermissionModelSpec::id).toList())
                        + ")"));
        AppType type = q.appType() == null ? AppType.CUSTOM : AppType.fromWireName(q.appType());
        Identity identity = q.identity() == null ? Identity.TENANT : Identity.fromWireName(q.identity());
        List<PermissionStatus> has = new ArrayList<>();
        for (String h : nonNull(q.has())) {
            int eq = h.lastIndexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--has '" + h + "': expected [tenant:|user:]PERMISSION=STATE");
            }
            PermissionRef ref = ref(model, h.substring(0, eq), identity);
            has.add(new PermissionStatus(ref.permission(), ref.identity(),
                    PermissionState.fromWireName(h.substring(eq + 1))));
        }
        Map<String, PermissionLevel> levels = new LinkedHashMap<>();
        for (String l : nonNull(q.levels())) {
            int eq = l.lastIndexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--level '" + l + "': expected PERMISSION=LEVEL");
            }
            levels.put(permission(model, l.substring(0, eq)), PermissionLevel.fromWireName(l.substring(eq + 1)));
        }
        String owner = identity == Identity.USER ? (q.developer() ? DEVELOPER : USER) : null;
        Map<String, List<String>> grants = new LinkedHashMap<>();
        if (owner != null && !nonNull(q.grants()).isEmpty()) {
            grants.put(owner, q.grants().stream().map(g -> permission(model, g)).toList());
        }
        VersionStatus status = q.versionStatus() == null ? null : VersionStatus.fromWireName(q.versionStatus());
        VersionDraft draft = status == null ? null : new VersionDraft("1.0.0", "", has.stream()
                .filter(s -> s.state() != PermissionState.ENABLED).map(PermissionStatus::ref).toList(), List.of(),
                q.reason());
        List<Reviewer> approvals = nonNull(q.approvedBy()).stream().map(Reviewer::fromWireName).toList();
        AppState app = new AppState(APP, TENANT, type, DEVELOPER, q.testVersion(), q.dataScope(),
                q.testVersion() ? List.of() : has, q.testVersion() ? has : List.of(), levels, List.of(), draft, status,
                approvals, grants);
        return new PermissionSituation(model.id(), app, request(model, q, identity, owner));
    }

    private static PlatformRequest request(PermissionModelSpec model, Question q, Identity identity, String owner) {
        if (q.action() == null) {
            throw new IllegalArgumentException("--action is required: call-api, deliver-event or a lifecycle step ("
                    + steps() + ")");
        }
        if (q.action().equals("call-api")) {
            if (q.api() == null) {
                throw new IllegalArgumentException("call-api needs --api (one of: "
                        + String.join(", ", new TreeSet<>(model.apis().stream().map(OpenApi::id).toList())) + ")");
            }
            TokenStatus token = q.token() == null ? TokenStatus.VALID : TokenStatus.fromWireName(q.token());
            return new ApiCall(APP, identity, token, owner, q.api(), nonNull(q.fields()));
        }
        if (q.action().equals("deliver-event")) {
            if (nonNull(q.owners()).isEmpty()) {
                throw new IllegalArgumentException("deliver-event needs --owner (who owns or manages the changed "
                        + "document: app, user or another id; repeatable)");
            }
            List<String> owners = q.owners().stream()
                    .map(o -> o.equals("app") ? APP : o.equals("user") ? USER : o).toList();
            List<String> needs = nonNull(q.eventNeeds()).stream().map(p -> permission(model, p)).toList();
            return new EventDelivery(APP, identity, identity == Identity.USER ? USER : null, owners, needs);
        }
        LifecycleStep step;
        try {
            step = LifecycleStep.fromWireName(q.action());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown action '" + q.action() + "' (expected one of: call-api, deliver-event, "
                    + steps() + ")");
        }
        return switch (step) {
            case APPLY -> {
                if (nonNull(q.permissions()).isEmpty()) {
                    throw new IllegalArgumentException("apply needs --permission [tenant:|user:]PERMISSION");
                }
                yield LifecycleAction.apply(APP, q.permissions().stream().map(p -> ref(model, p, identity)).toList());
            }
            case IMPORT -> {
                if (q.importJson() == null) {
                    throw new IllegalArgumentException("import needs --import-json JSON");
                }
                yield LifecycleAction.importJson(APP, q.importJson());
            }
            case EXPORT -> LifecycleAction.export(APP);
            case CREATE_VERSION -> LifecycleAction.createVersion(APP,
                    new VersionDraft("1.0.0", "", List.of(), List.of(), q.reason()));
            case SUBMIT_VERSION -> LifecycleAction.submitVersion(APP);
            case APPROVE_VERSION -> LifecycleAction.approve(APP, reviewer(q));
            case REJECT_VERSION -> LifecycleAction.reject(APP, reviewer(q));
            case SWITCH_TO_TEST_VERSION -> LifecycleAction.switchToTestVersion(APP, "test-enterprise");
            case SWITCH_TO_FORMAL_VERSION -> LifecycleAction.switchToFormalVersion(APP);
            case RELEASE -> {
                if (q.releaseKind() == null) {
                    throw new IllegalArgumentException("release needs --release-kind targeted|full|non-public");
                }
                yield LifecycleAction.release(APP, ReleaseKind.fromWireName(q.releaseKind()));
            }
            case CONFIGURE_DATA_SCOPE -> LifecycleAction.configureDataScope(APP);
        };
    }

    private static Reviewer reviewer(Question q) {
        if (q.reviewer() == null) {
            throw new IllegalArgumentException(q.action() + " needs --reviewer platform|tenant-admin");
        }
        return Reviewer.fromWireName(q.reviewer());
    }

    /** {@code [tenant:|user:]PERMISSION}; without a prefix the question's identity. */
    private static PermissionRef ref(PermissionModelSpec model, String text, Identity identity) {
        for (Identity i : Identity.values()) {
            String prefix = i.wireName() + ":";
            if (text.startsWith(prefix) && model.permission(text.substring(prefix.length())).isPresent()) {
                return new PermissionRef(text.substring(prefix.length()), i);
            }
        }
        return new PermissionRef(permission(model, text), identity);
    }

    private static String permission(PermissionModelSpec model, String key) {
        if (model.permission(key).isEmpty()) {
            throw new IllegalArgumentException("unknown permission '" + key + "' of " + model.id()
                    + " (see: scopekit specs show " + model.id() + ")");
        }
        return key;
    }

    private static String steps() {
        List<String> names = new ArrayList<>();
        for (LifecycleStep s : LifecycleStep.values()) {
            names.add(s.wireName());
        }
        return String.join(", ", names);
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }
}
