package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, item 4: a run's results can be checked by anyone. A real run against a failing target is edited the way
 * the adversarial probe did ({@code sed s/failed/passed/g messages.ndjson}); {@code report merge} and
 * {@code report verify} recompute every check from its own expected, stated and observed values and refuse it.
 */
class RunAttestationAcceptanceTest {

    @TempDir
    static Path shared;

    /** A complete run whose target forgets scripted answers, so consent prompts end in failed checks. */
    private static Path failingRun;

    @TempDir
    Path root;

    @BeforeAll
    static void runAgainstAFailingTarget() throws IOException {
        VerifyRun run = VerifyRun.run("verify", "--target", "class:io.scopekit.testsupport.ForgetfulTarget",
                "--platform", "wechat-miniprogram", "--tags", "@behaviour-never-asked-call",
                "--report", shared.resolve("forgetful").toString());
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        failingRun = shared.resolve("forgetful").resolve("latest").toRealPath();
    }

    @Test
    void should_refuse_to_merge_a_run_whose_failed_checks_were_edited_to_passed() throws IOException {
        // GIVEN a copy of the failing run with every "failed" turned into "passed", as sed would
        Path run = copy(failingRun, root.resolve("edited"));
        sed(run.resolve("messages.ndjson"), "failed", "passed");

        // WHEN it is merged on its own
        VerifyRun merge = VerifyRun.run("report", "merge", run.toString(), "--out", root.resolve("out").toString());

        // THEN the merge refuses it, naming the file, the line and the check whose values disagree with its status
        then(merge.exitCode()).as(merge.out() + merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.out()).doesNotContain("conformant:");
        then(merge.err()).contains(run.resolve("messages.ndjson") + ":")
                .contains("recorded passed but its values give failed")
                .contains("WMP-NEVER-ASKED");
        then(root.resolve("out").resolve("summary.json")).doesNotExist();
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    static void sed(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        then(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
