package io.scopekit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.scopekit.cli.ExitCode;
import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets that block — in an action, in their constructor, or as an HTTP server trickling its answer — end the run
 * within their timeouts, with a complete report where there is one to write.
 */
class HostileTargetAcceptanceTest {
    private static final String TWO_SCENARIOS = "@req-AP-SILENT-CALL or @req-AP-SILENT-AUTHORIZE";

    @TempDir
    Path root;

    @Test
    @Timeout(60)
    void should_report_a_target_error_with_the_elapsed_time_and_finish_the_run_when_every_action_blocks()
            throws Exception {
        // GIVEN a target whose every action blocks for ever, and a step timeout of half a second
        // WHEN two scenarios run against it
        VerifyRun run = VerifyRun.run("verify", "--target", "class:io.scopekit.testsupport.HostileTargets$Sleeping",
                "--platform", "alipay", "--tags", TWO_SCENARIOS, "--step-timeout", "500ms",
                "--report", root.toString());

        // THEN the run ends non-conformant with a complete report: each scenario failed on a timed-out target call
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        ConformanceSummary summary = Reports.readSummary(root.resolve("latest").resolve(Reports.SUMMARY_JSON));
        then(summary.totals().scenarios()).isEqualTo(2);
        then(summary.failures()).isNotEmpty().allSatisfy(f -> then(f.observed())
                .containsPattern("timed out after \\d+\\.\\d s (calling|asking ahead).* \\(step timeout 500ms\\)"));
    }

    @Test
    @Timeout(60)
    void should_end_the_scenario_when_the_scenario_timeout_is_spent() throws Exception {
        // GIVEN a step timeout longer than the scenario timeout
        // WHEN the scenarios run against a target that blocks
        VerifyRun run = VerifyRun.run("verify", "--target", "class:io.scopekit.testsupport.HostileTargets$Sleeping",
                "--platform", "alipay", "--tags", TWO_SCENARIOS, "--step-timeout", "1h", "--scenario-timeout", "300ms",
                "--report", root.toString());

        // THEN the scenario timeout ends each wait, and says so
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        ConformanceSummary summary = Reports.readSummary(root.resolve("latest").resolve(Reports.SUMMARY_JSON));
        then(summary.failures()).isNotEmpty()
                .allSatisfy(f -> then(f.observed()).contains("(scenario timeout 300ms)"));
    }

    @Test
    @Timeout(60)
    void should_fail_every_remaining_target_call_at_once_when_the_run_timeout_is_spent() throws Exception {
        // WHEN the scenarios run against a blocking target with only the run timeout short
        VerifyRun run = VerifyRun.run("verify", "--target", "class:io.scopekit.testsupport.HostileTargets$Sleeping",
                "--platform", "alipay", "--tags", TWO_SCENARIOS, "--step-timeout", "1h", "--scenario-timeout", "1h",
                "--run-timeout", "700ms", "--report", root.toString());

        // THEN the run finishes with a complete report, every failure naming the run timeout
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        ConformanceSummary summary = Reports.readSummary(root.resolve("latest").resolve(Reports.SUMMARY_JSON));
        then(summary.totals().scenarios()).isEqualTo(2);
        then(summary.failures()).isNotEmpty().allSatisfy(f -> then(f.observed()).contains("(run timeout 700ms)"));
    }

    @Test
    @Timeout(60)
    void should_finish_the_run_when_closing_the_target_blocks() {
        VerifyRun run = VerifyRun.run("verify", "--target",
                "class:io.scopekit.testsupport.HostileTargets$BlockingClose", "--platform", "alipay", "--tags",
                TWO_SCENARIOS, "--step-timeout", "500ms", "--report", root.toString());

        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        then(run.out()).startsWith("conformant: 2 scenarios");
    }

    @Test
    @Timeout(60)
    void should_exit_3_without_a_report_when_the_target_constructor_blocks() {
        // WHEN the target's constructor never returns
        VerifyRun run = VerifyRun.run("verify", "--target",
                "class:io.scopekit.testsupport.HostileTargets$BlockingConstructor", "--platform", "alipay",
                "--step-timeout", "500ms", "--report", root.toString());

        // THEN verify gives up after the step timeout: the target is unreachable, and nothing was written
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNREACHABLE);
        then(run.err()).contains("did not start").contains("step timeout 500ms");
        then(root.toFile().list()).isNullOrEmpty();
    }

    @Test
    @Timeout(60)
    void should_exit_3_when_an_http_target_trickles_its_answer_slower_than_the_step_timeout() {
        // GIVEN a server that sends its answer in 20 chunks over 20 seconds (each read well within the read timeout)
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("x".repeat(2000))
                    .withChunkedDribbleDelay(20, 20_000)));
            long start = System.nanoTime();

            // WHEN verify probes it with a step timeout of one second
            VerifyRun run = VerifyRun.run("verify", "--target", "http://localhost:" + server.port() + "/",
                    "--step-timeout", "1s", "--report", root.toString());

            // THEN the probe gives up after the step timeout, not after the whole trickle
            then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNREACHABLE);
            then(run.err()).contains("does not answer in time");
            then(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        } finally {
            server.stop();
        }
    }

    @Test
    void should_exit_3_when_an_upper_case_http_url_has_nothing_listening() {
        VerifyRun run = VerifyRun.run("verify", "--target", "HTTP://127.0.0.1:1/", "--report", root.toString());

        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNREACHABLE);
        then(run.err()).contains("does not answer");
    }

    @Test
    void should_redact_the_target_identity_in_run_json_and_summary_json() throws Exception {
        // GIVEN a target whose identity carries a token, a short Feishu token and a bearer credential
        // WHEN it is verified
        VerifyRun run = VerifyRun.run("verify", "--target",
                "class:io.scopekit.testsupport.HostileTargets$SecretIdentity", "--platform", "alipay",
                "--tags", TWO_SCENARIOS, "--report", root.toString());

        // THEN no report file holds them
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        Path dir = root.resolve("latest");
        for (String file : new String[] {Reports.RUN_JSON, Reports.SUMMARY_JSON, Reports.SUMMARY_MD,
                Reports.SUMMARY_HTML}) {
            then(Files.readString(dir.resolve(file))).as(file).doesNotContain("abc.def")
                    .doesNotContain("abcdef123456").doesNotContain("eyJhbGciOi").contains("[REDACTED]");
        }
    }
}
