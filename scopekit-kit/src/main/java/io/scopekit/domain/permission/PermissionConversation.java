package io.scopekit.domain.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.harness.Because;
import io.scopekit.harness.Bounded;
import io.scopekit.harness.CheckSource;
import io.scopekit.harness.CheckedExchange;
import io.scopekit.harness.PermissionTargets;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.SessionConversation;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.VersionDraft;
import io.scopekit.permission.VersionStatus;
import io.scopekit.target.Strictness;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Talks to one permission-platform session on behalf of one scenario, with the permission oracle listening in:
 * every request is put to the oracle with the app's state first, then performed on the target.
 *
 * <p>The app states are the oracle's: after each request the permissions it concerns take the states the decision
 * gives, so the next decision starts where a conforming platform would be. Once a decision leaves the states open,
 * nothing later can be predicted and every later decision is unspecified, citing why — as {@link io.scopekit.domain.consent.Conversation}
 * does with consent records.
 *
 * <p>One world per conversation: tenant {@value #TENANT} with developer {@value #DEVELOPER}, and the apps the
 * scenario declares. Apps are created on the target at their first use, so that everything the platform needs at
 * creation (the permissions outside an app's availability) can be declared first.
 *
 * <p>Not thread-safe: one conversation belongs to one scenario or one generated sequence.
 */
@API(status = EXPERIMENTAL)
public final class PermissionConversation extends SessionConversation<PlatformSession>
        implements CheckSource<PermissionAspect, PermissionDecision, PlatformObservation> {
    /** The permission model the scenarios of the kit play. */
    public static final String MODEL = "feishu-openplatform";
    /** The tenant every app belongs to (custom) or is installed in (store). */
    public static final String TENANT = "tenant-1";
    /** The developer of every app: the user whose token may debug without review (seed 001 方式一). */
    public static final String DEVELOPER = "developer-1";
    /** The test enterprise of 方式二. */
    public static final String TEST_ENTERPRISE = "test-enterprise-1";

    private final RunResources resources;
    private final Map<String, AppState> apps = new LinkedHashMap<>();
    private final Set<String> created = new HashSet<>();
    private final Set<String> users = new HashSet<>();
    private @Nullable String statesUnknownReason;
    private List<FiredRule> statesUnknownRules = List.of();
    private @Nullable PermissionDecision statesUnknown;
    private @Nullable PermissionExchange last;
    private int versions;

    /** Starts a conversation with the permission target of {@code resources}; nothing is opened yet. */
    public PermissionConversation(RunResources resources) {
        this(resources, new Bounded("scopekit-platform-call"));
    }

    /**
     * Starts a conversation whose target calls run through {@code calls}, e.g. {@link Bounded#inline()} when the
     * caller already bounds the whole conversation on a worker of its own; the conversation closes it.
     */
    public PermissionConversation(RunResources resources, Bounded calls) {
        super(resources, calls);
        this.resources = resources;
    }

    /** Returns the permission target this conversation talks to. */
    public PermissionTarget target() {
        return resources.get(PermissionTargets.RUN_TARGET);
    }

    /**
     * Declares an app of {@code type} in the scenario's tenant; created on the target at its first use.
     *
     * @throws IllegalStateException when the id is taken
     */
    public void declareApp(String app, AppType type) {
        if (apps.containsKey(app)) {
            throw new IllegalStateException("KIT DEFECT: app '" + app + "' is declared twice in the scenario");
        }
        apps.put(app, AppState.fresh(app, TENANT, type, DEVELOPER));
    }

    /**
     * Returns the first app the scenario declared.
     *
     * @throws IllegalStateException when none is declared
     */
    public String defaultApp() {
        if (apps.isEmpty()) {
            throw new IllegalStateException("the scenario declares no app: start with a step such as "
                    + "'Given a Feishu custom app'");
        }
        return apps.keySet().iterator().next();
    }

    /**
     * Returns the oracle's state of {@code app}.
     *
     * @throws IllegalStateException when the scenario declares no such app
     */
    public AppState app(String app) {
        AppState state = apps.get(app);
        if (state == null) {
            throw new IllegalStateException("KIT DEFECT: the scenario declares no app '" + app + "' (declared: "
                    + apps.keySet() + ")");
        }
        return state;
    }

    /**
     * Declares that {@code permission}'s availability excludes {@code app}; before the app's first use.
     *
     * @throws IllegalStateException when the app exists on the target already
     */
    public void outOfRange(String app, String permission) {
        if (created.contains(app)) {
            throw new IllegalStateException("KIT DEFECT: the availability of a permission is declared before "
                    + "the app's first step");
        }
        Edit edit = new Edit(app(app));
        edit.outOfRange.add(permission);
        apps.put(app, edit.build());
    }

    /**
     * Sets {@code permission}'s level in {@code app} on the target's control plane: what the tenant admin
     * configured (custom apps) or the platform's level (store apps).
     *
     * @throws AssertionError when the target refuses
     */
    public void setLevel(String app, String permission, PermissionLevel level) {
        ensureCreated(app);
        control("setting the level of " + permission + " to " + level.wireName(),
                () -> session().control().setLevel(app, permission, level));
        Edit edit = new Edit(app(app));
        edit.levels.put(permission, level);
        apps.put(app, edit.build());
    }

    /**
     * Records on the target that {@code user} has authorized {@code app} to use {@code permissions}.
     *
     * @throws AssertionError when the target refuses
     */
    public void grantUser(String app, String user, List<String> permissions) {
        ensureCreated(app);
        ensureUser(user);
        control("granting " + permissions + " to " + user,
                () -> session().control().grantUser(app, user, permissions));
        Edit edit = new Edit(app(app));
        Set<String> merged = new LinkedHashSet<>(edit.userGrants.getOrDefault(user, List.of()));
        merged.addAll(permissions);
        edit.userGrants.put(user, List.copyOf(merged));
        apps.put(app, edit.build());
    }

    /**
     * Returns the last request's exchange.
     *
     * @throws IllegalStateException when nothing was performed yet
     */
    public PermissionExchange last() {
        if (last == null) {
            throw new IllegalStateException("a Then step needs a preceding When step");
        }
        return last;
    }

    /**
     * Performs a request: asks the oracle with the app's state, performs it on the target, threads the state.
     *
     * @return the decision and what the target answered
     */
    public PermissionExchange perform(PlatformRequest request) {
        return perform(request, List.of());
    }

    /** The permission model the conversation runs on. */
    public io.scopekit.spec.PermissionModelSpec model() {
        return resources.catalog().permissionModel(MODEL).orElseThrow(() -> new IllegalStateException(
                "KIT DEFECT: no permission model " + MODEL + " in the specs"));
    }

    /** Performs an export the oracle also judges against the calls the app plans (least privilege). */
    public PermissionExchange perform(PlatformRequest request, List<ApiCall> plan) {
        ensureCreated(request.app());
        if (request instanceof ApiCall call && call.owner() != null) {
            ensureUser(call.owner());
        }
        PermissionDecision decision = decide(request, plan);
        PlatformResult result;
        try {
            result = calls.perform("performing " + subject(request), session -> session.perform(request),
                    PlatformError::internal);
        } catch (RuntimeException e) {
            // An in-process target that throws is reported as if it had returned the error.
            result = PlatformError.internal(String.valueOf(e.getMessage()));
        }
        last = result instanceof PlatformResult.Observed observed
                ? new PermissionExchange(request, decision, observed.observation(), null)
                : new PermissionExchange(request, decision, null, (PlatformError) result);
        thread(request, decision);
        return last;
    }

    /**
     * Brings {@code ref} to enabled in {@code app} the documented way: where the scenario set no level, the tenant
     * admin makes it review-exempt (custom app) or it is a normal permission (store app); the developer applies;
     * where the oracle says it then waits for a release, a version carrying it is created, submitted and approved.
     *
     * @throws AssertionError when the target fails a step, or (a defect of the kit) the sources give no way
     */
    public void establishEnabled(String app, PermissionRef ref) {
        AppState a = app(app);
        if (!a.levels().containsKey(ref.permission())) {
            setLevel(app, ref.permission(), a.type() == AppType.CUSTOM ? PermissionLevel.REVIEW_EXEMPT
                    : PermissionLevel.NORMAL);
        }
        establishApplied(app, ref);
        if (state(app, ref) == PermissionState.PENDING_RELEASE) {
            setUp("creating a version", LifecycleAction.createVersion(app, draft(app, "needed by the scenario")));
            setUp("submitting the version", LifecycleAction.submitVersion(app));
            List<Reviewer> reviewers = app(app).type() == AppType.CUSTOM ? List.of(Reviewer.TENANT_ADMIN)
                    : List.of(Reviewer.PLATFORM, Reviewer.TENANT_ADMIN);
            for (Reviewer reviewer : reviewers) {
                setUp("approving the version as " + reviewer.wireName(), LifecycleAction.approve(app, reviewer));
            }
        }
        PermissionState reached = state(app, ref);
        if (reached != PermissionState.ENABLED) {
            throw new AssertionError("KIT DEFECT: the sources give no way to enable " + ref + " in " + app
                    + " (reached " + describe(reached) + ")");
        }
    }

    /**
     * Applies for {@code ref} in {@code app} as the developer does, and checks the target served the step.
     *
     * @throws AssertionError when the target fails the step
     */
    public void establishApplied(String app, PermissionRef ref) {
        setUp("applying for " + ref, LifecycleAction.apply(app, List.of(ref)));
    }

    /**
     * Configures a test enterprise for {@code app} and switches it to its test version (seed 001 方式二).
     *
     * @throws AssertionError when the target fails the step
     */
    public void establishTestVersion(String app) {
        setUp("switching to the test version", LifecycleAction.switchToTestVersion(app, TEST_ENTERPRISE));
    }

    /** Returns a version draft carrying the app's permissions waiting for release, numbered 1.0.0, 1.0.1, … */
    public VersionDraft draft(String app, @Nullable String reason) {
        return draft(app, "1.0." + versions++, reason);
    }

    /** Returns a version draft {@code number} carrying the app's permissions waiting for release. */
    public VersionDraft draft(String app, String number, @Nullable String reason) {
        List<PermissionRef> changes = new ArrayList<>();
        for (PermissionStatus s : app(app).current()) {
            if (s.state() == PermissionState.PENDING_RELEASE) {
                changes.add(s.ref());
            }
        }
        return new VersionDraft(number, "ScopeKit scenario", changes, List.of(), reason);
    }

    /**
     * Performs a set-up request (a Given step) and checks that the oracle and the target both say it succeeded.
     *
     * @param what the step in words, for messages
     * @throws AssertionError when the target fails it, or (a defect of the kit) the oracle says it does not succeed
     */
    public void setUp(String what, PlatformRequest request) {
        PermissionExchange exchange = perform(request);
        if (exchange.failedOnTarget()) {
            throw new AssertionError("setting up by " + what + " failed on the target: "
                    + exchange.targetError().message());
        }
        PermissionDecision decision = exchange.decision();
        if (decision.isUnspecified(PermissionAspect.OUTCOME) || decision.outcome() != CallOutcome.SUCCESS) {
            throw new AssertionError("KIT DEFECT: setting up by " + what + " does not succeed according to the "
                    + "oracle (" + (decision.isUnspecified(PermissionAspect.OUTCOME)
                    ? decision.unspecified().get(PermissionAspect.OUTCOME) : decision.outcome().wireName()) + ")"
                    + Because.of(decision.firedRules()));
        }
        PlatformObservation observed = exchange.observation();
        if (observed.outcome() != CallOutcome.SUCCESS) {
            throw new AssertionError("setting up by " + what + " failed on the target: "
                    + observed.outcome().wireName() + (observed.message() == null ? "" : " " + observed.message()));
        }
    }

    private @Nullable PermissionState state(String app, PermissionRef ref) {
        return statesUnknownReason == null ? app(app).state(ref) : null;
    }

    private static String describe(@Nullable PermissionState state) {
        return state == null ? "an unknown state" : state.wireName();
    }

    private PermissionDecision decide(PlatformRequest request, List<ApiCall> plan) {
        if (statesUnknownReason != null) {
            // Built once: the states stay unknown for the rest of the conversation, and every later step (explore
            // meets many) gets this same decision.
            if (statesUnknown == null) {
                Map<PermissionAspect, String> all = new EnumMap<>(PermissionAspect.class);
                String why = "the app's states are unknown since an earlier step: " + statesUnknownReason;
                for (PermissionAspect aspect : PermissionAspect.values()) {
                    all.put(aspect, why);
                }
                statesUnknown = new PermissionDecision(null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, all, statesUnknownRules);
            }
            return statesUnknown;
        }
        try {
            return resources.get(PermissionResources.ORACLE).decide(new PermissionSituation(MODEL, app(request.app()), request,
                    plan));
        } catch (IllegalArgumentException e) {
            throw new AssertionError("KIT DEFECT: the permission oracle rejects " + describe(request) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The app's state after the request, as the oracle decided it. */
    private void thread(PlatformRequest request, PermissionDecision decision) {
        if (statesUnknownReason != null) {
            return;
        }
        if (decision.isUnspecified(PermissionAspect.STATES) || decision.isUnspecified(PermissionAspect.OUTCOME)) {
            PermissionAspect open = decision.isUnspecified(PermissionAspect.STATES) ? PermissionAspect.STATES
                    : PermissionAspect.OUTCOME;
            statesUnknownReason = decision.unspecified().get(open);
            statesUnknownRules = decision.firedRules();
            return;
        }
        Edit edit = new Edit(app(request.app()));
        boolean succeeded = decision.outcome() == CallOutcome.SUCCESS;
        if (request instanceof LifecycleAction action && succeeded) {
            switch (action.step()) {
                case SWITCH_TO_TEST_VERSION -> edit.testVersion = true;
                case SWITCH_TO_FORMAL_VERSION -> edit.testVersion = false;
                case CONFIGURE_DATA_SCOPE -> edit.dataScopeConfigured = true;
                case CREATE_VERSION -> {
                    edit.version = action.version();
                    edit.approvals.clear();
                }
                case APPROVE_VERSION -> {
                    if (action.reviewer() != null && !edit.approvals.contains(action.reviewer())) {
                        edit.approvals.add(action.reviewer());
                    }
                }
                default -> {
                    // The other steps change only what the decision states.
                }
            }
        }
        if (!decision.isUnspecified(PermissionAspect.VERSION_STATUS) && decision.versionStatus() != null) {
            edit.versionStatus = decision.versionStatus();
            if (edit.versionStatus == VersionStatus.REJECTED) {
                edit.approvals.clear();
            }
        }
        // The decision's states are those of the version in use after the request (PermissionDecision#statesAfter).
        Map<PermissionRef, PermissionState> states = edit.testVersion ? edit.testPermissions : edit.permissions;
        for (PermissionStatus s : decision.statesAfter()) {
            if (s.state() == PermissionState.NOT_APPLIED) {
                states.remove(s.ref());
            } else {
                states.put(s.ref(), s.state());
            }
        }
        apps.put(request.app(), edit.build());
    }

    /** A mutable copy of an {@link AppState}, for threading one change through. */
    private static final class Edit {
        private final AppState from;
        boolean testVersion;
        boolean dataScopeConfigured;
        final Map<PermissionRef, PermissionState> permissions = new LinkedHashMap<>();
        final Map<PermissionRef, PermissionState> testPermissions = new LinkedHashMap<>();
        final Map<String, PermissionLevel> levels;
        final List<String> outOfRange;
        @Nullable VersionDraft version;
        @Nullable VersionStatus versionStatus;
        final List<Reviewer> approvals;
        final Map<String, List<String>> userGrants;

        Edit(AppState a) {
            from = a;
            testVersion = a.testVersion();
            dataScopeConfigured = a.dataScopeConfigured();
            a.permissions().forEach(s -> permissions.put(s.ref(), s.state()));
            a.testPermissions().forEach(s -> testPermissions.put(s.ref(), s.state()));
            levels = new HashMap<>(a.levels());
            outOfRange = new ArrayList<>(a.outOfRange());
            version = a.version();
            versionStatus = a.versionStatus();
            approvals = new ArrayList<>(a.approvals());
            userGrants = new HashMap<>(a.userGrants());
        }

        AppState build() {
            return new AppState(from.id(), from.tenant(), from.type(), from.developer(), testVersion,
                    dataScopeConfigured, list(permissions), list(testPermissions), levels, outOfRange, version,
                    versionStatus, approvals, userGrants);
        }

        private static List<PermissionStatus> list(Map<PermissionRef, PermissionState> states) {
            List<PermissionStatus> out = new ArrayList<>();
            states.forEach((ref, state) -> out.add(new PermissionStatus(ref.permission(), ref.identity(), state)));
            return out;
        }
    }

    private void ensureCreated(String app) {
        AppState a = app(app);
        if (created.add(app)) {
            control("creating tenant " + TENANT, () -> session().control().createTenant(TENANT));
            ensureUser(DEVELOPER);
            control("creating app " + app, () -> session().control().createApp(app, TENANT, a.type(), DEVELOPER,
                    a.outOfRange()));
        }
    }

    private void ensureUser(String user) {
        if (users.add(user)) {
            control("creating tenant " + TENANT, () -> session().control().createTenant(TENANT));
            control("creating user " + user, () -> session().control().createUser(TENANT, user));
        }
    }


    private void control(String what, java.util.concurrent.Callable<Optional<PlatformError>> call) {
        Optional<PlatformError> error = calls.bounded(what, call);
        error.ifPresent(e -> {
            throw new AssertionError("setting up the platform by " + what + " failed on the target: "
                    + e.kind().wireName() + ": " + e.message());
        });
    }

    private PlatformSession session() {
        return calls.session();
    }

    @Override
    protected PlatformSession open() {
        return target().open(new PlatformSessionConfig(MODEL));
    }

    /** A permission check reads the model, what the request is about, and the aspect's snake_case name. */
    @Override
    public CheckedExchange<PermissionDecision, PlatformObservation> lastFor(PermissionAspect aspect) {
        PermissionExchange exchange = last();
        PermissionDecision decision = exchange.decision();
        return new CheckedExchange<>(MODEL, null, subject(exchange.request()), checkName(aspect), decision,
                decision.firedRules(), decision.unspecified().get(aspect), decision.isUnspecified(aspect),
                target().capabilities().getOrDefault(aspect, Strictness.EXACT),
                exchange.failedOnTarget() ? exchange.targetError().message() : null, exchange.observation(), null);
    }

    /** Returns the name of a permission aspect in check records: lower case with underscores. */
    public static String checkName(PermissionAspect aspect) {
        return CHECK_NAMES[aspect.ordinal()];
    }

    // Spelt once: every check of every step asks for its aspect's name.
    private static final String[] CHECK_NAMES = java.util.Arrays.stream(PermissionAspect.values())
            .map(a -> a.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    /** Returns what a request is about, for check records: the API, the permission applied for, or the step. */
    static String subject(PlatformRequest request) {
        if (request instanceof ApiCall call) {
            return call.api();
        }
        if (request instanceof LifecycleAction action) {
            return action.permissions().isEmpty() ? action.step().wireName()
                    : action.permissions().get(0).permission();
        }
        return "event";
    }

    /** Says a request in words, for messages. */
    static String describe(PlatformRequest request) {
        if (request instanceof ApiCall call) {
            return "calling " + call.api() + " as " + call.identity().wireName() + " (" + call.token().wireName()
                    + " token)";
        }
        if (request instanceof LifecycleAction action) {
            return action.step().wireName() + (action.permissions().isEmpty() ? "" : " " + action.permissions());
        }
        EventDelivery event = (EventDelivery) request;
        return "delivering an event to " + event.app() + "'s " + event.identity().wireName() + " subscription";
    }
}
