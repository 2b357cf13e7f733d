package io.scopekit.explore;

import static io.scopekit.domain.permission.PermissionViews.normalise;
import static io.scopekit.domain.permission.PermissionViews.observedState;
import static io.scopekit.domain.permission.PermissionViews.sorted;
import static io.scopekit.domain.permission.PermissionViews.tab;
import io.scopekit.check.CheckRecord;
import io.scopekit.harness.AspectMatcher;
import io.scopekit.harness.Bounded;
import io.scopekit.harness.CheckRecorder;
import io.scopekit.domain.permission.PermissionConversation;
import io.scopekit.domain.permission.PermissionExchange;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.ScenarioLabels;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.Violation;
import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Open-platform sequences (feishu-openplatform): an app of either type with levels and user grants set on the
 * control plane, then lifecycle steps (apply, import, export, version create / submit / approve / reject, test and
 * formal version, data scope) and API calls with each token type and field, each compared with the permission
 * oracle through a {@link PermissionConversation} and a {@link CheckRecorder}, aspect by aspect as the Then steps of
 * the open-platform scenarios compare them.
 */
final class PermissionDomain implements Domain<PermissionDomain.Sequence> {
    static final String USER = "user-1";
    private static final String UNKNOWN = "unknown:permission";

    /** What one step does. */
    enum Kind { APPLY, IMPORT, EXPORT, CREATE, SUBMIT, APPROVE_ADMIN, APPROVE_PLATFORM, REJECT, TEST, FORMAL,
        DATA_SCOPE, CALL_TENANT, CALL_USER, CALL_DEVELOPER, CALL_BAD_TOKEN, CALL_NO_TOKEN }

    /** One generated step; the fields its kind does not use are {@code null}. */
    record Step(Kind kind, @Nullable String permission, @Nullable Identity identity, @Nullable String api,
            @Nullable String field, @Nullable String reason, @Nullable List<String> imported,
            @Nullable TokenStatus token) {}

    /** One open-platform sequence: the app, its levels and grants, the steps. */
    record Sequence(long index, AppType type, Map<String, PermissionLevel> levels, List<String> grants,
            List<Step> steps) {
        Sequence {
            levels = new LinkedHashMap<>(levels);
            grants = List.copyOf(grants);
            steps = List.copyOf(steps);
        }

        Sequence withSteps(List<Step> other) {
            return new Sequence(index, type, levels, grants, other);
        }
    }

    private final RunResources resources;
    private final PermissionModelSpec model;
    private final Set<String> fired;
    /** The APIs a sequence draws from (those that need a permission), listed once rather than per sequence. */
    private final List<OpenApi> apis;

    private PermissionDomain(RunResources resources, PermissionModelSpec model, Set<String> fired) {
        this.resources = resources;
        this.model = model;
        this.fired = fired;
        this.apis = model.apis().stream().filter(a -> !a.anyOf().isEmpty()).toList();
    }

    static void add(List<Domain<?>> domains, RunResources resources, Set<String> fired) {
        resources.catalog().permissionModel(PermissionConversation.MODEL)
                .ifPresent(m -> domains.add(new PermissionDomain(resources, m, fired)));
    }

