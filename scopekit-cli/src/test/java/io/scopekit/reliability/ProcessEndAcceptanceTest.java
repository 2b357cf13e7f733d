package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs {@code scopekit} in its own JVM (as the launcher does) and ends that JVM early: by a target calling
 * {@code System.exit(0)}, and by SIGTERM. Neither may look like a finished run.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: scopekit runs in its own JVMs")
@ResourceLock("ProcessEndAcceptanceTest") // its own fixtures: its methods stay in its thread, in order
class ProcessEndAcceptanceTest {
    private static final String TWO_SCENARIOS = "@req-AP-SILENT-CALL or @req-AP-SILENT-AUTHORIZE";

    @TempDir
    Path root;

    @Test
    @Timeout(120)
    void should_exit_4_naming_the_caller_and_not_move_latest_when_a_target_calls_system_exit_0() throws Exception {
        // WHEN verify runs against a target that calls System.exit(0) in its first action
        Process p = scopekit("verify", "--target", "class:io.scopekit.testsupport.HostileTargets$Exiting",
                "--platform", "alipay", "--tags", TWO_SCENARIOS, "--report", root.toString());
        then(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(stderr);

        // THEN the process does not exit 0: it says the command did not finish, and who ended it
        then(p.exitValue()).as(err).isEqualTo(ExitCode.NOT_FINISHED);
        then(err).contains("the command did not finish")
                .contains("System.exit was called by io.scopekit.testsupport.HostileTargets$Exiting");
        // AND no verdict exists: latest was never pointed, the run is marked interrupted
        then(Files.exists(root.resolve("latest"))).isFalse();
        Path run = onlyRun();
        then(Files.readString(run.resolve(Reports.RUN_JSON))).containsPattern("\"status\"\\s*:\\s*\"interrupted\"");
        then(Files.exists(run.resolve(Reports.SUMMARY_JSON))).isFalse();
    }

    @Test
    @Timeout(120)
    @DisabledOnOs(OS.WINDOWS)
    void should_exit_130_mark_the_run_interrupted_and_not_move_latest_when_sent_sigterm() throws Exception {
        // GIVEN a run blocked in a target that never answers
        Process p = scopekit("verify", "--target", "class:io.scopekit.testsupport.HostileTargets$Sleeping",
                "--platform", "alipay", "--tags", TWO_SCENARIOS, "--step-timeout", "1h", "--scenario-timeout", "1h",
                "--report", root.toString());
        while (!Files.readString(stderr).contains("scopekit: running ")) {
            then(p.isAlive()).as(Files.readString(stderr)).isTrue();
            Thread.sleep(100);
        }
        Thread.sleep(500);

        // WHEN it is sent SIGTERM
        p.destroy();
        then(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(stderr);

        // THEN it exits 130, says so, marks the run interrupted, leaves no temp file and no latest
        then(p.exitValue()).as(err).isEqualTo(ExitCode.INTERRUPTED);
        then(err).contains("interrupted by SIGTERM");
        then(Files.exists(root.resolve("latest"))).isFalse();
        Path run = onlyRun();
        then(Files.readString(run.resolve(Reports.RUN_JSON))).containsPattern("\"status\"\\s*:\\s*\"interrupted\"");
        try (Stream<Path> files = Files.list(run)) {
            then(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".scopekit-tmp-"));
        }
    }

    private Path onlyRun() throws IOException {
        try (Stream<Path> runs = Files.list(root).filter(f -> !f.equals(stderr))) {
            List<Path> all = runs.toList();
            then(all).hasSize(1);
            return all.get(0);
        }
    }

    private Path stderr;

    private Process scopekit(String... args) throws IOException {
        stderr = Files.createTempFile("scopekit-stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.scopekit.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
    }
}
