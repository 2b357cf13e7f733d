package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.report.Redactor;
import io.scopekit.report.ReportInputException;
import io.scopekit.report.Waivers;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gaps in redaction and escaping that hostile targets and careless inputs found. */
class ReportSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void should_redact_short_feishu_tokens_but_not_words() {
        then(Redactor.redact("user token u-abc.def expired")).isEqualTo("user token [REDACTED] expired");
        then(Redactor.redact("tenant t-1x9 ok")).isEqualTo("tenant [REDACTED] ok");
        then(Redactor.redact("a t-shirt. u-turn")).isEqualTo("a t-shirt. u-turn");
    }

    @Test
    void should_redact_the_password_of_a_url() {
        then(Redactor.redact("target HTTP://admin:s3cr3t@10.0.0.1:8080/x does not answer"))
                .isEqualTo("target HTTP://admin:[REDACTED]@10.0.0.1:8080/x does not answer");
    }

    @Test
    void should_not_echo_the_password_of_a_target_url_on_stderr() {
        VerifyRun run = VerifyRun.run("verify", "--target", "http://admin:hunter22@127.0.0.1:1/", "--report",
                tmp.toString());

        then(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        then(run.err()).doesNotContain("hunter22").contains("admin:[REDACTED]@");
    }

    @Test
    void should_write_control_characters_of_target_text_as_visible_escapes_in_summary_md() throws IOException {
        // GIVEN a target whose observed text carries NUL, an OSC title sequence and a CSI colour sequence
        String hostile = "\u0000\u001b]0;owned\u0007\u001b[31mred\u009b";
        Path features = Files.createDirectories(tmp.resolve("features"));
        Files.writeString(features.resolve("hostile.feature"), """
                @platform-alipay @source-002
                Feature: hostile text

                  @req-FX-HOSTILE @behaviour-granted-call
                  Scenario: observed text drives terminals
                    Given the configured target opens a session
                    Then the outcome check for auth_base is failed with expected "success" and observed base64 "%s"
                """.formatted(Base64.getEncoder().encodeToString(hostile.getBytes(StandardCharsets.UTF_8))));

        // WHEN it is verified
        VerifyRun run = VerifyRun.verify(tmp.resolve("reports"), features);

        // THEN summary.md holds the text with visible escapes and not one raw control character
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        String md = Files.readString(tmp.resolve("reports/latest/summary.md"));
        then(md).contains("\\x00\\x1B]0;owned\\x07\\x1B[31mred\\x9B");
        then(md.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f)).isEmpty();
    }

    @Test
    void should_exit_2_without_a_stack_trace_when_an_argument_starts_with_at() {
        // GIVEN an argument picocli would read as an @argument file (a fuzzing finding: "@/" exited 1)
        VerifyRun run = VerifyRun.run("explain", "@/");

        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).doesNotContain("Exception");
    }

    @Test
    void should_name_the_line_when_a_waiver_repeats_a_key() throws IOException {
        Path file = tmp.resolve("waivers.yaml");
        Files.writeString(file, "- requirement: FG-A\n  reason: first\n  expires: 2000-01-01\n  expires: 2999-01-01\n");

        Throwable t = catchThrowable(() -> Waivers.load(file));

        then(t).isInstanceOf(ReportInputException.class).hasMessageContaining(file + ":4:")
                .hasMessageContaining("expires");
    }
}
