package io.scopekit.target.reference.permission;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.OwnerKind;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.ResourceOwner;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.VersionStatus;
import io.scopekit.permission.Violation;
import io.scopekit.spec.ErrorCode;
import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.target.permission.PlatformControl;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays one open-platform world (tenants, users, apps) as a plain state machine over a permission-model spec: its
 * own reading of seed 001 and the error pages the spec cites, written without the oracle.
 *
 * <p>Every choice where the sources are silent is listed in docs/reference-runtime.md (open platform section) and
 * named in a comment here; the oracle reports those aspects unspecified, so they are never compared.
 */
// Not final: its package-private methods are the override points of the mutant zoo (src/test, PermissionMutants), each
// defective platform differing from the reference in one decision.
class ReferencePermissionSession implements PlatformSession, PlatformControl {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<PermissionState> EXPORTED =
            EnumSet.of(PermissionState.PENDING_RELEASE, PermissionState.IN_REVIEW, PermissionState.ENABLED);

    private final PermissionModelSpec model;
    private final Map<String, Set<String>> tenants = new HashMap<>();
    private final Map<String, AppRecord> apps = new LinkedHashMap<>();

    ReferencePermissionSession(PermissionModelSpec model) {
        this.model = model;
    }

    @Override
    public PlatformControl control() {
        return this;
    }

    // ---------------------------------------------------------------- control plane

    @Override
    public Optional<PlatformError> createTenant(String tenant) {
        tenants.putIfAbsent(tenant, new HashSet<>());
        return Optional.empty();
    }

    @Override
    public Optional<PlatformError> createUser(String tenant, String user) {
        Set<String> users = tenants.get(tenant);
        if (users == null) {
            return Optional.of(PlatformError.unknownEntity("no tenant '" + tenant + "' (create it first)"));
        }
        users.add(user);
        return Optional.empty();
    }

    @Override
    public Optional<PlatformError> createApp(String app, String tenant, AppType type, String developer,
            List<String> outOfRange) {
        if (!tenants.containsKey(tenant)) {
            return Optional.of(PlatformError.unknownEntity("no tenant '" + tenant + "' (create it first)"));
        }
        if (apps.containsKey(app)) {
            return Optional.of(PlatformError.internal("app '" + app + "' exists already"));
        }
        apps.put(app, new AppRecord(app, tenant, type, developer, outOfRange));
        return Optional.empty();
    }

    @Override
    public Optional<PlatformError> setLevel(String app, String permission, PermissionLevel level) {
        AppRecord record = apps.get(app);
        if (record == null) {
            return Optional.of(unknownApp(app));
        }
        if (level.appType() != record.type) {
            return Optional.of(PlatformError.internal("level " + level.wireName() + " belongs to "
                    + level.appType().wireName() + " apps; app '" + app + "' is a " + record.type.wireName() + " app"));
        }
        record.levels.put(permission, level);
        return Optional.empty();
    }

    @Override
    public Optional<PlatformError> grantUser(String app, String user, List<String> permissions) {
        AppRecord record = apps.get(app);
        if (record == null) {
            return Optional.of(unknownApp(app));
        }
        record.userGrants.computeIfAbsent(user, u -> new LinkedHashSet<>()).addAll(permissions);
        return Optional.empty();
    }

    // ---------------------------------------------------------------- data plane

    @Override
    public PlatformResult perform(PlatformRequest request) {
        AppRecord app = apps.get(request.app());
        if (app == null) {
            return unknownApp(request.app());
        }
        if (request instanceof ApiCall call) {
            return call(app, call);
        }
        if (request instanceof LifecycleAction action) {
            return lifecycle(app, action);
        }
        EventDelivery event = (EventDelivery) request;
        // Seed 001 §权限类型: a tenant-token subscription sees the documents the app owns or manages, a user-token one
        // the user's, and either needs a permission of its identity.
        String subscriber = event.identity() == Identity.TENANT ? app.id : String.valueOf(event.subscriber());
        boolean delivered = event.owners().contains(subscriber) && subscriptionPermitted(app, event);
        return observed(new Builder(CallOutcome.SUCCESS).delivered(delivered).states(app));
    }

    /**
     * The subscription's identity holds one of the event's permissions; when the situation names none, any enabled
     * permission of that identity (the oracle leaves that case unspecified; this is the reference's default).
     */
    boolean subscriptionPermitted(AppRecord app, EventDelivery event) {
        List<String> needed = event.anyOf().isEmpty()
                ? model.permissions().stream().map(Permission::id).toList() : event.anyOf();
        return needed.stream().anyMatch(p -> holds(app, event.identity(), p));
    }

