package io.scopekit.example;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.target.ActionResult;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Strictness;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import io.scopekit.harness.Targets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the worked example of docs/target-api.md, found the way the CLI finds it ({@code class:FQN}). */
class MemoryTargetTest {

    private final Target target = Targets.resolve("class:" + MemoryTarget.class.getName());
    private final TargetSession session = target.open(new SessionConfig(
            "wechat-miniprogram", null, "mini-program", null, "app-1", "user-1", "device-1"));

    @AfterEach
    void close() {
        session.close();
        target.close();
    }

    @Test
    void should_declare_its_capabilities_when_asked() {
        // WHEN / THEN per aspect strictness (exact by default) and every control operation
        then(target.strictness(Aspect.ERR_MSG)).isEqualTo(Strictness.PATTERN);
        then(target.strictness(Aspect.RESPONSE_FIELDS)).isEqualTo(Strictness.UNSUPPORTED);
        then(target.strictness(Aspect.PROMPTS)).isEqualTo(Strictness.EXACT);
        then(target.controlOperations()).containsExactlyInAnyOrder(ControlOperation.values());
    }

    @Test
    void should_declare_one_platform_and_refuse_the_others_when_opened_elsewhere() {
        // GIVEN the example's declaration
        then(target.coverage().platforms()).containsExactly("wechat-miniprogram");

        // WHEN / THEN a session on another platform is refused, as verify never asks for one by default
        thenThrownBy(() -> target.open(new SessionConfig("alipay", null, "mini-program", null, "a", "u", "d")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alipay");
    }

    @Test
    void should_prompt_once_and_remember_the_answer_when_a_scope_is_asked_twice() {
        // GIVEN one scripted consent answer
        session.control().script(PromptKind.CONSENT, Answer.ALLOW);

        // WHEN the app asks for the scope twice, then reads its settings
        ActionResult first = session.perform(Action.authorize("scope.record"));
        ActionResult second = session.perform(Action.authorize("scope.record"));
        ActionResult settings = session.perform(Action.getSetting());

        // THEN only the first shows the prompt; the answer is kept and reported
        then(first).isEqualTo(new Observation(Outcome.SUCCESS, null, null, List.of(Prompt.consent("scope.record")),
                null, null, Map.of()));
        then(second.orElseThrow().prompts()).isEmpty();
        then(settings.orElseThrow().authSetting()).containsExactlyEntriesOf(Map.of("scope.record", true));
        then(session.control().records()).hasValue(Map.of("scope.record", RecordState.GRANTED));
    }

    @Test
    void should_fail_without_prompt_when_the_record_is_seeded_denied() {
        // GIVEN a record put in place through the control plane
        then(session.control().seed("scope.camera", RecordState.DENIED)).isEmpty();

        // WHEN the app asks for it
        Observation observed = session.perform(Action.authorize("scope.camera")).orElseThrow();

        // THEN the fail callback runs and nobody is asked
        then(observed.outcome()).isEqualTo(Outcome.FAIL);
        then(observed.errMsg()).isEqualTo("authorize:fail auth deny");
        then(observed.prompts()).isEmpty();
    }

    @Test
    void should_return_target_errors_as_values_when_it_cannot_handle_an_action() {
        // GIVEN no scripted answer
        // WHEN a prompt needs one, and an action the example does not implement is performed
        ActionResult unscripted = session.perform(Action.authorize("scope.userInfo"));
        ActionResult unsupported = session.perform(Action.deleteApp());

        // THEN both are errors with their wire kinds and a message for the report, and nothing is recorded
        then(unscripted).isEqualTo(TargetError.unscriptedPrompt(
                "prompt consent(scope.userInfo) was shown but no answer is scripted"));
        then(unsupported).isInstanceOfSatisfying(TargetError.class, e -> {
            then(e.kind().wireName()).isEqualTo("unsupported-action");
            then(e.message()).isEqualTo("delete-app is not implemented");
        });
        then(session.control().records()).hasValue(Map.of());
    }

    @Test
    void should_behave_as_docs_target_api_md_shows_when_used_through_the_spi() {
        // GIVEN / WHEN / THEN the usage shown in docs/target-api.md, verbatim between the markers
        // doc-example:begin
        try (Target target = Targets.resolve("class:io.scopekit.example.MemoryTarget");
             TargetSession session = target.open(new SessionConfig(
                     "wechat-miniprogram", null, "mini-program", null, "app-1", "user-1", "device-1"))) {
            session.control().script(PromptKind.CONSENT, Answer.DENY);                  // control plane
            ActionResult first = session.perform(Action.authorize("scope.record"));     // data plane
            ActionResult again = session.perform(Action.authorize("scope.record"));
            ActionResult other = session.perform(Action.deleteApp());

            then(first).isEqualTo(new Observation(Outcome.FAIL, "authorize:fail auth deny", null,
                    List.of(Prompt.consent("scope.record")), null, null, Map.of()));
            then(again.orElseThrow().prompts()).isEmpty();                              // asked once, answer kept
            then(other).isEqualTo(TargetError.unsupportedAction("delete-app is not implemented"));
            then(session.control().records()).hasValue(Map.of("scope.record", RecordState.DENIED));
        }
        // doc-example:end
    }
}