    @Override
    public Sequence generate(long seed, long index, int maxSteps) {
        SplittableRandom r = new SplittableRandom(ClientGenerator.mix(seed, index));
        AppType type = r.nextBoolean() ? AppType.CUSTOM : AppType.STORE;
        List<OpenApi> chosen = List.of(apis.get(r.nextInt(apis.size())), apis.get(r.nextInt(apis.size())));
        Set<String> pool = new LinkedHashSet<>();
        for (OpenApi api : chosen) {
            pool.addAll(api.anyOf());
            for (FieldRequirement f : api.fieldRequirements()) {
                pool.addAll(f.anyOf());
            }
        }
        List<String> perms = new ArrayList<>(pool);
        Map<String, PermissionLevel> levels = new LinkedHashMap<>();
        for (String p : perms) {
            int roll = r.nextInt(3);
            if (roll == 0) {
                continue;
            }
            levels.put(p, type == AppType.CUSTOM
                    ? (roll == 1 ? PermissionLevel.REVIEW_EXEMPT : PermissionLevel.REVIEW_REQUIRED)
                    : (roll == 1 ? PermissionLevel.NORMAL : PermissionLevel.ADVANCED));
        }
        List<String> grants = new ArrayList<>();
        for (String p : perms) {
            if (r.nextInt(3) == 0) {
                grants.add(p);
            }
        }
        int length = Math.max(1, maxSteps - r.nextInt(Math.max(1, maxSteps / 2)));
        List<Step> steps = new ArrayList<>();
        boolean saved = false;
        boolean inReview = false;
        for (int i = 0; i < length; i++) {
            Step step = step(r, perms, chosen);
            // Seed 001 (步骤三 正式发布应用, 商店应用) describes one version at a time: created, submitted, then approved
            // or rejected. Orders outside that flow are left out, because the oracle and the reference encode them
            // differently and the seed settles neither (docs/explore.md, "What explore found in the kit itself"):
            // applying or importing between creating a version and submitting it, switching between the test and
            // the formal version in that window, and creating a second version while one is in review.
            if (saved && (step.kind() == Kind.APPLY || step.kind() == Kind.IMPORT || step.kind() == Kind.TEST
                    || step.kind() == Kind.FORMAL)) {
                step = new Step(Kind.SUBMIT, null, null, null, null, null, null, null);
            }
            if (inReview && step.kind() == Kind.CREATE) {
                step = new Step(Kind.EXPORT, null, null, null, null, null, null, null);
            }
            if (step.kind() == Kind.CREATE) {
                saved = true;
            } else if (step.kind() == Kind.SUBMIT) {
                inReview |= saved;
                saved = false;
            } else if (step.kind() == Kind.TEST) {
                saved = false;
            } else if (step.kind() == Kind.APPROVE_ADMIN || step.kind() == Kind.APPROVE_PLATFORM
                    || step.kind() == Kind.REJECT) {
                inReview = false;
            }
            steps.add(step);
        }
        return new Sequence(index, type, levels, grants, steps);
    }

    private Step step(SplittableRandom r, List<String> perms, List<OpenApi> apis) {
        String p = perms.get(r.nextInt(perms.size()));
        Identity identity = identityOf(p, r);
        OpenApi api = apis.get(r.nextInt(apis.size()));
        int roll = r.nextInt(100);
        if (roll < 22) {
            return new Step(Kind.APPLY, p, identity, null, null, null, null, null);
        }
        if (roll < 28) {
            List<String> keys = new ArrayList<>(List.of(p));
            if (r.nextInt(3) == 0) {
                keys.add(r.nextBoolean() ? UNKNOWN : perms.get(r.nextInt(perms.size())));
            }
            return new Step(Kind.IMPORT, null, identity, null, null, null, keys, null);
        }
        if (roll < 32) {
            return new Step(Kind.EXPORT, null, null, null, null, null, null, null);
        }
        if (roll < 40) {
            return new Step(Kind.CREATE, null, null, null, null, r.nextInt(3) == 0 ? null : "needed", null, null);
        }
        if (roll < 46) {
            return new Step(Kind.SUBMIT, null, null, null, null, null, null, null);
        }
        if (roll < 53) {
            return new Step(Kind.APPROVE_ADMIN, null, null, null, null, null, null, null);
        }
        if (roll < 58) {
            return new Step(Kind.APPROVE_PLATFORM, null, null, null, null, null, null, null);
        }
        if (roll < 61) {
            return new Step(Kind.REJECT, null, null, null, null, null, null, null);
        }
        if (roll < 64) {
            return new Step(Kind.TEST, null, null, null, null, null, null, null);
        }
        if (roll < 67) {
            return new Step(Kind.FORMAL, null, null, null, null, null, null, null);
        }
        if (roll < 70) {
            return new Step(Kind.DATA_SCOPE, null, null, null, null, null, null, null);
        }
        if (roll < 84 && api.tokenTypes().contains(Identity.TENANT.wireName())) {
            String field = !api.fieldRequirements().isEmpty() && r.nextBoolean()
                    ? api.fieldRequirements().get(r.nextInt(api.fieldRequirements().size())).field() : null;
            return new Step(Kind.CALL_TENANT, null, Identity.TENANT, api.id(), field, null, null, null);
        }
        if (roll < 92) {
            return new Step(Kind.CALL_USER, null, Identity.USER, api.id(), null, null, null, null);
        }
        if (roll < 95) {
            return new Step(Kind.CALL_DEVELOPER, null, Identity.USER, api.id(), null, null, null, null);
        }
        if (roll < 98) {
            return new Step(Kind.CALL_BAD_TOKEN, null, Identity.TENANT, api.id(), null, null, null,
                    r.nextBoolean() ? TokenStatus.EXPIRED : TokenStatus.INVALID);
        }
        return new Step(Kind.CALL_NO_TOKEN, null, Identity.TENANT, api.id(), null, null, null, null);
    }