    private PlatformResult call(AppRecord app, ApiCall call) {
        Optional<OpenApi> found = model.api(call.api());
        if (found.isEmpty()) {
            return PlatformError.unsupportedRequest("unknown API '" + call.api() + "' (expected one of: "
                    + String.join(", ", model.apis().stream().map(OpenApi::id).toList()) + ")");
        }
        OpenApi api = found.get();
        if (call.token() != TokenStatus.VALID) {
            return observed(tokenError(call.token(), call.identity()).states(app));
        }
        if (!api.tokenTypes().contains(call.identity().wireName())) {
            // The catalog says which token types an API takes; the code for another one is the spec's, if any.
            return observed(errorOf("token-type-not-accepted", 400).states(app));
        }
        List<String> enabled = new ArrayList<>();
        for (String permission : api.anyOf()) {
            if (holds(app, call.identity(), permission)) {
                enabled.add(permission);
            }
        }
        boolean debugging = enabled.isEmpty() && api.anyOf().stream().anyMatch(p -> debugs(app, call, p));
        if (!api.anyOf().isEmpty() && !permits(api.anyOf(), enabled) && !debugging) {
            List<Violation> violations = api.anyOf().stream()
                    .map(p -> new Violation(Violation.ACTION_SCOPE_REQUIRED, p)).toList();
            return observed(errorOf("app-permission-missing", 400).violations(violations).states(app));
        }
        // A permission needed together with others (apis[].allOf) is needed on top of the any-of. No source gives
        // the code of a call holding only part of it; the reference answers as for a missing app permission.
        List<String> together = debugging ? List.of() : together(api, call.identity());
        List<String> missing = together.stream().filter(p -> !holds(app, call.identity(), p)).toList();
        if (!missing.isEmpty()) {
            List<Violation> violations = missing.stream()
                    .map(p -> new Violation(Violation.ACTION_SCOPE_REQUIRED, p)).toList();
            return observed(errorOf("app-permission-missing", 400).violations(violations).states(app));
        }
        // The user's own authorization (99991679) is checked for permissions the app holds; the developer's
        // debugging token of 方式一 needs none beyond applying.
        if (call.identity() == Identity.USER && !enabled.isEmpty()) {
            String user = String.valueOf(call.owner());
            List<String> notGranted = together.stream().filter(p -> !userGranted(app, user, p)).sorted().toList();
            if (enabled.stream().noneMatch(p -> userGranted(app, user, p)) || !notGranted.isEmpty()) {
                List<Violation> violations = (notGranted.isEmpty() ? List.of(enabled.get(0)) : notGranted).stream()
                        .map(p -> new Violation(Violation.ACTION_PRIVILEGE_REQUIRED, p)).toList();
                return observed(errorOf("user-grant-missing", 400).violations(violations).states(app));
            }
        }
        List<String> fields = new ArrayList<>();
        for (String field : call.fields()) {
            Optional<FieldRequirement> requirement = api.fieldRequirements().stream()
                    .filter(r -> r.field().equals(field)).findFirst();
            // A field permission is held like an API permission: enabled for the call's identity.
            if (requirement.isEmpty() || fieldPermitted(app, call.identity(), requirement.get().anyOf())) {
                fields.add(field);
            }
        }
        Builder ok = new Builder(CallOutcome.SUCCESS).http(200).code(0L).fields(fields).states(app);
        if (creates(api)) {
            ok.owner(call.identity() == Identity.TENANT ? new ResourceOwner(OwnerKind.APP, app.id)
                    : new ResourceOwner(OwnerKind.USER, String.valueOf(call.owner())));
        }
        return observed(ok);
    }

    /**
     * Whether the app holds {@code permission} for {@code identity}: enabled, or enabled but waiting for its data
     * scope (the sources name no error for a missing data scope, so the reference serves the call and the data
     * scope decides which records come back).
     */
    boolean holds(AppRecord app, Identity identity, String permission) {
        PermissionState state = app.state(new PermissionRef(permission, identity));
        return state == PermissionState.ENABLED || state == PermissionState.NEEDS_DATA_SCOPE;
    }

