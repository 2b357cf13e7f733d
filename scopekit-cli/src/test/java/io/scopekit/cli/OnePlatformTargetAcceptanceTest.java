package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.OnePlatformTarget;
import io.scopekit.testsupport.VerifyRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import io.scopekit.testsupport.SharedResources;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 21, item 5: a runtime that implements one platform declares it ({@code Target.coverage()}, or
 * {@code coverage} in {@code GET /v1/target}) and passes {@code verify --target …} without {@code --platform}; the
 * certificate names the platforms judged.
 */
@ResourceLock(SharedResources.SERVE_STOP)
class OnePlatformTargetAcceptanceTest {
    private static final String JAVA_TARGET = "class:" + OnePlatformTarget.class.getName();

    @TempDir
    Path root;

    @Test
    @Timeout(300)
    void should_be_conformant_on_its_platform_only_when_a_java_target_declares_one_platform() throws Exception {
        // GIVEN a Java target implementing Kuaishou only (open() refuses every other platform)

        // WHEN verify runs it without --platform
        VerifyRun run = VerifyRun.run("verify", "--target", JAVA_TARGET, "--report", root.toString());

        // THEN only its platform is judged, it passes, and the certificate says so
        then(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        thenJudgedOnlyKuaishou(root);
    }

    @Test
    @Timeout(300)
    void should_be_conformant_on_its_platform_only_when_an_http_target_declares_one_platform() throws Exception {
        // GIVEN the reference served over the target protocol as a one-platform runtime (coverage in GET /v1/target)
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> Main.run(
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "serve", "--port", "0",
                "--platform", OnePlatformTarget.PLATFORM));
        String url = awaitUrl(out);
        try {
            // WHEN verify runs it without --platform
            VerifyRun run = VerifyRun.run("verify", "--target", url, "--target-timeout", "10s", "--report",
                    root.toString());

            // THEN only the declared platform is judged, and it passes
            then(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
            thenJudgedOnlyKuaishou(root);
        } finally {
            ServeCommand.STOP.countDown();
        }
        then(serving.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
    }

    @Test
    void should_list_only_the_declared_platforms_scenarios_when_list_runs_against_a_one_platform_target() {
        // GIVEN a target declaring Kuaishou only

        // WHEN verify --list runs against it without --platform
        VerifyRun run = VerifyRun.run("verify", "--list", "--target", JAVA_TARGET, "--report", root.toString());

        // THEN the list is what its run would run: Kuaishou's scenarios, no other platform's
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        then(run.out()).contains("features/kuaishou/").doesNotContain("features/wechat-miniprogram/")
                .doesNotContain("features/alipay/");
    }

    @Test
    void should_exit_2_naming_both_when_platform_asks_for_one_the_target_does_not_declare() {
        // GIVEN a target declaring Kuaishou only

        // WHEN verify is asked for WeChat
        VerifyRun run = VerifyRun.run("verify", "--target", JAVA_TARGET, "--platform", "wechat-miniprogram",
                "--report", root.toString());

        // THEN it is a usage error naming the platform asked for and the one declared; nothing was run
        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("--platform wechat-miniprogram", "kuaishou-only", "declares kuaishou");
        then(root.resolve("latest")).doesNotExist();
    }

    @Test
    void should_exit_2_when_serve_declares_an_unknown_platform() {
        // GIVEN / WHEN
        VerifyRun run = VerifyRun.run("serve", "--port", "0", "--platform", "wechat-mini");

        // THEN
        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("--platform wechat-mini: unknown platform", "wechat-miniprogram");
    }

    private static void thenJudgedOnlyKuaishou(Path root) throws Exception {
        Path latest = root.resolve("latest");
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(latest.resolve("summary.json")));
        JsonNode certificate = summary.get("certificate");
        then(certificate.get("platforms").findValuesAsString("platform")).containsExactly(OnePlatformTarget.PLATFORM);
        then(certificate.get("platforms").get(0).get("result").asString()).isEqualTo("pass");
        then(certificate.get("target").get("platforms").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(List.of(OnePlatformTarget.PLATFORM));
        then(Files.readString(latest.resolve("summary.md"), StandardCharsets.UTF_8))
                .contains("- Platforms judged: kuaishou (the target declares kuaishou)");
        then(Files.readString(latest.resolve("summary.html"), StandardCharsets.UTF_8))
                .contains("<th>Platforms judged</th><td>kuaishou (the target declares kuaishou)</td>");
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
