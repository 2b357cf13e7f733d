package io.scopekit.steps.internal;

import io.cucumber.java.Scenario;
import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.Situation;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds one scenario's state: where it runs, the records the oracle says are kept, the target session, and
 * the last action with the oracle's decision and the target's observation.
 *
 * <p>One instance per scenario, shared by the step classes through {@link #current()}: Cucumber runs a scenario's
 * hooks and steps on one thread, and the After hook discards the instance. (cucumber-picocontainer would inject
 * it instead, but the Cucumber BOM in use names a picocontainer release that was never published.) The oracle and
 * the target themselves are shared per JVM ({@link Harness}).
 */
public final class World {
    private static final ThreadLocal<World> CURRENT = ThreadLocal.withInitial(World::new);
    private static final String APP = "app-1";
    private static final String USER = "user-1";

    private Scenario scenario;
    private PlatformRef platform;
    private String clientVersion;
    private String device = "device-1";
    private Map<String, RecordState> records = new HashMap<>();
    private String recordsUnknownReason;
    private List<FiredRule> recordsUnknownRules = List.of();
    private boolean osPromptPending;
    private Answer osAnswer;
    private TargetSession session;

    private Action lastAction;
    private Decision lastDecision;
    private Observation lastObservation;
    private RuntimeException lastError;

    /** Returns the running scenario's world on this thread, creating it when the scenario starts. */
    public static World current() {
        return CURRENT.get();
    }

    public void begin(Scenario scenario) {
        this.scenario = scenario;
    }

    public void end() {
        CURRENT.remove();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public void runOn(PlatformRef ref) {
        if (session != null) {
            throw new IllegalStateException("the platform is set once per scenario, before the first action");
        }
        this.platform = ref;
    }

    public PlatformRef platform() {
        if (platform == null) {
            throw new IllegalStateException("the scenario names no platform: start with a step such as "
                    + "'Given a WeChat mini-program user'");
        }
        return platform;
    }

    public void clientVersion(String version) {
        if (session != null) {
            throw new IllegalStateException("the client version is set before the first action; "
                    + "use 'When the client is upgraded to version ...' afterwards");
        }
        this.clientVersion = version;
    }

    /** Marks the next API call as one the operating system will also prompt for, answered {@code answer}. */
    public void osPrompt(Answer answer) {
        this.osPromptPending = true;
        this.osAnswer = answer;
    }

    public Target target() {
        return Harness.target();
    }

    public Action lastAction() {
        return lastAction;
    }

    public Decision lastDecision() {
        if (lastDecision == null) {
            throw new IllegalStateException("a Then step needs a preceding When step");
        }
        return lastDecision;
    }

    public Observation lastObservation() {
        return lastObservation;
    }

    public RuntimeException lastError() {
        return lastError;
    }

    public Map<String, RecordState> records() {
        return Map.copyOf(records);
    }

    /** Performs a When action: asks the oracle, scripts the prompts it foresees, performs it on the target. */
    public void act(Action action, Answer consentAnswer) {
        Action effective = action;
        Answer os = null;
        if (action.type() == ActionType.CALL_API && osPromptPending) {
            effective = Action.callApiWithOsPrompt(action.api());
            os = osAnswer;
            osPromptPending = false;
            osAnswer = null;
        }
        Decision decision = decide(effective, consentAnswer, os);
        perform(effective, decision, consentAnswer, os);
    }

    /**
     * Brings {@code scope} into {@code state} the way the sources describe: the first of the scope's API calls
     * (then an ahead-of-use request) for which the oracle says the answer is recorded as {@code state}.
     */
    public void establish(String scope, RecordState state) {
        if (state == RecordState.NEVER_ASKED) {
            if (records.containsKey(scope)) {
                throw new IllegalStateException("KIT DEFECT: " + scope + " was already answered in this scenario");
            }
            return;
        }
        Answer answer = state == RecordState.GRANTED ? Answer.ALLOW : Answer.DENY;
        List<Action> candidates = new ArrayList<>();
        for (String api : Harness.specIndex().apis(platform().platform(), scope)) {
            candidates.add(Action.callApi(api));
        }
        candidates.add(Action.authorize(scope));
        List<String> tried = new ArrayList<>();
        // A container that renames the scope (bytedance: scope.album) keeps the record under its own name.
        String key = Harness.specIndex().recordKey(platform().platform(), platform.container(), scope);
        for (Action candidate : candidates) {
            Decision decision = decide(candidate, answer, null);
            boolean reaches = !decision.isUnspecified(Aspect.RECORDS) && decision.recordsAfter() != null
                    && decision.recordsAfter().get(key) == state
                    && recordsUnknownReason == null;
            if (reaches) {
                perform(candidate, decision, answer, null);
                if (lastError != null) {
                    throw new AssertionError("setting up '" + scope + " " + state.wireName() + "' by "
                            + describe(candidate) + " failed on the target: " + lastError.getMessage(), lastError);
                }
                if (!decision.isUnspecified(Aspect.PROMPTS) && !decision.prompts().equals(lastObservation.prompts())) {
                    throw new AssertionError("setting up '" + scope + " " + state.wireName() + "' by "
                            + describe(candidate) + ": expected prompts " + decision.prompts() + " but observed "
                            + lastObservation.prompts() + Checks.because(decision));
                }
                return;
            }
            tried.add(describe(candidate));
        }
        throw new AssertionError("KIT DEFECT: the sources give no way to bring " + scope + " to '"
                + state.wireName() + "' on " + platform().platform() + where() + " (tried " + tried + ")");
    }

    private String where() {
        return platform.container() == null ? "" : " in container " + platform.container();
    }

    private Decision decide(Action action, Answer consent, Answer os) {
        if (recordsUnknownReason != null) {
            return unknownDecision(action);
        }
        Situation situation = new Situation(platform().platform(), platform.container(), platform.appKind(),
                clientVersion, records, action, consent, os);
        ConsentOracle oracle = Harness.oracle();
        try {
            return oracle.decide(situation);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("KIT DEFECT: the oracle rejects " + describe(action) + " on "
                    + platform.platform() + where() + ": " + e.getMessage(), e);
        }
    }

    /** After an action whose resulting records the sources leave open, nothing later can be predicted. */
    private Decision unknownDecision(Action action) {
        Map<Aspect, String> all = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            all.put(aspect, "the records are unknown since an earlier step: " + recordsUnknownReason);
        }
        return new Decision(action.scope(), null, List.of(), null, null, null, null, null, List.of(), all,
                recordsUnknownRules);
    }

    private void perform(Action action, Decision decision, Answer consent, Answer os) {
        TargetSession current = session();
        // Script only the prompts the oracle foresees: a leftover answer would hide a prompt shown in a later step.
        boolean promptsOpen = decision.isUnspecified(Aspect.PROMPTS) || decision.prompts() == null;
        if (consent != null && (promptsOpen || hasPrompt(decision, PromptKind.CONSENT))) {
            current.control().script(PromptKind.CONSENT, consent);
        }
        if (os != null && (promptsOpen || hasPrompt(decision, PromptKind.OS_PERMISSION))) {
            current.control().script(PromptKind.OS_PERMISSION, os);
        }
        lastAction = action;
        lastDecision = decision;
        lastObservation = null;
        lastError = null;
        ActionResult result;
        try {
            result = current.perform(action);
        } catch (IllegalStateException e) {
            // An in-process target that still throws is reported as before.
            result = TargetError.internal(String.valueOf(e.getMessage()));
        }
        if (result instanceof Observation observation) {
            lastObservation = observation;
        } else if (result instanceof TargetError error) {
            // e.g. the target showed a prompt nobody scripted: a prompt the sources do not foresee. Reported as
            // "the target raised: <message>", as when targets threw.
            lastError = new IllegalStateException(error.message());
        }
        if (action.type() == ActionType.UPGRADE_CLIENT) {
            clientVersion = action.clientVersion();
        } else if (action.type() == ActionType.CHANGE_DEVICE) {
            device = action.device();
        }
        if (recordsUnknownReason == null) {
            if (decision.isUnspecified(Aspect.RECORDS) || decision.recordsAfter() == null) {
                recordsUnknownReason = decision.unspecified().getOrDefault(Aspect.RECORDS,
                        "the oracle states no records after " + describe(action));
                recordsUnknownRules = decision.firedRules();
            } else {
                records = new HashMap<>(decision.recordsAfter());
            }
        }
    }

    private static boolean hasPrompt(Decision decision, PromptKind kind) {
        return decision.prompts().stream().map(Prompt::kind).anyMatch(kind::equals);
    }

    private TargetSession session() {
        if (session == null) {
            PlatformRef ref = platform();
            session = target().open(new SessionConfig(ref.platform(), ref.container(), ref.appKind(), clientVersion,
                    APP, USER, device));
        }
        return session;
    }

    static String describe(Action action) {
        return switch (action.type()) {
            case CALL_API -> "calling " + action.api();
            case AUTHORIZE -> "asking ahead for " + action.scope();
            case TOGGLE_SETTING -> "switching " + action.scope() + (Boolean.TRUE.equals(action.enabled()) ? " on" : " off");
            case CHANGE_DEVICE -> "changing to device " + action.device();
            case UPGRADE_CLIENT -> "upgrading the client to " + action.clientVersion();
            default -> action.type().wireName();
        };
    }
}
