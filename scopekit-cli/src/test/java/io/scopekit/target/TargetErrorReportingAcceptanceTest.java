package io.scopekit.target;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real scenarios against a target whose {@code perform} returns {@link TargetError} values, and reads how the
 * reports show them: the harness reports a target error as a finding, with the error's message, not as a crash.
 */
class TargetErrorReportingAcceptanceTest {

    @Test
    void should_report_the_error_message_as_observed_when_the_target_returns_an_unscripted_prompt_error(
            @TempDir Path root) throws IOException {
        // GIVEN a target that forgets scripted answers, so every consent prompt ends in an unscripted-prompt error
        // WHEN the WeChat mini-program scenarios of never-asked calls run against it
        VerifyRun run = VerifyRun.run("verify", "--target", "class:io.scopekit.testsupport.ForgetfulTarget",
                "--platform", "wechat-miniprogram", "--tags", "@behaviour-never-asked-call",
                "--report", root.toString());

        // THEN the run is non-conformant, without scenario errors, and each failure quotes the target's error
        then(run.out()).as(run.err()).startsWith("non-conformant: ");
        ConformanceSummary summary = Reports.readSummary(latestRun(root).resolve(Reports.SUMMARY_JSON));
        then(summary.errors()).isEmpty();
        then(summary.failures()).isNotEmpty().allSatisfy(f -> then(f.observed()).matches(
                "error: prompt consent\\(scope\\.[A-Za-z]+\\) was shown on wechat-miniprogram \\(mini-program\\) "
                        + "but no answer is scripted for consent prompts"));
    }

    private static Path latestRun(Path root) throws IOException {
        try (Stream<Path> runs = Files.list(root)) {
            return runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("latest"))
                    .max(Path::compareTo).orElseThrow();
        }
    }
}
