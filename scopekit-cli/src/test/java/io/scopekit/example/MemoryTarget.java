package io.scopekit.example;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.target.ActionResult;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.Coverage;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.SessionControl;
import io.scopekit.target.Strictness;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/** A complete, tiny target: asks once per scope, remembers the answer, and knows only authorize and getSetting. */
public final class MemoryTarget implements Target {

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("memory", "1.0", "in-memory example from docs/target-api.md");
    }

    @Override
    public Map<Aspect, Strictness> capabilities() {
        return Map.of(Aspect.ERR_MSG, Strictness.PATTERN, Aspect.RESPONSE_FIELDS, Strictness.UNSUPPORTED);
    }

    @Override
    public Set<ControlOperation> controlOperations() {
        return Set.of(ControlOperation.SCRIPT_ANSWERS, ControlOperation.SEED_RECORDS, ControlOperation.READ_RECORDS);
    }

    @Override
    public Coverage coverage() {
        return Coverage.platforms("wechat-miniprogram");          // verify runs this platform only
    }

    @Override
    public TargetSession open(SessionConfig config) {
        if (!coverage().covers(config)) {
            throw new IllegalArgumentException("not implemented: " + config.platform());
        }
        return new Session();
    }

    /** The session is its own control plane. */
    private static final class Session implements TargetSession, SessionControl {
        private final Map<PromptKind, Queue<Answer>> script = new EnumMap<>(PromptKind.class);
        private final Map<String, RecordState> records = new LinkedHashMap<>();

        @Override
        public SessionControl control() {
            return this;
        }

        @Override
        public void script(PromptKind kind, Answer answer) {
            script.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(answer);
        }

        @Override
        public Optional<TargetError> seed(String scope, RecordState state) {
            if (state == RecordState.NEVER_ASKED) {
                records.remove(scope);
            } else {
                records.put(scope, state);
            }
            return Optional.empty();
        }

        @Override
        public Optional<Map<String, RecordState>> records() {
            return Optional.of(Map.copyOf(records));
        }

        @Override
        public ActionResult perform(Action action) {
            return switch (action.type()) {
                case AUTHORIZE -> authorize(String.valueOf(action.scope()));
                case GET_SETTING -> getSetting();
                default -> TargetError.unsupportedAction(action.type().wireName() + " is not implemented");
            };
        }

        private ActionResult authorize(String scope) {
            RecordState state = records.getOrDefault(scope, RecordState.NEVER_ASKED);
            List<Prompt> prompts = List.of();
            if (state == RecordState.NEVER_ASKED) {
                Prompt consent = Prompt.consent(scope);
                Answer answer = script.getOrDefault(PromptKind.CONSENT, new ArrayDeque<>()).poll();
                if (answer == null) {
                    return TargetError.unscriptedPrompt("prompt " + consent + " was shown but no answer is scripted");
                }
                prompts = List.of(consent);
                state = answer == Answer.ALLOW ? RecordState.GRANTED : RecordState.DENIED;
                records.put(scope, state);
            }
            return state == RecordState.GRANTED
                    ? new Observation(Outcome.SUCCESS, null, null, prompts, null, null, Map.of())
                    : new Observation(Outcome.FAIL, "authorize:fail auth deny", null, prompts, null, null, Map.of());
        }

        private Observation getSetting() {
            Map<String, Boolean> authSetting = new LinkedHashMap<>();
            records.forEach((scope, state) -> authSetting.put(scope, state == RecordState.GRANTED));
            return new Observation(Outcome.SUCCESS, null, null, List.of(), authSetting, null, Map.of());
        }
    }
}
