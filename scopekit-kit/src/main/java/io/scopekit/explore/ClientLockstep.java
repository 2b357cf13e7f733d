package io.scopekit.explore;

import io.scopekit.check.CheckRecord;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.BehaviourKey;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.RecordState;
import io.scopekit.domain.consent.ConsentMatchers;
import io.scopekit.harness.AspectMatcher;
import io.scopekit.harness.Bounded;
import io.scopekit.harness.CheckRecorder;
import io.scopekit.domain.consent.Conversation;
import io.scopekit.domain.consent.Exchange;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.ScenarioLabels;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.target.Observation;
import io.scopekit.target.Strictness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs one client-side sequence against the target and the oracle in lockstep: each step through a
 * {@link Conversation}, then every aspect the oracle decided compared by a {@link CheckRecorder} under the target's
 * strictness, with the matchers the Then steps use (so a divergence found here is one {@code verify} reports).
 *
 * <p>The records aspect is not compared directly, as {@code verify} does not: a wrong record shows in a later
 * {@code getSetting}, settings page or call, which the generator draws often.
 */
final class ClientLockstep {
    /** What running one sequence found. */
    record Result(int steps, @Nullable Divergence divergence) {}

    private final RunResources resources;
    private final Set<String> firedRules;
    private final Set<BehaviourKey> behaviours;

    ClientLockstep(RunResources resources, Set<String> firedRules, Set<BehaviourKey> behaviours) {
        this.resources = resources;
        this.firedRules = firedRules;
        this.behaviours = behaviours;
    }

    /** Runs {@code sequence} on the current thread (the caller bounds it as a whole); stops at the first divergence. */
    Result run(ClientSequence sequence) {
        return run(sequence, firedRules, behaviours);
    }

    /** As {@link #run(ClientSequence)}, noting the rules fired and the behaviour keys reached in the sets given. */
    Result run(ClientSequence sequence, Set<String> firedRules, Set<BehaviourKey> behaviours) {
        List<CheckRecord> records = new ArrayList<>();
        try (Conversation conversation = new Conversation(resources, Bounded.inline())) {
            // Only a failed check's record is kept: the passing ones of every step would be rendered and dropped.
            var checks = CheckRecorder.failuresOnly(conversation,
                    new ScenarioLabels("EXPLORE-" + sequence.index(), null, null), records::add);
            conversation.runOn(sequence.where());
            if (sequence.clientVersion() != null) {
                conversation.clientVersion(sequence.clientVersion());
            }
            List<ClientStep> steps = sequence.steps();
            for (int i = 0; i < steps.size(); i++) {
                Map<String, RecordState> before = conversation.records();
                ClientStep step = effective(resources, sequence.where(), steps.get(i), before);
                if (step.os() != null) {
                    conversation.osPrompt(step.os());
                }
                Exchange exchange = conversation.act(step.action(), step.consent());
                Decision decision = exchange.decision();
                note(decision, step, before, firedRules, behaviours);
                try {
                    compare(checks, exchange);
                } catch (AssertionError failure) {
                    CheckRecord failed = records.get(records.size() - 1);
                    return new Result(i + 1, new Divergence(i, step.action().type().wireName(), failed.aspect(),
                            String.valueOf(failure.getMessage()), failed));
                }
                records.clear();
                if (decision.isUnspecified(Aspect.PROMPTS) && (step.consent() != null || step.os() != null)) {
                    // The conversation scripted every answer it had, not knowing which prompts show: one no prompt
                    // consumed stays queued on the target and would answer a prompt of a later step.
                    return new Result(i + 1, null);
                }
                if (decision.unspecified().size() == Aspect.values().length) {
                    // Nothing later can be predicted (the records are unknown): the rest of the sequence is noise.
                    return new Result(i + 1, null);
                }
            }
            return new Result(steps.size(), null);
        }
    }

    /**
     * The step as performed: the user's consent answer is given only while the scope was never asked. Where the
     * oracle leaves the prompts open the conversation scripts every answer it has, and an answer no prompt consumed
     * would be left for a later prompt of another step; a conforming runtime shows no consent prompt for an
     * answered scope, so one that does meets no scripted answer and reports an unscripted prompt — still a finding.
     */
    static ClientStep effective(RunResources resources, io.scopekit.harness.Where where, ClientStep step,
            Map<String, RecordState> records) {
        if (step.consent() == null) {
            return step;
        }
        String scope = step.action().scope();
        if (scope == null && step.action().api() != null) {
            String api = step.action().api();
            scope = resources.catalog().scopeForApi(where.platform(), api).map(s -> s.id())
                    .or(() -> resources.catalog().portMatrix(where.platform())
                            .flatMap(p -> p.scopeForApi(api)).map(s -> s.id()))
                    .orElse(null);
        }
        if (scope == null) {
            return step;
        }
        String key = resources.recordKey(where.platform(), where.container(), scope);
        return records.containsKey(key) || records.containsKey(scope)
                ? new ClientStep(step.action(), null, step.os()) : step;
    }

