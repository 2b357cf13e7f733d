package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.report.Reports;
import io.scopekit.report.RunInfo;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Runs {@code scopekit verify} in its own JVM under a file size limit ({@code ulimit -f}, the unprivileged stand-in
 * for a full disk): a write past the limit fails with EFBIG ("File too large") because HotSpot ignores SIGXFSZ, so
 * the JVM goes on and must notice. A report that was not written must never leave a verdict behind (issue 24,
 * item 1).
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: scopekit runs in its own JVMs")
@DisabledOnOs(OS.WINDOWS)
@ResourceLock("FullDiskAcceptanceTest") // its own fixtures: its methods stay in its thread, in order
class FullDiskAcceptanceTest {

    /** The fixture run fails two requirements on a normal disk (exit 1); its cucumber.html is about 1 MB. */
    private static final List<String> FAILING_RUN = List.of("verify", "--glue", VerifyRun.FIXTURE_GLUE,
            "--features", VerifyRun.FIXTURE_FEATURES.toString());

    @TempDir
    Path root;

    @Test
    @Timeout(240)
    void should_exit_5_leave_the_run_unfinished_and_not_move_latest_when_the_html_report_outgrows_the_disk()
            throws Exception {
        // GIVEN a finished run that latest points at
        Path reports = root.resolve("reports");
        Finished first = scopekit(0, "--report", reports.toString());
        then(first.exitCode()).as(first.err()).isEqualTo(ExitCode.FINDINGS);
        Path previous = reports.resolve(Reports.LATEST).toRealPath();

        // WHEN the same failing run writes its reports where no file may grow past 200 KiB (cucumber.html cannot)
        Finished full = scopekit(200, "--report", reports.toString());

        // THEN it ends with the documented code, names what it could not write, and states no verdict
        then(full.exitCode()).as(full.err()).isEqualTo(ExitCode.REPORT_NOT_WRITTEN);
        then(full.err()).contains("cannot write the reports").contains("File too large");
        then(full.out()).doesNotContain("conformant");
        // AND latest still points at the earlier run; the new run is marked failed, never complete
        then(reports.resolve(Reports.LATEST).toRealPath()).isEqualTo(previous);
        Path run = newestRunBesides(reports, previous);
        then(Reports.readRunInfos(run)).singleElement()
                .satisfies(i -> then(i.status()).isEqualTo(RunInfo.FAILED));
        // AND no half-written file and no summary is left behind
        then(names(run)).noneMatch(n -> n.startsWith(".scopekit-tmp-"))
                .doesNotContain(Reports.SUMMARY_JSON, Reports.SUMMARY_MD, Reports.SUMMARY_HTML, Reports.BADGE_SVG);
    }

    @Test
    @Timeout(240)
    void should_exit_5_and_state_no_verdict_when_the_messages_stream_outgrows_the_disk() throws Exception {
        // WHEN the failing run writes where no file may grow past 20 KiB (the messages stream is about 80 KiB)
        Path reports = root.resolve("reports");
        Finished full = scopekit(20, "--report", reports.toString());

        // THEN
        then(full.exitCode()).as(full.err()).isEqualTo(ExitCode.REPORT_NOT_WRITTEN);
        then(full.err()).contains("cannot write the reports");
        then(full.out()).doesNotContain("conformant");
        then(Files.exists(reports.resolve(Reports.LATEST))).isFalse();
        Path run = newestRunBesides(reports, null);
        then(names(run)).noneMatch(n -> n.startsWith(".scopekit-tmp-"))
                .doesNotContain("messages.ndjson", Reports.SUMMARY_JSON);
        then(Files.readString(run.resolve(Reports.RUN_JSON))).doesNotContain("\"complete\"");
    }

    private record Finished(int exitCode, String out, String err) {}

    /** Runs scopekit in a child JVM; {@code kib} > 0 limits the size of every file it writes. */
    private Finished scopekit(int kib, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        StringBuilder command = new StringBuilder();
        if (kib > 0) {
            // bash counts ulimit -f in 1024-byte blocks; exec keeps the limit on the JVM itself
            command.append("ulimit -f ").append(kib).append("; ");
        }
        command.append("exec ").append(quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()))
                .append(" -cp ").append(quote(System.getProperty("java.class.path")))
                .append(" io.scopekit.cli.Main");
        for (String a : FAILING_RUN) {
            command.append(' ').append(quote(a));
        }
        for (String a : args) {
            command.append(' ').append(quote(a));
        }
        Process p = new ProcessBuilder("bash", "-c", command.toString()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        then(p.waitFor(200, TimeUnit.SECONDS)).as("scopekit finished").isTrue();
        return new Finished(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static Path newestRunBesides(Path reports, Path previous) throws IOException {
        try (Stream<Path> runs = Files.list(reports)) {
            List<Path> all = runs.filter(Files::isDirectory).filter(p -> !Files.isSymbolicLink(p))
                    .filter(p -> previous == null || !p.getFileName().equals(previous.getFileName())).toList();
            then(all).hasSize(1);
            return all.get(0);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
