package io.scopekit.check;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A check record's status derived again from its own values, as report verify and report merge do. */
class CheckComparisonTest {

    private static CheckRecord record(String aspect, String status, String expected, String observed, String stated,
            String strictness) {
        return new CheckRecord("REQ", "wechat-miniprogram", null, "scope.record", "denied-call", aspect, status,
                expected, observed, stated, List.of(), null, strictness);
    }

    @Test
    void should_give_failed_when_a_record_says_passed_but_expected_and_observed_differ() {
        // GIVEN an exact record claiming a pass for different values / WHEN recomputed / THEN failed
        then(CheckComparison.recompute(record("outcome", "passed", "fail", "success", "fail", "exact")))
                .isEqualTo("failed");
    }

    @Test
    void should_give_passed_when_observed_equals_expected_and_the_statement_agrees() {
        then(CheckComparison.recompute(record("outcome", "failed", "fail", "fail", "fail", "exact")))
                .isEqualTo("passed");
    }

    @Test
    void should_compare_only_the_prompt_kinds_when_the_strictness_is_pattern() {
        // GIVEN prompts naming other scopes, in the same kinds and order
        CheckRecord pattern = record("prompts", "passed", "[consent(scope.record), os-permission(scope.record)]",
                "[consent(null), os-permission(scope.camera)]", "[consent(scope.record), os-permission(scope.record)]",
                "pattern");

        // WHEN recomputed at pattern and at exact strictness / THEN only pattern passes
        then(CheckComparison.recompute(pattern)).isEqualTo("passed");
        then(CheckComparison.recompute(record("prompts", "passed", pattern.expected(), pattern.observed(),
                pattern.statedInScenario(), "exact"))).isEqualTo("failed");
        then(CheckComparison.recompute(record("prompts", "passed", pattern.expected(), "[guide-to-settings(x), "
                + "os-permission(scope.record)]", pattern.statedInScenario(), "pattern"))).isEqualTo("failed");
    }

    @Test
    void should_give_failed_for_a_target_error_even_when_the_text_would_match() {
        then(CheckComparison.recompute(record("err_msg", "passed", "error: x", "error: x", "error: x", "exact")))
                .isEqualTo("failed");
    }

    @Test
    void should_give_failed_when_the_statement_differs_from_the_oracle() {
        // GIVEN a kit defect: the scenario states what the oracle does not expect
        then(CheckComparison.recompute(record("outcome", "passed", "fail", "fail", "success", "exact")))
                .isEqualTo("failed");
        then(CheckComparison.recompute(record("outcome", "unspecified", "unspecified", "success", "success",
                "exact"))).isEqualTo("failed");
    }

    @Test
    void should_leave_unspecified_and_unsupported_unjudged() {
        then(CheckComparison.recompute(record("outcome", "unspecified", "unspecified", "success", "unspecified",
                "exact"))).isEqualTo("unspecified");
        then(CheckComparison.recompute(record("outcome", "unsupported", "fail", null, "fail", "unsupported")))
                .isEqualTo("unsupported");
    }

    @Test
    void should_refuse_a_record_without_a_strictness_or_with_an_unknown_one() {
        thenThrownBy(() -> CheckComparison.recompute(record("outcome", "passed", "fail", "fail", "fail", null)))
                .isInstanceOf(MalformedCheckRecordException.class).hasMessageContaining("no recorded strictness");
        thenThrownBy(() -> CheckComparison.recompute(record("outcome", "passed", "fail", "fail", "fail", "lenient")))
                .isInstanceOf(MalformedCheckRecordException.class)
                .hasMessageContaining("expected exact, pattern or unsupported");
    }
}
