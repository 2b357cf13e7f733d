package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code bash} block of docs/reports.md, "Verifying a run", as written: each {@code ./scopekit} line in
 * order, its relative paths ({@code reports/…}, {@code certifier…}) moved into a temporary directory, each exiting
 * 0 as the block says; then changes one bound file and shows the last line's promise ("exit 1 once a bound file …
 * changes") holds.
 */
class ReportsDocExamplesTest {

    @TempDir
    Path tmp;

    @Test
    void should_verify_sign_and_verify_with_the_key_when_the_docs_verifying_a_run_block_is_run() throws IOException {
        // GIVEN the doc's commands
        List<String> commands = commands();
        then(commands).as("docs/reports.md, Verifying a run").hasSize(5);
        String last = null;
        for (String command : commands) {
            List<String> args = new ArrayList<>();
            for (String word : command.substring("./scopekit ".length()).trim().split("\\s+")) {
                args.add(word.startsWith("reports/") || word.startsWith("certifier") ? tmp.resolve(word).toString()
                        : word);
            }
            // WHEN each runs
            VerifyRun r = VerifyRun.run(args.toArray(String[]::new));

            // THEN it exits 0 with something to say
            then(r.exitCode()).as(command + "\n" + r.out() + r.err()).isZero();
            then(r.out()).as(command).isNotBlank();
            last = String.join(" ", args);
        }
        then(last).contains("report verify").contains("--key");

        // AND once a bound file changes, the last command exits 1
        Path run = Reports.runDirOf(tmp.resolve("reports/attest")).toRealPath();
        Files.writeString(run.resolve("summary.md"), "conformant\n");
        VerifyRun changed = VerifyRun.run(last.split(" "));
        then(changed.exitCode()).as(changed.out() + changed.err()).isEqualTo(ExitCode.FINDINGS);
        then(changed.err()).contains(run.resolve("summary.md") + ": SHA-256 ");
    }

    private static List<String> commands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean section = false;
        boolean bash = false;
        for (String line : Files.readAllLines(Path.of("docs/reports.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                section = line.equals("## Verifying a run");
            }
            if (!section) {
                continue;
            }
            if (line.startsWith("```")) {
                bash = line.equals("```bash");
                continue;
            }
            String code = line.replaceFirst("\\s+#.*$", "").strip();
            if (bash && code.startsWith("./scopekit ")) {
                commands.add(code);
            }
        }
        return commands;
    }
}
