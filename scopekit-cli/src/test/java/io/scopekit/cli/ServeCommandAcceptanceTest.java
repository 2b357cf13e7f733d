package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.VerifyRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import io.scopekit.testsupport.SharedResources;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the README's {@code ./scopekit serve} and {@code ./scopekit verify --target http://…} together: the
 * reference served over the target protocol is verified with the same verdict as in-process.
 */
@ResourceLock(SharedResources.SERVE_STOP)
class ServeCommandAcceptanceTest {
    private static final String SCENARIOS = "@req-AP-SILENT-CALL or @req-AP-SILENT-AUTHORIZE";

    @TempDir
    Path root;

    @Test
    @Timeout(120)
    void should_verify_the_served_reference_with_the_in_process_verdict_when_serve_runs() throws Exception {
        // GIVEN ./scopekit serve --port 0 running
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> Main.run(
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "serve", "--port", "0"));
        String url = awaitUrl(out);

        // WHEN the same scenarios are verified in-process and against it, with a target timeout
        VerifyRun inProcess = VerifyRun.run("verify", "--tags", SCENARIOS, "--report", root.resolve("a").toString());
        VerifyRun overHttp = VerifyRun.run("verify", "--target", url, "--target-timeout", "5s", "--tags", SCENARIOS,
                "--report", root.resolve("b").toString());

        // THEN both are conformant with the same verdict line
        then(overHttp.exitCode()).as(overHttp.err()).isEqualTo(ExitCode.OK);
        then(overHttp.out()).contains(inProcess.out().lines().filter(l -> l.startsWith("conformant")).findFirst()
                .orElseThrow());
        ServeCommand.STOP.countDown();
        then(serving.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
    }

    @Test
    void should_exit_2_when_serve_is_given_a_url() {
        VerifyRun run = VerifyRun.run("serve", "--target", "http://127.0.0.1:1");

        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("serve an in-process target");
    }

    @Test
    void should_exit_2_when_the_target_timeout_is_not_a_duration() {
        VerifyRun run = VerifyRun.run("verify", "--target", "http://127.0.0.1:1", "--target-timeout", "soon",
                "--report", root.toString());

        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("'soon' is not a timeout");
    }

    private static String awaitUrl(StringWriter out) throws InterruptedException {
        Pattern url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+) ");
        for (int i = 0; i < 600; i++) {
            Matcher m = url.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no URL: " + out);
    }
}
