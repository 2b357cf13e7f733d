package io.scopekit.harness;

import io.scopekit.check.CheckRecord;
import io.scopekit.consent.Action;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.RecordState;
import io.scopekit.domain.consent.Conversation;
import io.scopekit.oracle.Decision;
import io.scopekit.target.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs scenario WX-DENIED-CALL ("a user who denied scope.record calls wx.startRecord: the call fails without a
 * prompt") through the run engine alone, as a scenario file would, and returns its check records.
 *
 * <p>A plain {@link Function} so that a test can run it inside a class loader that has no Cucumber at all.
 */
public final class WechatDeniedCallScenario implements Function<String, List<String>> {

    /** Runs against the target named {@code target}; returns each check record as "aspect status observed". */
    @Override
    public List<String> apply(String target) {
        List<CheckRecord> records = new ArrayList<>();
        try (RunResources resources = RunResources.open(new RunSettings(target, null, null));
                Conversation conversation = new Conversation(resources)) {
            var checks = new CheckRecorder<>(conversation,
                    new ScenarioLabels("WX-DENIED-CALL", "wechat-miniprogram", "denied-call"), records::add);
            // Given a WeChat mini-program user who denied "scope.record"
            conversation.runOn(resources.platformForPhrase("WeChat mini-program"));
            conversation.establish("scope.record", RecordState.DENIED);
            // When the app calls "wx.startRecord"
            conversation.act(Action.callApi("wx.startRecord"), null);
            // Then the call fails, and no prompt is shown
            try {
                checks.check(Aspect.OUTCOME, Outcome.FAIL, Decision::outcome, Observation::outcome,
                        AspectMatcher.equality());
                checks.check(Aspect.PROMPTS, List.<Prompt>of(), Decision::prompts, Observation::prompts,
                        AspectMatcher.equality());
            } catch (AssertionError failure) {
                records.add(null);
                List<String> out = summarise(records);
                out.add("failure: " + failure.getMessage());
                return out;
            }
        }
        return summarise(records);
    }

    private static List<String> summarise(List<CheckRecord> records) {
        List<String> out = new ArrayList<>();
        for (CheckRecord r : records) {
            if (r != null) {
                out.add(r.requirement() + " " + r.platform() + " " + r.scope() + " " + r.aspect() + " " + r.status()
                        + " " + r.observed() + " rules=" + r.rules().size());
            }
        }
        return out;
    }
}