    private Identity identityOf(String permission, SplittableRandom r) {
        List<String> ids = model.permission(permission).map(Permission::identities).orElse(List.of("tenant"));
        String id = ids.get(r.nextInt(ids.size()));
        return Identity.USER.wireName().equals(id) ? Identity.USER : Identity.TENANT;
    }

    @Override
    public int size(Sequence sequence) {
        return sequence.steps().size();
    }

    @Override
    public String where(Sequence sequence) {
        return PermissionConversation.MODEL + " (" + sequence.type().wireName() + " app)";
    }

    @Override
    public Result run(Sequence sequence) {
        return run(sequence, null, fired);
    }

    @Override
    public Result run(Sequence sequence, Coverage coverage) {
        return run(sequence, null, coverage.rules());
    }

    /** Runs the sequence; {@code decisions} (when given) receives each step's decision and expected states. */
    private Result run(Sequence sequence, @Nullable List<Expected> decisions, Set<String> fired) {
        List<CheckRecord> records = new ArrayList<>();
        try (PermissionConversation c = new PermissionConversation(resources, Bounded.inline())) {
            // Only a failed check's record is kept: the passing ones of every step would be rendered and dropped.
            var checks = CheckRecorder.failuresOnly(c, new ScenarioLabels("EXPLORE-" + sequence.index(),
                    PermissionConversation.MODEL, null), records::add);
            String app = "app-1";
            c.declareApp(app, sequence.type());
            try {
                sequence.levels().forEach((p, level) -> c.setLevel(app, p, level));
                if (!sequence.grants().isEmpty()) {
                    c.grantUser(app, USER, sequence.grants());
                }
            } catch (AssertionError e) {
                return new Result(0, new Divergence(-1, "set-up", "setup", String.valueOf(e.getMessage()),
                        new CheckRecord("EXPLORE-" + sequence.index(), PermissionConversation.MODEL, null, null, null,
                                "setup", "failed", "set up", String.valueOf(e.getMessage()), "set up", List.of(),
                                null)));
            }
            int versions = 0;
            List<PermissionRef> refs = refs(sequence);
            for (int i = 0; i < sequence.steps().size(); i++) {
                Step step = sequence.steps().get(i);
                PlatformRequest request = request(c, app, step, versions);
                if (step.kind() == Kind.CREATE) {
                    versions++;
                }
                PermissionExchange e = c.perform(request);
                for (FiredRule rule : e.decision().firedRules()) {
                    fired.add(rule.name());
                }
                Map<PermissionRef, PermissionState> states = new LinkedHashMap<>();
                boolean statesKnown = !e.decision().isUnspecified(PermissionAspect.STATES);
                if (statesKnown) {
                    for (PermissionRef ref : refs) {
                        states.put(ref, c.app(app).state(ref));
                    }
                }
                if (decisions != null) {
                    decisions.add(new Expected(step, e.decision(), states));
                }
                try {
                    compare(checks, e, step, states, refs);
                } catch (AssertionError failure) {
                    CheckRecord failed = records.get(records.size() - 1);
                    return new Result(i + 1, new Divergence(i, step.kind().name().toLowerCase(Locale.ROOT),
                            failed.aspect(), String.valueOf(failure.getMessage()), failed));
                }
                records.clear();
            }
            return new Result(sequence.steps().size(), null);
        }
    }

    /** A step with the oracle's decision and the threaded states of the sequence's permissions after it. */
    private record Expected(Step step, PermissionDecision decision, Map<PermissionRef, PermissionState> states) {}

