package io.scopekit.oracle.internal;

import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Aspect;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.Situation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Drools consent oracle: validates a situation against the loaded specs, asks the rules, and returns their
 * verdict with the rules that fired.
 *
 * <p>The KieBase is shared; each thread reuses, per platform and scope, its own stateful session holding only that
 * platform's spec facts and, of its scope entries, only that scope's (every rule joins on the request's platform
 * and scope, so other facts only link rules that then find nothing, and each such rule costs time in every
 * decision; README, Benchmarks). Each decision inserts one {@link Request} fact and deletes it afterwards; the
 * sessions, the bounded firing and the citing of fired rules are {@link RuleSessions}', shared with the permission
 * oracle. What stays here is the consent domain's own: the platform facts, the request and the closed-world
 * default ({@link #closeUnsettled}).
 */
public final class DroolsConsentOracle implements ConsentOracle {
    private final ConsentRules rules;
    private final Map<String, PlatformModel> platforms;
    /** Per thread, platform and scope (none for app-wide actions): a session holding that platform's facts. */
    private final RuleSessions<PlatformModel> sessions;
    /** Client versions seen so far: a run asks about a handful, and parsing each time showed in the benchmark. */
    private final Map<String, io.scopekit.spec.Version> versions = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_VERSIONS = 1024;
    /**
     * Rule firings one decision may take. A shipped decision fires a handful of rules; a rule set that has not come
     * to rest after this many is looping (each firing costs microseconds, so the bound is reached in milliseconds).
     */
    static final int MAX_FIRINGS = 10_000;

    private DroolsConsentOracle(ConsentRules rules, Map<String, PlatformModel> platforms) {
        this.rules = rules;
        this.platforms = Map.copyOf(platforms);
        this.sessions = new RuleSessions<>(rules, MAX_FIRINGS,
                (p, scope) -> p.facts().stream().filter(f -> belongs(f, scope)).toList());
    }

    /** Creates an oracle over {@code rules} and the platform models; builds one session now so wiring fails early. */
    public static DroolsConsentOracle create(ConsentRules rules, Map<String, PlatformModel> platforms) {
        DroolsConsentOracle oracle = new DroolsConsentOracle(rules, platforms);
        oracle.platforms.values().forEach(p -> oracle.sessions.open(p.id(), p, null));
        return oracle;
    }

    public ConsentRules rules() {
        return rules;
    }

    /** The platforms this oracle decides for (client platforms and ports). */
    public Collection<String> platforms() {
        return new TreeSet<>(platforms.keySet());
    }

    /** The model of {@code platform}; throws naming the choices when unknown. */
    public PlatformModel platform(String platform) {
        PlatformModel p = platforms.get(platform);
        if (p == null) {
            throw new IllegalArgumentException(unknown("platform", platform, platforms.keySet()));
        }
        return p;
    }

    @Override
    public Decision decide(Situation s) {
        PlatformModel p = platform(s.platform());
        Request request = toRequest(s, p);
        RuleSessions.Firing firing = sessions.fire(p.id(), p, request.getScope(), List.of(request));
        if (firing.runaway()) {
            throw runaway(firing.fired(), firing.firings(), s);
        }
        closeUnsettled(request, firing.fired());
        return new Decision(request.getScope(), request.outcome(), request.errMsgPatterns(), request.errno(),
                request.prompts(), request.recordsAfter(), request.authSetting(), request.settingsList(),
                request.responseFields(), request.unspecifiedAspects(), firing.fired());
    }

    private static io.scopekit.oracle.RunawayRulesException runaway(List<FiredRule> fired, int firings, Situation s) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        FiredRule most = fired.get(0);
        for (FiredRule r : fired) {
            int n = counts.merge(r.name(), 1, Integer::sum);
            if (n > counts.getOrDefault(most.name(), 0)) {
                most = r;
            }
        }
        return new io.scopekit.oracle.RunawayRulesException(most.name(), most.file(), firings,
                s.action().type().wireName() + " on " + s.platform());
    }

    /**
     * The oracle's closed-world default, applied after the rules: an outcome or record that no rule settled is
     * unspecified, never guessed. Kept out of the rule base because testing "nothing settled it" in a rule made
     * every verdict re-propagate the request (measurably slower; README, Benchmarks).
     */
    static void closeUnsettled(Request request, List<FiredRule> fired) {
        boolean outcome = !request.isOutcomeSettled();
        boolean records = !request.isRecordsSettled();
        if (!outcome && !records) {
            return;
        }
        List<Aspect> open = new ArrayList<>(3);
        if (outcome) {
            open.add(Aspect.OUTCOME);
            open.add(Aspect.PROMPTS);
        }
        if (records) {
            open.add(Aspect.RECORDS);
        }
        request.unspecified(open, "no source statement covers " + request.getAction() + " on " + request.getPlatform());
        fired.add(NO_SOURCE_COVERS);
    }

    /** Cited like a rule, so that explain and reports show why an aspect is unspecified. */
    static final FiredRule NO_SOURCE_COVERS = new FiredRule("No source covers what is left", "(oracle)",
            "docs/explain.md", "Unspecified aspects",
            "Where the sources are silent the oracle answers unspecified instead of inventing behaviour.");

    private Request toRequest(Situation s, PlatformModel p) {
        String container = null;
        if (p.isPort()) {
            if (s.container() == null || !p.containers().contains(s.container())) {
                throw new IllegalArgumentException(unknown("container of " + p.id(), s.container(), p.containers()));
            }
            container = s.container();
        } else if (s.container() != null) {
            throw new IllegalArgumentException(p.id() + " has no containers; container '" + s.container()
                    + "' applies to a port (one of: " + String.join(", ", portIds()) + ")");
        }
        if (!p.appKinds().contains(s.appKind())) {
            throw new IllegalArgumentException(unknown("app kind of " + p.id(), s.appKind(), p.appKinds()));
        }
        Action a = s.action();
        String scope = switch (a.type()) {
            case CALL_API -> {
                String sc = p.apis().get(a.api());
                if (sc == null) {
                    throw new IllegalArgumentException(unknown("API of " + p.id(), a.api(), p.apis().keySet()));
                }
                yield sc;
            }
            case AUTHORIZE, TOGGLE_SETTING -> {
                if (a.type() == ActionType.AUTHORIZE && a.scope() == null) {
                    yield null; // authorize without a scope (Action.authorizeWithoutScope)
                }
                if (!p.scopes().containsKey(a.scope())) {
                    throw new IllegalArgumentException(unknown("scope of " + p.id(), a.scope(), p.scopes().keySet()));
                }
                yield a.scope();
            }
            default -> null;
        };
        if (scope != null && !p.scopes().get(scope).contains(s.appKind())) {
            throw new IllegalArgumentException("scope " + scope + " of " + p.id() + " does not exist in "
                    + s.appKind() + "s (only in: " + String.join(", ", p.scopes().get(scope)) + ")");
        }
        if (a.type() == ActionType.TOGGLE_SETTING && a.enabled() == null) {
            throw new IllegalArgumentException("toggle-setting needs on or off");
        }
        return new Request(p.id(), container, s.appKind(), clientVersion(s.clientVersion()), a.type(), scope,
                s.records(), s.consentAnswer() == null ? null : s.consentAnswer().wireName(),
                s.osAnswer() == null ? null : s.osAnswer().wireName(), a.osPromptPending(), a.enabled());
    }

    private io.scopekit.spec.Version clientVersion(String text) {
        if (text == null) {
            return null;
        }
        io.scopekit.spec.Version known = versions.get(text);
        if (known != null) {
            return known;
        }
        try {
            io.scopekit.spec.Version parsed = CatalogFacts.version(text);
            if (versions.size() < MAX_CACHED_VERSIONS) {
                versions.putIfAbsent(text, parsed);
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("client version: " + e.getMessage(), e);
        }
    }

    private List<String> portIds() {
        return platforms.values().stream().filter(PlatformModel::isPort).map(PlatformModel::id).sorted().toList();
    }

    static String unknown(String what, String value, Collection<String> choices) {
        return "unknown " + what + " '" + value + "' (expected one of: " + String.join(", ", new TreeSet<>(choices))
                + ")";
    }

    /** Whether a scope-bound fact concerns {@code scope}; facts not bound to a scope always belong. */
    private static boolean belongs(Object fact, String scope) {
        if (scope == null) {
            return true;
        }
        if (fact instanceof ScopeFact s) {
            return s.getId().equals(scope);
        }
        if (fact instanceof ContainerScopeFact c) {
            return c.getScope().equals(scope);
        }
        return true;
    }
}