    /**
     * The permissions a call with {@code identity}'s token needs together, on top of one of the any-of (the spec's
     * {@code apis[].allOf}: 发送消息 with a user token needs im:message and im:message.send_as_user); an override point.
     */
    List<String> together(OpenApi api, Identity identity) {
        return api.allOfFor(identity.wireName()).stream().flatMap(r -> r.permissions().stream()).distinct().toList();
    }

    /** An API needing any one of several permissions is served when the app holds one (seed 001 确定所需申请的权限). */
    boolean permits(List<String> anyOf, List<String> enabled) {
        return !enabled.isEmpty();
    }

    /** Whether {@code user} authorized the app for {@code permission} (99991679 otherwise); an override point. */
    boolean userGranted(AppRecord app, String user, String permission) {
        return app.granted(user, permission);
    }

    /** A field comes back when the app holds one of its field permissions for the call's identity. */
    boolean fieldPermitted(AppRecord app, Identity identity, List<String> anyOf) {
        return anyOf.stream().anyMatch(p -> holds(app, identity, p));
    }

    /** The states an export lists: pending release, in review, enabled (seed 001 批量导出权限). */
    Set<PermissionState> exported() {
        return EXPORTED;
    }

    /** Whether an import applies {@code ref} again: only new applications (seed 001 批量导入权限). */
    boolean importsAgain(AppRecord app, PermissionRef ref) {
        return false;
    }

    /** Whether an import checks every entry before changing anything (a refused import changes nothing). */
    boolean importChecksFirst() {
        return true;
    }

    /** Whether an advanced permission needs a reason at the platform's review (seed 001 商店应用). */
    boolean advancedNeedsReason() {
        return true;
    }

    /** Leaves the test version; its permissions stay with it (seed 001 方式二). An override point. */
    void leaveTestVersion(AppRecord app) {
        app.testVersion = false;
    }

    /**
     * Way 1 of review-free debugging (seed 001 方式一): the developer's own user token, right after applying, for a
     * permission the spec marks as supporting it; described for custom apps only.
     */
    private boolean debugs(AppRecord app, ApiCall call, String permission) {
        PermissionState state = app.state(new PermissionRef(permission, call.identity()));
        boolean applied = state == PermissionState.PENDING_RELEASE || state == PermissionState.IN_REVIEW;
        return applied && app.type == AppType.CUSTOM && call.identity() == Identity.USER
                && app.developer.equals(call.owner())
                && model.permission(permission).flatMap(Permission::userTokenDebugFree).orElse(false);
    }

    /** An API that creates a resource: the spec's {@code createsResource} list (seed 001's 创建多维表格). */
    private boolean creates(OpenApi api) {
        io.scopekit.spec.Rule rule = model.rules().get("createsResource");
        return rule != null && rule.value() instanceof List<?> apis && apis.contains(api.id());
    }

    private PlatformResult lifecycle(AppRecord app, LifecycleAction action) {
        return switch (action.step()) {
            case APPLY -> apply(app, action.permissions());
            case IMPORT -> importJson(app, action.importJson());
            case EXPORT -> observed(new Builder(CallOutcome.SUCCESS).export(new ScopesExport(new ScopeLists(
                    app.keys(Identity.TENANT, exported()), app.keys(Identity.USER, exported())))).states(app));
            case CREATE_VERSION -> createVersion(app, action);
            case SUBMIT_VERSION -> submit(app);
            case APPROVE_VERSION -> approve(app, action.reviewer());
            case REJECT_VERSION -> reject(app);
            case SWITCH_TO_TEST_VERSION -> switchToTest(app, action.testEnterprise());
            case SWITCH_TO_FORMAL_VERSION -> {
                leaveTestVersion(app);
                yield observed(new Builder(CallOutcome.SUCCESS).version(app.versionStatus).states(app));
            }
            case RELEASE -> release(app);
            case CONFIGURE_DATA_SCOPE -> {
                app.dataScopeConfigured = true;
                for (PermissionStatus s : app.statuses()) {
                    if (s.state() == PermissionState.NEEDS_DATA_SCOPE) {
                        app.put(s.ref(), PermissionState.ENABLED);
                    }
                }
                yield observed(new Builder(CallOutcome.SUCCESS).states(app));
            }
        };
    }

    private PlatformResult apply(AppRecord app, List<PermissionRef> refs) {
        for (PermissionRef ref : refs) {
            if (model.permission(ref.permission()).isEmpty() || app.outOfRange.contains(ref.permission())) {
                return observed(fail(model.importErrorMessage()).states(app));
            }
        }
        for (PermissionRef ref : refs) {
            // A permission the identity's tab does not offer cannot be chosen there: nothing is applied for it.
            if (applicable(app, ref) && !app.applied(ref)) {
                app.put(ref, afterApplying(app, ref, false));
            }
        }
        return observed(new Builder(CallOutcome.SUCCESS).states(app));
    }

