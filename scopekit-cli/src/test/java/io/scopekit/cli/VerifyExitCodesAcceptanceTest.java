package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and waivers of {@code scopekit verify}, over the fixture features. */
class VerifyExitCodesAcceptanceTest {

    @TempDir
    Path root;

    @Test
    void should_exit_0_when_only_passing_checks_are_selected() {
        // WHEN
        VerifyRun run = VerifyRun.verifyFixtures(root, "--tags", "not @req-FX-DENIED and not @req-FX-TOKEN");

        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        then(run.out()).startsWith("conformant: 8 scenarios");
    }

    @Test
    void should_select_by_platform_tag_when_platform_is_given() throws Exception {
        // WHEN
        VerifyRun run = VerifyRun.verifyFixtures(root, "--platform", "wechat-miniprogram");

        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        ConformanceSummary s = Reports.readSummary(VerifyAcceptanceTest.latestRun(root).resolve("summary.json"));
        then(s.platforms()).extracting(ConformanceSummary.PlatformResult::platform).containsExactly("wechat-miniprogram");
    }

    @Test
    void should_exit_2_naming_the_choices_when_the_platform_is_unknown() {
        VerifyRun run = VerifyRun.verifyFixtures(root, "--platform", "wechat");

        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("unknown platform 'wechat'").contains("wechat-miniprogram").contains("feishu-gadget");
    }

    @Test
    void should_exit_2_when_the_tag_expression_or_shard_is_bad() {
        then(VerifyRun.verifyFixtures(root, "--tags", "@a and (").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        VerifyRun shard = VerifyRun.verifyFixtures(root, "--shard", "4/3");
        then(shard.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(shard.err()).contains("1 <= K <= N");
        then(root.toFile().list()).isEmpty();
    }

    @Test
    void should_exit_2_with_file_and_line_when_a_waiver_has_no_reason() throws Exception {
        // GIVEN
        Path waivers = root.resolve("waivers.yaml");
        Files.writeString(waivers, "- requirement: FX-DENIED\n  reason: ticket 7\n- requirement: FX-TOKEN\n");

        // WHEN
        VerifyRun run = VerifyRun.verifyFixtures(root.resolve("reports"), "--waivers", waivers.toString());

        // THEN
        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains(waivers + ":3:").contains("reason");
    }

    @Test
    void should_exit_0_showing_waived_and_stale_waivers_when_every_failure_is_waived() throws Exception {
        // GIVEN waivers for both failing requirements, one for a passing requirement, one matching nothing
        Path waivers = root.resolve("waivers.yaml");
        Files.writeString(waivers, """
                - requirement: FX-DENIED
                  aspect: err_msg
                  reason: vendor ticket 7
                - requirement: FX-TOKEN
                  platform: feishu-gadget
                  reason: vendor ticket 8
                  expires: 2999-12-31
                - requirement: FX-GRANTED
                  reason: was flaky
                - requirement: FX-NOPE
                  reason: typo
                - requirement: FX-WX-SETTING
                  reason: long ago
                  expires: 2000-01-01
                """);

        // WHEN
        VerifyRun run = VerifyRun.verifyFixtures(root.resolve("reports"), "--waivers", waivers.toString());

        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        ConformanceSummary s = Reports.readSummary(
                VerifyAcceptanceTest.latestRun(root.resolve("reports")).resolve("summary.json"));
        then(s.verdict()).isEqualTo("conformant");
        then(s.totals().checks().waived()).isEqualTo(3);
        then(s.totals().checks().failed()).isZero();
        then(s.failures()).isEmpty();
        then(s.waived()).hasSize(3).allSatisfy(f -> then(f.waiver().reason()).startsWith("vendor ticket"));
        then(s.waivers().noLongerNeeded()).singleElement().satisfies(w -> {
            then(w.requirement()).isEqualTo("FX-GRANTED");
            then(w.note()).isEqualTo("waiver no longer needed");
            then(w.line()).isEqualTo(8);
        });
        then(s.waivers().unmatched()).singleElement().satisfies(w -> then(w.requirement()).isEqualTo("FX-NOPE"));
        then(s.waivers().expired()).singleElement().satisfies(w -> then(w.requirement()).isEqualTo("FX-WX-SETTING"));
        String html = Files.readString(VerifyAcceptanceTest.latestRun(root.resolve("reports")).resolve("summary.html"));
        then(html).contains("waiver no longer needed").contains("waiver matches nothing").contains("Waived failures");
        then(run.out()).contains("waiver for FX-GRANTED (line 8) no longer needed");
    }

    @Test
    void should_exit_3_when_the_target_cannot_open_a_session() {
        // WHEN
        VerifyRun run = VerifyRun.verifyFixtures(root, "--target", "class:io.scopekit.testsupport.UnreachableTarget",
                "--tags", "@req-FX-GRANTED");

        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNREACHABLE);
        then(run.err()).contains("target unreachable").contains("connection refused by fixture runtime");
    }

    @Test
    void should_exit_3_when_the_target_url_does_not_answer() {
        VerifyRun run = VerifyRun.verifyFixtures(root, "--target", "http://127.0.0.1:1/");

        then(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        then(run.err()).contains("does not answer");
    }

    @Test
    void should_exit_2_when_the_target_class_does_not_exist() {
        VerifyRun run = VerifyRun.verifyFixtures(root, "--target", "class:no.such.Target");

        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("no.such.Target");
    }

    @Test
    void should_report_a_scenario_error_redacted_when_a_step_breaks_without_a_check() throws Exception {
        // WHEN
        VerifyRun run = VerifyRun.verify(root, Path.of("scopekit-cli/src/test/resources/fixtures/features-broken"));

        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        ConformanceSummary s = Reports.readSummary(VerifyAcceptanceTest.latestRun(root).resolve("summary.json"));
        then(s.errors()).singleElement().satisfies(e -> {
            then(e.platform()).isEqualTo("alipay");
            then(e.requirement()).isEqualTo("FX-BROKEN");
            then(e.status()).isEqualTo("failed");
            then(e.message()).contains("session lost").contains("token=[REDACTED]").doesNotContain("abcdef123456");
        });
    }

    @Test
    void should_list_the_undefined_step_when_a_scenario_has_a_step_without_definition() throws Exception {
        // WHEN
        VerifyRun run = VerifyRun.verify(root, Path.of("scopekit-cli/src/test/resources/fixtures/features-undefined"));

        // THEN the scenario is an error naming the step, and the run is non-conformant
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        Path runDir = VerifyAcceptanceTest.latestRun(root);
        ConformanceSummary s = Reports.readSummary(runDir.resolve("summary.json"));
        then(s.errors()).singleElement().satisfies(e -> {
            then(e.requirement()).isEqualTo("FX-UNDEFINED");
            then(e.status()).isEqualTo("undefined");
            then(e.message()).startsWith("undefined step: ").contains("the user does something no glue knows about");
        });
        then(Files.readString(runDir.resolve("summary.md"))).contains("undefined step: ");
        then(Files.readString(runDir.resolve("summary.html"))).contains("undefined step: ");
    }
}
