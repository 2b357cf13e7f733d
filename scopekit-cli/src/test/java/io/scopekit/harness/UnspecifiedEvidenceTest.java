package io.scopekit.harness;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.check.CheckRecord;
import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Prompt;
import io.scopekit.domain.consent.Conversation;
import io.scopekit.oracle.Decision;
import io.scopekit.target.Observation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unspecified check is not judged, but its record keeps what the target observed. */
class UnspecifiedEvidenceTest {

    @Test
    void should_record_the_observed_prompts_unjudged_when_the_sources_leave_them_unspecified() {
        // GIVEN a WeChat mini-program user never asked for scope.record, on a device that will also show its own
        // permission prompt (the order of the two prompts is unspecified for WeChat)
        List<CheckRecord> records = new ArrayList<>();
        try (RunResources resources = RunResources.open(new RunSettings("reference", null, null));
                Conversation conversation = new Conversation(resources)) {
            var checks = new CheckRecorder<>(conversation,
                    new ScenarioLabels("WMP-OS-PROMPT-ORDER", "wechat-miniprogram", "os-prompt-order"), records::add);
            conversation.runOn(resources.platformForPhrase("WeChat mini-program"));

            // WHEN the app calls wx.startRecord, both prompts are allowed, and the prompts are checked as unspecified
            conversation.osPrompt(Answer.ALLOW);
            conversation.act(Action.callApi("wx.startRecord"), Answer.ALLOW);
            CheckRecord r = checks.check(Aspect.PROMPTS, null, Decision::prompts, Observation::prompts,
                    AspectMatcher.<List<Prompt>>equality());

            // THEN the check is unspecified, yet its record holds the reference runtime's two prompts
            then(r.status()).isEqualTo("unspecified");
            then(r.expected()).isEqualTo("unspecified");
            then(r.observed()).contains("consent").contains("os-permission");
            then(records).containsExactly(r);
        }
    }
}