    /** Known to the catalog, held by the identity, and within the app's availability range. */
    private boolean applicable(AppRecord app, PermissionRef ref) {
        return model.permission(ref.permission())
                .filter(p -> p.identities().contains(ref.identity().wireName()))
                .isPresent() && !app.outOfRange.contains(ref.permission());
    }

    /**
     * The state right after applying or importing (seed 001 §自建应用, §商店应用 步骤一, 方式二, §批量导入权限): an
     * import names the data-scope state, applying in the console does not (its 注意 only says a tenant-token call
     * needs the data scope configured).
     */
    PermissionState afterApplying(AppRecord app, PermissionRef ref, boolean imported) {
        if (app.testVersion || (app.type == AppType.CUSTOM && level(app, ref.permission()) == PermissionLevel.REVIEW_EXEMPT)) {
            return imported ? enabledOrNeedsScope(app, ref) : PermissionState.ENABLED;
        }
        return PermissionState.PENDING_RELEASE;
    }

    private PermissionState enabledOrNeedsScope(AppRecord app, PermissionRef ref) {
        boolean linked = ref.identity() == Identity.TENANT && model.permission(ref.permission())
                .flatMap(Permission::dataScopeUnderTenant).orElse(false);
        return linked && !app.dataScopeConfigured ? PermissionState.NEEDS_DATA_SCOPE : PermissionState.ENABLED;
    }

    /**
     * The level in this app: what was set, else the reference's default for the spec's {@code unknown} —
     * review-required for custom apps, normal for store apps (docs/reference-runtime.md).
     */
    static PermissionLevel level(AppRecord app, String permission) {
        PermissionLevel set = app.levels.get(permission);
        if (set != null) {
            return set;
        }
        return app.type == AppType.CUSTOM ? PermissionLevel.REVIEW_REQUIRED : PermissionLevel.NORMAL;
    }