    private List<PermissionRef> refs(Sequence sequence) {
        Set<PermissionRef> out = new LinkedHashSet<>();
        for (Step s : sequence.steps()) {
            if (s.permission() != null && s.identity() != null) {
                out.add(new PermissionRef(s.permission(), s.identity()));
            }
            if (s.imported() != null && s.identity() != null) {
                for (String k : s.imported()) {
                    if (model.permission(k).isPresent()) {
                        out.add(new PermissionRef(k, s.identity()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static PlatformRequest request(PermissionConversation c, String app, Step s, int versions) {
        return switch (s.kind()) {
            case APPLY -> LifecycleAction.apply(app, List.of(new PermissionRef(s.permission(), s.identity())));
            case IMPORT -> LifecycleAction.importJson(app, importJson(s));
            case EXPORT -> LifecycleAction.export(app);
            case CREATE -> LifecycleAction.createVersion(app, c.draft(app, "1.0." + versions, s.reason()));
            case SUBMIT -> LifecycleAction.submitVersion(app);
            case APPROVE_ADMIN -> LifecycleAction.approve(app, Reviewer.TENANT_ADMIN);
            case APPROVE_PLATFORM -> LifecycleAction.approve(app, Reviewer.PLATFORM);
            case REJECT -> LifecycleAction.reject(app, Reviewer.TENANT_ADMIN);
            case TEST -> LifecycleAction.switchToTestVersion(app, PermissionConversation.TEST_ENTERPRISE);
            case FORMAL -> LifecycleAction.switchToFormalVersion(app);
            case DATA_SCOPE -> LifecycleAction.configureDataScope(app);
            case CALL_TENANT -> s.field() == null ? ApiCall.asTenant(app, s.api()) : ApiCall.asTenant(app, s.api(),
                    s.field());
            case CALL_USER -> ApiCall.asUser(app, USER, s.api());
            case CALL_DEVELOPER -> ApiCall.asUser(app, PermissionConversation.DEVELOPER, s.api());
            case CALL_BAD_TOKEN -> new ApiCall(app, Identity.TENANT, Objects.requireNonNull(s.token()), null, s.api(),
                    List.of());
            case CALL_NO_TOKEN -> new ApiCall(app, Identity.TENANT, TokenStatus.MISSING, null, s.api(), List.of());
        };
    }

    private static String importJson(Step s) {
        List<String> quoted = Objects.requireNonNull(s.imported()).stream().map(ExploreReport::q).toList();
        String list = "[" + String.join(",", quoted) + "]";
        return s.identity() == Identity.USER ? "{\"scopes\":{\"user\":" + list + "}}"
                : "{\"scopes\":{\"tenant\":" + list + "}}";
    }

    /** The aspects the open-platform Then steps compare, each as they compare it. */
    private static void compare(CheckRecorder<PermissionAspect, PermissionDecision, PlatformObservation> checks, PermissionExchange e, Step step,
            Map<PermissionRef, PermissionState> states, List<PermissionRef> refs) {
        PermissionDecision d = e.decision();
        checks.check(PermissionAspect.OUTCOME, stated(d, PermissionAspect.OUTCOME, d.outcome()),
                PermissionDecision::outcome, PlatformObservation::outcome, AspectMatcher.equality());
        if (d.isUnspecified(PermissionAspect.CODE) || d.outcome() == CallOutcome.FAIL && d.code() != null) {
            checks.check(PermissionAspect.CODE, stated(d, PermissionAspect.CODE, d.code()),
                    PermissionDecision::code, PlatformObservation::code, AspectMatcher.equality());
        }
        if (violationType(d.violations()) != null && !d.isUnspecified(PermissionAspect.VIOLATIONS)) {
            checks.check(PermissionAspect.VIOLATIONS, List.of(violationType(d.violations())),
                    x -> x.violations().stream().map(Violation::type).distinct().sorted().toList(),
                    o -> o.violations().stream().map(Violation::type).distinct().sorted().toList(),
                    AspectMatcher.equality());
        }
        if (step.field() != null && d.fields() != null && !d.isUnspecified(PermissionAspect.FIELDS)) {
            String field = step.field();
            checks.check(PermissionAspect.FIELDS, d.fields().contains(field),
                    x -> x.fields() == null ? null : x.fields().contains(field),
                    o -> o.fields() == null ? null : o.fields().contains(field), AspectMatcher.equality());
        }
        if (d.versionStatus() != null && !d.isUnspecified(PermissionAspect.VERSION_STATUS)) {
            checks.check(PermissionAspect.VERSION_STATUS, d.versionStatus(),
                    PermissionDecision::versionStatus, PlatformObservation::versionStatus, AspectMatcher.equality());
        }
        if (step.kind() == Kind.EXPORT && !d.isUnspecified(PermissionAspect.EXPORT)) {
            checks.check(PermissionAspect.EXPORT, normalise(d.export()), x -> normalise(x.export()),
                    o -> normalise(o.export()), AspectMatcher.equality());
        }
        if (step.kind() == Kind.IMPORT && d.imported() != null && !d.isUnspecified(PermissionAspect.IMPORTED)) {
            for (Identity identity : Identity.values()) {
                List<String> tab = sorted(tab(d.imported(), identity));
                if (tab == null) {
                    checks.check(PermissionAspect.IMPORTED, "no tab",
                            x -> x.imported() == null ? null : tab(x.imported(), identity) == null ? "no tab" : "a tab",
                            o -> o.imported() == null ? null : tab(o.imported(), identity) == null ? "no tab" : "a tab",
                            AspectMatcher.equality());
                } else {
                    checks.check(PermissionAspect.IMPORTED, tab, x -> sorted(tab(x.imported(), identity)),
                            o -> sorted(tab(o.imported(), identity)), AspectMatcher.equality());
                }
            }
        }
        for (PermissionRef ref : refs) {
            if (states.containsKey(ref)) {
                PermissionState expected = states.get(ref);
                checks.check(PermissionAspect.STATES, expected, x -> expected, o -> observedState(o, ref),
                        AspectMatcher.equality());
            } else if (d.notEnabled().contains(ref)) {
                checks.check(PermissionAspect.STATES, Boolean.FALSE,
                        x -> x.notEnabled().contains(ref) ? Boolean.FALSE : null,
                        o -> observedState(o, ref) == PermissionState.ENABLED, AspectMatcher.equality(),
                        x -> x.notEnabled().contains(ref));
            }
        }
    }

    private static <T> @Nullable T stated(PermissionDecision d, PermissionAspect aspect, @Nullable T expected) {
        return d.isUnspecified(aspect) ? null : expected;
    }

    private static @Nullable String violationType(List<Violation> violations) {
        List<String> types = violations.stream().map(Violation::type).distinct().toList();
        return types.size() == 1 ? types.get(0) : null;
    }

    @Override
    public Sequence shrink(Sequence sequence, Divergence found) {
        if (found.step() < 0) {
            return sequence;
        }
        Sequence base = sequence.withSteps(sequence.steps().subList(0, found.step() + 1));
        List<Step> steps = Shrinker.ddmin(base.steps(), candidate -> {
            Divergence d = run(base.withSteps(candidate)).divergence();
            return d != null && d.sameAs(found);
        });
        Sequence current = base.withSteps(steps);
        // Simpler set-up: drop levels and grants the divergence does not need.
        for (String p : new ArrayList<>(current.levels().keySet())) {
            Map<String, PermissionLevel> fewer = new LinkedHashMap<>(current.levels());
            fewer.remove(p);
            Sequence candidate = new Sequence(current.index(), current.type(), fewer, current.grants(), steps);
            Divergence d = run(candidate).divergence();
            if (d != null && d.sameAs(found)) {
                current = candidate;
            }
        }
        if (!current.grants().isEmpty()) {
            Sequence candidate = new Sequence(current.index(), current.type(), current.levels(), List.of(), steps);
            Divergence d = run(candidate).divergence();
            if (d != null && d.sameAs(found)) {
                current = candidate;
            }
        }
        return current;
    }

    @Override
    public String feature(Sequence sequence, String title, String header) {
        StringBuilder f = new StringBuilder(header);
        f.append("Feature: explore counterexample\n\n  @behaviour-explore\n  Scenario: ").append(title).append('\n');
        f.append("    Given a Feishu ").append(sequence.type() == AppType.CUSTOM ? "custom" : "store").append(" app\n");
        sequence.levels().forEach((p, level) -> f.append("    And ").append(switch (level) {
            case REVIEW_EXEMPT -> "the tenant admin has made \"" + p + "\" review-exempt";
            case REVIEW_REQUIRED -> "\"" + p + "\" requires review for the app";
            case NORMAL -> "\"" + p + "\" is a normal permission for store apps";
            case ADVANCED -> "\"" + p + "\" is an advanced permission for store apps";
        }).append('\n'));
        for (String p : sequence.grants()) {
            f.append("    And user \"").append(USER).append("\" has authorized the app for \"").append(p).append("\"\n");
        }
        List<Expected> expected = new ArrayList<>();
        run(sequence, expected, this.fired);
        int versions = 0;
        for (Expected x : expected) {
            Step s = x.step();
            f.append("    When ").append(when(s, versions)).append('\n');
            if (s.kind() == Kind.CREATE) {
                versions++;
            }
            for (String then : thens(x)) {
                f.append("    Then ").append(then).append('\n');
            }
        }
        return f.toString();
    }

    private static String when(Step s, int versions) {
        String id = s.identity() == null ? "" : s.identity().wireName();
        return switch (s.kind()) {
            case APPLY -> "the developer applies for \"" + s.permission() + "\" for the " + id + " identity";
            case IMPORT -> "the developer imports " + importJson(s);
            case EXPORT -> "the developer exports the permissions";
            case CREATE -> s.reason() == null ? "the developer creates version \"1.0." + versions + "\" without a reason"
                    : "the developer creates version \"1.0." + versions + "\" with the reason \"" + s.reason() + "\"";
            case SUBMIT -> "the developer submits the version for release";
            case APPROVE_ADMIN -> "the tenant admin approves the version";
            case APPROVE_PLATFORM -> "the Open Platform approves the listing";
            case REJECT -> "the tenant admin rejects the version";
            case TEST -> "the developer sets the version as the test version";
            case FORMAL -> "the developer switches the app to its formal version";
            case DATA_SCOPE -> "the tenant admin configures the app's data scope";
            case CALL_TENANT -> s.field() == null ? "the app calls \"" + s.api() + "\" with a tenant_access_token"
                    : "the app calls \"" + s.api() + "\" with a tenant_access_token asking for \"" + s.field() + "\"";
            case CALL_USER -> "the app calls \"" + s.api() + "\" with a user_access_token of \"" + USER + "\"";
            case CALL_DEVELOPER -> "the app calls \"" + s.api() + "\" with the developer's user_access_token";
            case CALL_BAD_TOKEN -> "the app calls \"" + s.api() + "\" with " + (s.token() == TokenStatus.EXPIRED
                    ? "an expired" : "an invalid") + " tenant_access_token";
            case CALL_NO_TOKEN -> "the app calls \"" + s.api() + "\" without an access token";
        };
    }

    private static List<String> thens(Expected x) {
        PermissionDecision d = x.decision();
        List<String> out = new ArrayList<>();
        if (d.isUnspecified(PermissionAspect.OUTCOME)) {
            out.add("the outcome of the lifecycle step is unspecified by the sources");
        } else if (d.outcome() == CallOutcome.FAIL && d.code() != null && !d.isUnspecified(PermissionAspect.CODE)) {
            out.add("the API call is refused with code " + d.code());
        } else {
            out.add(d.outcome() == CallOutcome.SUCCESS ? "the API call succeeds" : "the API call fails");
        }
        if (d.isUnspecified(PermissionAspect.CODE)) {
            out.add("the error code is unspecified by the sources");
        }
        String type = violationType(d.violations());
        if (type != null && !d.isUnspecified(PermissionAspect.VIOLATIONS)) {
            out.add("the permission violations are of type \"" + type + "\"");
        }
        Step s = x.step();
        if (s.field() != null && d.fields() != null && !d.isUnspecified(PermissionAspect.FIELDS)) {
            out.add("the response " + (d.fields().contains(s.field()) ? "carries" : "withholds") + " the field \""
                    + s.field() + "\"");
        }
        if (d.versionStatus() != null && !d.isUnspecified(PermissionAspect.VERSION_STATUS)) {
            out.add("the version status is " + d.versionStatus().wireName().replace('-', ' '));
        }
        if (s.kind() == Kind.EXPORT && d.export() != null && !d.isUnspecified(PermissionAspect.EXPORT)) {
            out.add("the export is {\"scopes\":{\"tenant\":" + json(d.export().scopes().tenant()) + ",\"user\":"
                    + json(d.export().scopes().user()) + "}}");
        }
        if (s.kind() == Kind.IMPORT && d.imported() != null && !d.isUnspecified(PermissionAspect.IMPORTED)) {
            for (Identity identity : Identity.values()) {
                List<String> tab = sorted(tab(d.imported(), identity));
                out.add(tab == null ? "the import shows no " + identity.wireName() + " identity tab"
                        : "the import lists \"" + String.join(", ", tab) + "\" for the " + identity.wireName()
                        + " identity");
            }
        }
        x.states().forEach((ref, state) -> out.add("\"" + ref.permission() + "\" " + switch (state) {
            case ENABLED -> "is enabled";
            case PENDING_RELEASE -> "is pending release";
            case IN_REVIEW -> "is under review";
            case NOT_APPLIED -> "is not applied";
            case NEEDS_DATA_SCOPE -> "needs its data scope configured";
        } + " for the " + ref.identity().wireName() + " identity"));
        if (x.states().isEmpty()) {
            for (PermissionRef ref : d.notEnabled()) {
                out.add("\"" + ref.permission() + "\" is not enabled for the " + ref.identity().wireName()
                        + " identity");
            }
        }
        return out;
    }

    private static String json(@Nullable List<String> keys) {
        return keys == null ? "null" : "[" + String.join(",", keys.stream().map(ExploreReport::q).toList()) + "]";
    }
}
