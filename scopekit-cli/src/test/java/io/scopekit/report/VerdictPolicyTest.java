package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.check.CheckRecord;
import io.scopekit.report.ConformanceSummary.Counts;
import io.scopekit.report.MessageIndex.ScenarioRun;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static CheckRecord check(String requirement, String platform, String scope, String status) {
        return new CheckRecord(requirement, platform, null, scope, "denied-call", "prompts", status, "[]", "[]", "[]",
                List.of(), null);
    }

    private static ScenarioRun scenario(String platform, int line, boolean failed, CheckRecord... checks) {
        return new ScenarioRun("s" + line, "features/x.feature", line, platform, "R", 3, failed,
                failed ? "failed" : "passed", failed ? "boom" : null, false, List.of(checks));
    }

    private static Waiver waiver(String requirement, String platform, LocalDate expires, int line) {
        return new Waiver(requirement, platform, null, null, "known", expires, line);
    }

    @Test
    void should_waive_failed_checks_and_note_unused_and_expired_waivers_when_waivers_apply() {
        // GIVEN a failed check on alipay covered by a waiver, a passing check on baidu with a now-needless waiver,
        // a waiver matching nothing and an expired one
        List<ScenarioRun> runs = List.of(
                scenario("alipay", 10, true, check("A", "alipay", "scope.camera", "failed")),
                scenario("baidu", 20, false, check("B", "baidu", "scope.record", "passed")));
        List<Waiver> waivers = List.of(waiver("A", "alipay", null, 1), waiver("B", null, null, 4),
                waiver("C", null, null, 7), waiver("A", null, LocalDate.of(2026, 1, 1), 10));

        // WHEN
        ConformanceSummary s = VerdictPolicy.summarise(runs, "run", List.of(), waivers, "waivers.yaml", TODAY);

        // THEN
        then(s.conformant()).isTrue();
        then(s.waived()).singleElement().satisfies(f -> then(f.waiver().line()).isEqualTo(1));
        then(s.failures()).isEmpty();
        then(s.waivers().noLongerNeeded()).extracting(ConformanceSummary.WaiverNote::line).containsExactly(4);
        then(s.waivers().unmatched()).extracting(ConformanceSummary.WaiverNote::line).containsExactly(7);
        then(s.waivers().expired()).extracting(ConformanceSummary.WaiverNote::line).containsExactly(10);
        then(s.totals().checks()).isEqualTo(new Counts(1, 0, 1, 0, 0));
        then(s.totals().scenariosFailed()).isZero();
    }

    @Test
    void should_count_scenario_errors_per_platform_when_a_scenario_fails_without_a_failed_check() {
        // GIVEN one erroring scenario and one scenario whose only check is unspecified, both on kuaishou
        List<ScenarioRun> runs = List.of(
                scenario("kuaishou", 5, true),
                scenario("kuaishou", 9, false, check("K", "kuaishou", null, "unspecified")),
                scenario("wechat-minigame", 12, false, check("W", "wechat-minigame", null, "unspecified")));

        // WHEN
        ConformanceSummary s = VerdictPolicy.summarise(runs, "run", List.of(), List.of(), null, TODAY);

        // THEN
        then(s.verdict()).isEqualTo("non-conformant");
        then(s.errors()).singleElement().satisfies(e -> then(e.line()).isEqualTo(5));
        then(s.platforms()).extracting(ConformanceSummary.PlatformResult::platform,
                        ConformanceSummary.PlatformResult::result, ConformanceSummary.PlatformResult::scenarios,
                        ConformanceSummary.PlatformResult::errors)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kuaishou", "fail", 2, 1),
                        org.assertj.core.groups.Tuple.tuple("wechat-minigame", "not-assessed", 1, 0));
        // the error counts in its platform's row of the matrix, in the cell of scenarios no check names a scope for
        then(s.matrix()).extracting(ConformanceSummary.Cell::platform, ConformanceSummary.Cell::scope,
                        ConformanceSummary.Cell::errors)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kuaishou", "(app)", 0),
                        org.assertj.core.groups.Tuple.tuple("kuaishou", "(scenario)", 1),
                        org.assertj.core.groups.Tuple.tuple("wechat-minigame", "(app)", 0));
        then(s.totals().scenarios()).isEqualTo(3);
        then(s.totals().steps()).isEqualTo(9);
    }

    @Test
    void should_count_a_setup_failure_against_its_behaviour_tag_and_lower_the_score_when_a_given_fails() {
        // GIVEN a scenario of behaviour toggle-setting that failed in its Given, and one passed check elsewhere
        ScenarioRun setup = new ScenarioRun("s5", "features/x.feature", 5, "kuaishou", "R", 3, true, "failed",
                "boom", false, List.of(), "toggle-setting",
                List.of(new io.scopekit.report.ScenarioResult.StepRun("Given a user", "failed", "boom"),
                        new io.scopekit.report.ScenarioResult.StepRun("Then it works", "skipped", null)));
        List<ScenarioRun> runs = List.of(setup, scenario("kuaishou", 9, false, check("K", "kuaishou", null, "passed")));

        // WHEN
        ConformanceSummary s = VerdictPolicy.summarise(runs, "run", List.of(), List.of(), null, TODAY);

        // THEN the error names its behaviour and step, has a cell of that behaviour, and counts in the one score
        then(s.errors()).singleElement().satisfies(e -> {
            then(e.behaviour()).isEqualTo("toggle-setting");
            then(e.step()).isEqualTo("Given a user");
        });
        then(s.matrix()).filteredOn(c -> c.behaviour().equals("toggle-setting")).singleElement()
                .satisfies(c -> then(c.errors()).isEqualTo(1));
        then(s.certificate().overall()).satisfies(score -> {
            then(score.passed()).isEqualTo(1);
            then(score.judged()).isEqualTo(2);
            then(score.errors()).isEqualTo(1);
            then(score.describe()).isEqualTo("50.0% (1 of 2 judged passed: 1 check, 1 scenario error)");
        });
    }

    @Test
    void should_group_observed_values_of_unspecified_checks_when_the_documents_are_silent() {
        // GIVEN three unspecified prompt checks on one platform and behaviour, with two different observations, and a
        // passed check that must not appear in the view
        CheckRecord a = new CheckRecord("W1", "wechat-miniprogram", null, "scope.record", "os-prompt-order", "prompts",
                "unspecified", "unspecified", "[consent, os-permission]", "unspecified", List.of(), "order not stated");
        CheckRecord b = new CheckRecord("W2", "wechat-miniprogram", null, "scope.camera", "os-prompt-order", "prompts",
                "unspecified", "unspecified", "[consent, os-permission]", "unspecified", List.of(), "order not stated");
        CheckRecord c = new CheckRecord("W3", "wechat-miniprogram", null, "scope.record", "os-prompt-order", "prompts",
                "unspecified", "unspecified", "[os-permission, consent]", "unspecified", List.of(), "order not stated");
        List<ScenarioRun> runs = List.of(scenario("wechat-miniprogram", 1, false, a, b),
                scenario("wechat-miniprogram", 2, false, c, check("P", "wechat-miniprogram", null, "passed")));

        // WHEN
        ConformanceSummary s = VerdictPolicy.summarise(runs, "run", List.of(), List.of(), null, TODAY);

        // THEN one divergent group, the most frequent value first, with the requirements where each was seen
        then(s.silent()).singleElement().satisfies(g -> {
            then(g.aspect()).isEqualTo("prompts");
            then(g.behaviour()).isEqualTo("os-prompt-order");
            then(g.checks()).isEqualTo(3);
            then(g.divergent()).isTrue();
            then(g.observed()).extracting(ConformanceSummary.Observed::value, ConformanceSummary.Observed::checks)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("[consent, os-permission]", 2),
                            org.assertj.core.groups.Tuple.tuple("[os-permission, consent]", 1));
            then(g.observed().get(0).requirements()).containsExactly("W1", "W2");
        });
    }

    @Test
    void should_tell_not_judged_from_not_assessed_when_a_platform_had_no_check_compared() {
        // GIVEN / WHEN / THEN the target left every judgeable check unsupported: its doing, not conformant
        then(VerdictPolicy.platformResult(new Counts(0, 0, 0, 2, 5), 0)).isEqualTo(ConformanceSummary.NOT_JUDGED);
        // the sources leave every check unspecified: the kit has nothing to judge
        then(VerdictPolicy.platformResult(new Counts(0, 0, 0, 7, 0), 0)).isEqualTo(ConformanceSummary.NOT_ASSESSED);
        // one compared check is enough to pass, a failure or error always fails
        then(VerdictPolicy.platformResult(new Counts(1, 0, 0, 0, 9), 0)).isEqualTo(ConformanceSummary.PASS);
        then(VerdictPolicy.platformResult(new Counts(0, 0, 0, 0, 9), 1)).isEqualTo(ConformanceSummary.FAIL);
    }

    @Test
    void should_give_the_worst_verdict_that_applies_when_platforms_differ() {
        // GIVEN
        var pass = platform("a", ConformanceSummary.PASS);
        var notAssessed = platform("b", ConformanceSummary.NOT_ASSESSED);
        var notJudged = platform("c", ConformanceSummary.NOT_JUDGED);
        var fail = platform("d", ConformanceSummary.FAIL);

        // WHEN / THEN
        then(VerdictPolicy.verdict(true, List.of(pass))).isEqualTo(ConformanceSummary.CONFORMANT);
        then(VerdictPolicy.verdict(true, List.of(pass, notAssessed)))
                .isEqualTo(ConformanceSummary.CONFORMANT_WHERE_ASSESSED);
        then(VerdictPolicy.verdict(true, List.of(notAssessed))).isEqualTo(ConformanceSummary.NOT_ASSESSED);
        then(VerdictPolicy.verdict(true, List.of())).isEqualTo(ConformanceSummary.NOT_ASSESSED);
        then(VerdictPolicy.verdict(true, List.of(pass, notAssessed, notJudged)))
                .isEqualTo(ConformanceSummary.NOT_JUDGED);
        then(VerdictPolicy.verdict(true, List.of(pass, notJudged, fail))).isEqualTo(ConformanceSummary.NON_CONFORMANT);
        then(VerdictPolicy.verdict(false, List.of(pass))).isEqualTo(ConformanceSummary.NON_CONFORMANT);
    }

    private static ConformanceSummary.PlatformResult platform(String id, String result) {
        return new ConformanceSummary.PlatformResult(id, result, 1, 0, Counts.ZERO);
    }
}