    private static void note(Decision decision, ClientStep step, Map<String, RecordState> before,
            Set<String> firedRules, Set<BehaviourKey> behaviours) {
        for (FiredRule rule : decision.firedRules()) {
            firedRules.add(rule.name());
        }
        RecordState state = step.action().scope() != null || step.action().api() != null
                ? before.getOrDefault(decision.scope() == null ? "" : decision.scope(), RecordState.NEVER_ASKED)
                : RecordState.NEVER_ASKED;
        BehaviourKey.governing(step.action().type(), state).ifPresent(behaviours::add);
        if (step.os() != null) {
            behaviours.add(BehaviourKey.OS_PROMPT_ORDER);
        }
        if (decision.outcome() == Outcome.FAIL && !decision.errMsgPatterns().isEmpty()) {
            behaviours.add(BehaviourKey.DENY_ERR_MSG);
        }
        ActionType type = step.action().type();
        if (type == ActionType.REINSTALL || type == ActionType.CHANGE_DEVICE || type == ActionType.UPGRADE_CLIENT) {
            behaviours.add(BehaviourKey.RECORD_SYNC);
        }
        if (decision.recordsAfter() != null && !decision.recordsAfter().equals(before)) {
            behaviours.add(BehaviourKey.RECORD_KEPT);
        }
    }

    /** Every aspect of the exchange that an action of its type has, compared as the Then steps compare it. */
    static void compare(CheckRecorder<Aspect, Decision, Observation> checks, Exchange exchange) {
        Decision d = exchange.decision();
        ActionType type = exchange.action().type();
        checks.check(Aspect.OUTCOME, stated(d, Aspect.OUTCOME, d.outcome()), Decision::outcome,
                o -> o == null ? null : o.outcome(), AspectMatcher.equality());
        if (d.outcome() == Outcome.FAIL && !d.errMsgPatterns().isEmpty() || d.isUnspecified(Aspect.ERR_MSG)) {
            checks.check(Aspect.ERR_MSG, stated(d, Aspect.ERR_MSG, sorted(d.errMsgPatterns())),
                    x -> sorted(x.errMsgPatterns()), Observation::errMsg,
                    AspectMatcher.containsAny());
        }
        checks.check(Aspect.PROMPTS, stated(d, Aspect.PROMPTS, d.prompts()), Decision::prompts,
                o -> o == null ? null : o.prompts(), ConsentMatchers.prompts());
        if (type == ActionType.GET_SETTING) {
            checks.check(Aspect.AUTH_SETTING, stated(d, Aspect.AUTH_SETTING, d.authSetting()), Decision::authSetting,
                    o -> o == null ? null : o.authSetting(), AspectMatcher.equality());
        }
        if (type == ActionType.OPEN_SETTING) {
            checks.check(Aspect.SETTINGS_LIST, stated(d, Aspect.SETTINGS_LIST, sorted(d.settingsList())),
                    x -> sorted(x.settingsList()), o -> o == null ? null : sorted(o.settingsList()),
                    AspectMatcher.equality());
        }
        if (type == ActionType.AUTHORIZE) {
            checks.check(Aspect.RESPONSE_FIELDS, stated(d, Aspect.RESPONSE_FIELDS, sorted(d.responseFields())),
                    x -> sorted(x.responseFields()), o -> o == null ? null : sorted(o.response().keySet()),
                    ClientLockstep::fieldsMatch);
        }
    }

    /** What a scenario would state: the oracle's expectation, or nothing where the sources are silent. */
    private static <T> @Nullable T stated(Decision d, Aspect aspect, @Nullable T expected) {
        return d.isUnspecified(aspect) ? null : expected;
    }

    static boolean fieldsMatch(List<String> expected, @Nullable Object observed, Strictness strictness) {
        if (!(observed instanceof List<?> list)) {
            return false;
        }
        return strictness == Strictness.PATTERN ? list.containsAll(expected) : expected.equals(list);
    }

    static @Nullable List<String> sorted(java.util.@Nullable Collection<String> values) {
        return values == null ? null : values.stream().sorted().toList();
    }
}
