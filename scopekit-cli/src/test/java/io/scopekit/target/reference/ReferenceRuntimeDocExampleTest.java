package io.scopekit.target.reference;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the "Use" example of docs/reference-runtime.md, which DocExamplesTest compares with the marked lines. */
class ReferenceRuntimeDocExampleTest {

    @Test
    void should_fail_without_prompt_when_the_documented_example_calls_a_denied_scope_on_ios() {
        // doc-example:begin
        ReferenceTarget target = new ReferenceTarget(DeviceOs.IOS);                 // or new ReferenceTarget(): Android
        ReferenceSession session = target.open(new SessionConfig(
                "wechat-minigame", null, "mini-game", null, "app-1", "user-1", "device-1"));
        session.seed("scope.record", RecordState.DENIED);                           // control plane: any starting state
        session.script(PromptKind.CONSENT, Answer.ALLOW);                           // answers, consumed in order
        ActionResult result = session.perform(Action.callApi("wx.startRecord"));    // data plane
        Observation o = result.orElseThrow();                                       // fail, no prompt, 'auth denied'
        Map<String, RecordState> now = session.records().orElseThrow();             // records in force
        // doc-example:end
        then(o.outcome()).isEqualTo(Outcome.FAIL);
        then(o.prompts()).isEmpty();
        then(o.errMsg()).isEqualTo("wx.startRecord:fail auth denied");
        then(now).containsExactlyEntriesOf(Map.of("scope.record", RecordState.DENIED));
    }
}
