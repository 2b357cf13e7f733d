package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every {@code ./scopekit} command of docs/timeouts.md, with its reports in a temp folder. */
class TimeoutsDocExampleTest {

    @Test
    void should_run_each_command_of_the_timeouts_doc_when_it_is_executed(@TempDir Path root) throws IOException {
        // GIVEN the commands of the document's bash blocks
        List<String> commands = new ArrayList<>();
        boolean inBash = false;
        for (String line : Files.readAllLines(Path.of("docs/timeouts.md"))) {
            if (line.equals("```bash")) {
                inBash = true;
            } else if (line.equals("```")) {
                inBash = false;
            } else if (inBash && line.startsWith("./scopekit ")) {
                commands.add(line.substring("./scopekit ".length()));
            }
        }
        then(commands).isNotEmpty();

        for (String command : commands) {
            // WHEN it runs
            List<String> args = new ArrayList<>(List.of(command.trim().split("\\s+")));
            args.addAll(List.of("--report", root.toString()));
            VerifyRun run = VerifyRun.run(args.toArray(String[]::new));

            // THEN it succeeds
            then(run.exitCode()).as(command + "\n" + run.err()).isEqualTo(ExitCode.OK);
        }
    }
}
