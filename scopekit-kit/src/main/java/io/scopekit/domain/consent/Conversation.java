package io.scopekit.domain.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckCodec;
import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.harness.Because;
import io.scopekit.harness.Bounded;
import io.scopekit.harness.CheckSource;
import io.scopekit.harness.CheckedExchange;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.Targets;
import io.scopekit.harness.SessionConversation;
import io.scopekit.harness.Where;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.Situation;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.PortRun;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Strictness;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Talks to one target session on behalf of one user, with the oracle listening in: every action is put to the
 * oracle first, the prompts it foresees are scripted, then the action is performed on the target.
 *
 * <p>The records the user has are the oracle's: after each action they become the decision's records, so the
 * next decision starts where a conforming runtime would be. Once a decision leaves the records open, nothing
 * later can be predicted and every later decision is unspecified, citing why.
 *
 * <p>Every call into the target (opening the session, scripting, the action, closing) is bounded
 * ({@link RunResources#actionDeadline}): a call that does not return in time becomes a {@link TargetError} with the
 * time waited, and the session is given up, so later actions of the conversation fail at once with the same error.
 *
 * <p>Not thread-safe: one conversation belongs to one scenario or one generated sequence.
 */
@API(status = EXPERIMENTAL)
public final class Conversation extends SessionConversation<TargetSession>
        implements CheckSource<Aspect, Decision, Observation> {
    private static final String APP = "app-1";
    private static final String USER = "user-1";

    private final RunResources resources;
    private @Nullable Where where;
    private @Nullable String clientVersion;
    private String device = "device-1";
    private Map<String, RecordState> records = new HashMap<>();
    private @Nullable String recordsUnknownReason;
    private List<FiredRule> recordsUnknownRules = List.of();
    private @Nullable Answer pendingOsAnswer;
    private @Nullable Exchange last;

    /**
     * Starts a conversation with the target of {@code resources}; no session is opened before the first action. The
     * scenario timeout counts from here.
     */
    public Conversation(RunResources resources) {
        this(resources, new Bounded("scopekit-target-call"));
    }

    /**
     * Starts a conversation whose target calls run through {@code calls}, e.g. {@link Bounded#inline()} when the
     * caller already bounds the whole conversation on a worker of its own; the conversation closes it.
     */
    public Conversation(RunResources resources, Bounded calls) {
        super(resources, calls);
        this.resources = resources;
    }

    /** Returns the run's resources. */
    public RunResources resources() {
        return resources;
    }

    /** Returns the target this conversation talks to. */
    public Target target() {
        return resources.get(Targets.RUN_TARGET);
    }

    /**
     * Sets where the conversation runs; once, before the first action.
     *
     * @throws IllegalStateException when a session is already open
     */
    public void runOn(Where where) {
        if (calls.opened()) {
            throw new IllegalStateException("the platform is set once per scenario, before the first action");
        }
        this.where = where;
    }

    /**
     * Returns where the conversation runs.
     *
     * @throws IllegalStateException when no platform was set
     */
    public Where where() {
        if (where == null) {
            throw new IllegalStateException("the scenario names no platform: start with a step such as "
                    + "'Given a WeChat mini-program user'");
        }
        return where;
    }

    /**
     * Sets the host client's version; before the first action (later, upgrade the client instead).
     *
     * @throws IllegalStateException when a session is already open
     */
    public void clientVersion(String version) {
        if (calls.opened()) {
            throw new IllegalStateException("the client version is set before the first action; "
                    + "use 'When the client is upgraded to version ...' afterwards");
        }
        this.clientVersion = version;
    }

    /** Marks the next API call as one the operating system will also prompt for, answered {@code answer}. */
    public void osPrompt(Answer answer) {
        this.pendingOsAnswer = answer;
    }

    /** Returns the records the oracle says the user has now, by scope. */
    public Map<String, RecordState> records() {
        return Map.copyOf(records);
    }

    /**
     * Returns the last action's exchange.
     *
     * @throws IllegalStateException when nothing was performed yet
     */
    public Exchange last() {
        if (last == null) {
            throw new IllegalStateException("a Then step needs a preceding When step");
        }
        return last;
    }

    /**
     * Performs an action: asks the oracle, scripts the prompts it foresees, performs it on the target.
     *
     * @param action        what the app, the user or the device does
     * @param consentAnswer the user's answer should a consent prompt show; {@code null} when none is given
     * @return the decision and what the target did
     */
    public Exchange act(Action action, @Nullable Answer consentAnswer) {
        Action effective = action;
        Answer os = null;
        if (action.type() == ActionType.CALL_API && pendingOsAnswer != null) {
            effective = Action.callApiWithOsPrompt(action.api());
            os = pendingOsAnswer;
            pendingOsAnswer = null;
        }
        Decision decision = decide(effective, consentAnswer, os);
        return perform(effective, decision, consentAnswer, os);
    }

    /**
     * Brings {@code scope} into {@code state} the way the sources describe — the first of the scope's API calls
     * (then an ahead-of-use request) for which the oracle says the answer is recorded as {@code state} — never by
     * injecting a record.
     *
     * @throws AssertionError when the target fails the set-up, or (a defect of the kit) the sources give no way
     */
    public void establish(String scope, RecordState state) {
        if (state == RecordState.NEVER_ASKED) {
            if (records.containsKey(scope)) {
                throw new IllegalStateException("KIT DEFECT: " + scope + " was already answered in this scenario");
            }
            return;
        }
        Where at = where();
        Answer answer = state == RecordState.GRANTED ? Answer.ALLOW : Answer.DENY;
        List<Action> candidates = new ArrayList<>();
        for (String api : resources.apisOf(at.platform(), scope)) {
            candidates.add(Action.callApi(api));
        }
        candidates.add(Action.authorize(scope));
        List<String> tried = new ArrayList<>();
        // A container that renames the scope (bytedance: scope.album) keeps the record under its own name.
        String key = resources.recordKey(at.platform(), at.container(), scope);
        for (Action candidate : candidates) {
            Decision decision = decide(candidate, answer, null);
            boolean reaches = !decision.isUnspecified(Aspect.RECORDS) && decision.recordsAfter() != null
                    && decision.recordsAfter().get(key) == state
                    && recordsUnknownReason == null;
            if (reaches) {
                Exchange exchange = perform(candidate, decision, answer, null);
                if (exchange.failedOnTarget()) {
                    throw new AssertionError("setting up '" + scope + " " + state.wireName() + "' by "
                            + describe(candidate) + " failed on the target: " + exchange.targetError().message());
                }
                List<Prompt> observed = exchange.observation().prompts();
                if (!decision.isUnspecified(Aspect.PROMPTS) && !decision.prompts().equals(observed)) {
                    throw new AssertionError("setting up '" + scope + " " + state.wireName() + "' by "
                            + describe(candidate) + ": expected prompts " + decision.prompts() + " but observed "
                            + observed + Because.of(decision.firedRules()));
                }
                return;
            }
            tried.add(describe(candidate));
        }
        throw new AssertionError("KIT DEFECT: the sources give no way to bring " + scope + " to '"
                + state.wireName() + "' on " + at.describe() + " (tried " + tried + ")");
    }

    private Decision decide(Action action, @Nullable Answer consent, @Nullable Answer os) {
        if (recordsUnknownReason != null) {
            return unknownDecision(action);
        }
        Where at = where();
        Situation situation = new Situation(at.platform(), at.container(), at.appKind(), clientVersion, records,
                action, consent, os);
        try {
            return ConsentResources.oracle(resources).decide(situation);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("KIT DEFECT: the oracle rejects " + describe(action) + " on "
                    + at.describe() + ": " + e.getMessage(), e);
        }
    }

    /** After an action whose resulting records the sources leave open, nothing later can be predicted. */
    private Decision unknownDecision(Action action) {
        Map<Aspect, String> all = new EnumMap<>(Aspect.class);
        // One text for every aspect: explore meets this decision at every step after the records became unknown.
        String why = "the records are unknown since an earlier step: " + recordsUnknownReason;
        for (Aspect aspect : Aspect.values()) {
            all.put(aspect, why);
        }
        return new Decision(action.scope(), null, List.of(), null, null, null, null, null, List.of(), all,
                recordsUnknownRules);
    }

    private Exchange perform(Action action, Decision decision, @Nullable Answer consent, @Nullable Answer os) {
        ActionResult result = calls.perform(describe(action),
                session -> scriptAndPerform(session, action, decision, consent, os), TargetError::internal);
        last = result instanceof TargetError error
                ? new Exchange(action, decision, null, error)
                : new Exchange(action, decision, (Observation) result, null);
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
        return last;
    }

    private static ActionResult scriptAndPerform(TargetSession current, Action action, Decision decision,
            @Nullable Answer consent, @Nullable Answer os) {
        // Script only the prompts the oracle foresees: a leftover answer would hide a prompt shown in a later step.
        boolean promptsOpen = decision.isUnspecified(Aspect.PROMPTS) || decision.prompts() == null;
        if (consent != null && (promptsOpen || hasPrompt(decision, PromptKind.CONSENT))) {
            current.control().script(PromptKind.CONSENT, consent);
        }
        if (os != null && (promptsOpen || hasPrompt(decision, PromptKind.OS_PERMISSION))) {
            current.control().script(PromptKind.OS_PERMISSION, os);
        }
        try {
            return current.perform(action);
        } catch (IllegalStateException e) {
            // An in-process target that still throws is reported as if it had returned the error.
            return TargetError.internal(String.valueOf(e.getMessage()));
        }
    }

    private static boolean hasPrompt(Decision decision, PromptKind kind) {
        return decision.prompts().stream().map(Prompt::kind).anyMatch(kind::equals);
    }

    @Override
    protected TargetSession open() {
        Where at = where();
        return target().open(new SessionConfig(at.platform(), at.container(), at.appKind(), clientVersion, APP, USER,
                device));
    }

    /** A consent check reads where the conversation runs, the scope, and a hosted port's native calls as evidence. */
    @Override
    public CheckedExchange<Decision, Observation> lastFor(Aspect aspect) {
        Exchange exchange = last();
        Decision decision = exchange.decision();
        Where at = where();
        Strictness strictness = target().capabilities().getOrDefault(aspect, Strictness.EXACT);
        // A hosted port's native calls are the evidence of a deviation (docs/node-host.md): kept in the note.
        PortRun port = exchange.observation() == null ? null : exchange.observation().portRun();
        return new CheckedExchange<>(at.platform(), at.container(),
                decision.scope() != null ? decision.scope() : exchange.action().scope(), CheckCodec.checkName(aspect),
                decision, decision.firedRules(), decision.unspecified().get(aspect), decision.isUnspecified(aspect),
                strictness, exchange.failedOnTarget() ? exchange.targetError().message() : null,
                exchange.observation(), port == null ? null : "port native calls: " + port.evidence());
    }

    /** Says an action in words, for messages. */
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