    private PlatformResult importJson(AppRecord app, @Nullable String json) {
        Map<Identity, List<String>> listed = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(json == null ? "" : json);
            JsonNode scopes = root == null ? null : root.get("scopes");
            if (scopes == null || !scopes.isObject()) {
                return observed(fail("malformed import: expected {\"scopes\":{\"tenant\":[...],\"user\":[...]}}")
                        .states(app));
            }
            for (Identity identity : Identity.values()) {
                JsonNode list = scopes.get(identity.wireName());
                if (list == null || list.isNull()) {
                    continue;
                }
                if (!list.isArray()) {
                    return observed(fail("malformed import: scopes." + identity.wireName() + " must be a list")
                            .states(app));
                }
                List<String> keys = new ArrayList<>();
                for (JsonNode key : list) {
                    if (!key.isString()) {
                        return observed(fail("malformed import: scopes." + identity.wireName()
                                + " must list permission keys").states(app));
                    }
                    keys.add(key.asString());
                }
                listed.put(identity, keys);
            }
        } catch (JacksonException e) {
            return observed(fail("malformed import: " + e.getOriginalMessage()).states(app));
        }
        // Every entry is checked before anything changes: a refused import leaves the app as it was.
        for (Map.Entry<Identity, List<String>> entry : listed.entrySet()) {
            for (String key : entry.getValue()) {
                PermissionRef ref = new PermissionRef(key, entry.getKey());
                if (!applicable(app, ref)) {
                    return observed(fail(model.importErrorMessage()).states(app));
                }
                if (!importChecksFirst() && !app.applied(ref)) {
                    app.put(ref, afterApplying(app, ref, true));
                }
            }
        }
        Map<Identity, List<String>> added = new LinkedHashMap<>();
        for (Map.Entry<Identity, List<String>> entry : listed.entrySet()) {
            List<String> fresh = new ArrayList<>();
            for (String key : entry.getValue()) {
                PermissionRef ref = new PermissionRef(key, entry.getKey());
                if ((!app.applied(ref) || importsAgain(app, ref)) && !fresh.contains(key)) {
                    fresh.add(key);
                    app.put(ref, afterApplying(app, ref, true));
                }
            }
            added.put(entry.getKey(), fresh);
        }
        // A tab is shown for an identity the import names (seed 001: 不涉及某个身份类型，则不会展示该类型页签).
        ScopeLists imported = new ScopeLists(added.get(Identity.TENANT), added.get(Identity.USER));
        return observed(new Builder(CallOutcome.SUCCESS).imported(imported).states(app));
    }

    private PlatformResult createVersion(AppRecord app, LifecycleAction action) {
        if (action.version() == null) {
            return observed(fail("a version needs its fields").states(app));
        }
        app.version = action.version();
        app.versionStatus = VersionStatus.PENDING_APPLICATION;
        app.approvals.clear();
        app.carried.clear();
        for (PermissionStatus s : app.statuses()) {
            if (s.state() == PermissionState.PENDING_RELEASE) {
                app.carried.add(s.ref());
            }
        }
        return observed(new Builder(CallOutcome.SUCCESS).version(app.versionStatus).states(app));
    }

    private PlatformResult submit(AppRecord app) {
        if (app.versionStatus != VersionStatus.PENDING_APPLICATION) {
            return observed(fail("no saved version to submit").version(app.versionStatus).states(app));
        }
        app.versionStatus = VersionStatus.IN_REVIEW;
        for (PermissionRef ref : app.carried) {
            if (app.state(ref) == PermissionState.PENDING_RELEASE) {
                app.put(ref, PermissionState.IN_REVIEW);
            }
        }
        return observed(new Builder(CallOutcome.SUCCESS).version(app.versionStatus).states(app));
    }

    private PlatformResult approve(AppRecord app, @Nullable Reviewer reviewer) {
        if (app.versionStatus != VersionStatus.IN_REVIEW || reviewer == null) {
            return observed(fail("no version under review").version(app.versionStatus).states(app));
        }
        if (app.type == AppType.CUSTOM && reviewer != Reviewer.TENANT_ADMIN) {
            return observed(fail("a custom app's version is reviewed by the tenant admin")
                    .version(app.versionStatus).states(app));
        }
        // Seed 001 §商店应用: an advanced permission is not approved without a necessary reason.
        boolean advancedWithoutReason = advancedNeedsReason() && app.type == AppType.STORE
                && app.carried.stream().anyMatch(r -> level(app, r.permission()) == PermissionLevel.ADVANCED)
                && (app.version == null || app.version.reason() == null || app.version.reason().isBlank());
        if (advancedWithoutReason) {
            reject(app);
            return observed(fail("an advanced permission needs a necessary reason; the listing review does not pass")
                    .version(app.versionStatus).states(app));
        }
        if (!reviewCounts(app, reviewer)) {
            return observed(new Builder(CallOutcome.SUCCESS).version(app.versionStatus).states(app));
        }
        app.approvals.add(reviewer);
        boolean done = app.type == AppType.CUSTOM || bothReviewsPassed(app);
        if (done) {
            app.versionStatus = VersionStatus.APPROVED;
            for (PermissionRef ref : app.carried) {
                if (app.state(ref) == PermissionState.IN_REVIEW) {
                    app.put(ref, PermissionState.ENABLED);
                }
            }
        }
        return observed(new Builder(CallOutcome.SUCCESS).version(app.versionStatus).states(app));
    }

    /**
     * Seed 001 §商店应用: the tenant admin reviews at install, after the platform's listing review; the admin's approval
     * before it counts for nothing (a default: how the console answers it is not described).
     */
    boolean reviewCounts(AppRecord app, Reviewer reviewer) {
        return !(app.type == AppType.STORE && reviewer == Reviewer.TENANT_ADMIN
                && !app.approvals.contains(Reviewer.PLATFORM));
    }

    /** A store version's permissions take effect after the platform's listing review and the tenant admin's. */
    boolean bothReviewsPassed(AppRecord app) {
        return app.approvals.containsAll(EnumSet.allOf(Reviewer.class));
    }

    /** A rejected version's permissions go back to waiting for a release (a default: the seed names no state). */
    private PlatformResult reject(AppRecord app) {
        if (app.versionStatus != VersionStatus.IN_REVIEW) {
            return observed(fail("no version under review").version(app.versionStatus).states(app));
        }
        app.versionStatus = VersionStatus.REJECTED;
        for (PermissionRef ref : app.carried) {
            if (app.state(ref) == PermissionState.IN_REVIEW) {
                app.put(ref, PermissionState.PENDING_RELEASE);
            }
        }
        return observed(new Builder(CallOutcome.SUCCESS).version(app.versionStatus).states(app));
    }

    private PlatformResult switchToTest(AppRecord app, @Nullable String enterprise) {
        if (enterprise != null) {
            createTenant(enterprise);
        }
        boolean storeVersion = app.type == AppType.STORE && app.versionStatus == VersionStatus.PENDING_APPLICATION;
        app.testVersion = true;
        app.testEnterprise = enterprise;
        if (storeVersion) {
            // Seed 001 §为商店应用申请 API 权限 步骤二: the saved version becomes 测试中, installed in the test
            // enterprise, where its APIs are called without review.
            app.versionStatus = VersionStatus.TESTING;
            enableVersionInTest(app);
        }
        return observed(new Builder(CallOutcome.SUCCESS).version(app.versionStatus).states(app));
    }

    /**
     * A store version set as the test version keeps its permissions, enabled in the test enterprise without review
     * (the version's permissions are those pending release in the formal version, which keeps them as they were).
     */
    void enableVersionInTest(AppRecord app) {
        for (PermissionRef ref : app.formalIn(PermissionState.PENDING_RELEASE)) {
            app.put(ref, PermissionState.ENABLED);
        }
    }

    /** Releasing needs an approved store version; what each release kind does is not described. */
    private PlatformResult release(AppRecord app) {
        if (app.type != AppType.STORE || app.versionStatus != VersionStatus.APPROVED) {
            return observed(fail("only an approved store version is released").version(app.versionStatus)
                    .states(app));
        }
        return observed(new Builder(CallOutcome.SUCCESS).version(app.versionStatus).states(app));
    }

    // ---------------------------------------------------------------- errors

    /** The SDK's codes for invalid tokens; no source gives one for a missing or an expired token. */
    private Builder tokenError(TokenStatus token, Identity identity) {
        return switch (token) {
            case MISSING -> errorOf("token-missing", 400);
            case EXPIRED -> errorOf("token-expired", 400);
            default -> errorOf(identity == Identity.TENANT ? "tenant-token-invalid" : "user-token-invalid", 400);
        };
    }

    /** An error body with the spec's code for {@code when}; a code the spec does not give is left out. */
    private Builder errorOf(String when, int http) {
        Optional<ErrorCode> error = model.errors().stream().filter(e -> e.when().equals(when)).findFirst();
        Builder b = new Builder(CallOutcome.FAIL).http(http).message(when.replace('-', ' '));
        error.ifPresent(e -> b.code(e.code()));
        return b;
    }

    private static Builder fail(String message) {
        return new Builder(CallOutcome.FAIL).message(message);
    }

    private static PlatformError unknownApp(String app) {
        return PlatformError.unknownEntity("no app '" + app + "' (create it first)");
    }

    private static PlatformResult observed(Builder b) {
        return new PlatformResult.Observed(b.build());
    }

    /** Collects an observation's fields; unset ones stay empty or {@code null}. */
    private static final class Builder {
        private final CallOutcome outcome;
        private @Nullable Integer http;
        private @Nullable Long code;
        private @Nullable String message;
        private List<Violation> violations = List.of();
        private @Nullable List<String> fields;
        private @Nullable ResourceOwner owner;
        private List<PermissionStatus> states = List.of();
        private @Nullable VersionStatus version;
        private @Nullable ScopesExport export;
        private @Nullable ScopeLists imported;
        private @Nullable Boolean delivered;

        Builder(CallOutcome outcome) {
            this.outcome = outcome;
        }

        Builder http(int status) {
            this.http = status;
            return this;
        }

        Builder code(long value) {
            this.code = value;
            return this;
        }

        Builder message(String text) {
            this.message = text;
            return this;
        }

        Builder violations(List<Violation> list) {
            this.violations = list;
            return this;
        }

        Builder fields(List<String> list) {
            this.fields = list;
            return this;
        }

        Builder owner(ResourceOwner value) {
            this.owner = value;
            return this;
        }

        Builder states(AppRecord app) {
            this.states = app.statuses();
            return this;
        }

        Builder version(@Nullable VersionStatus status) {
            this.version = status;
            return this;
        }

        Builder export(ScopesExport value) {
            this.export = value;
            return this;
        }

        Builder imported(ScopeLists value) {
            this.imported = value;
            return this;
        }

        Builder delivered(boolean value) {
            this.delivered = value;
            return this;
        }

        PlatformObservation build() {
            return new PlatformObservation(outcome, http, code, message, violations, fields, owner, states, version,
                    export, imported, delivered);
        }
    }
}
