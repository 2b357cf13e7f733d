package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.target.http.TargetServer;
import io.scopekit.testsupport.OneContainerPortTarget;
import io.scopekit.testsupport.VerifyRun;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 5: a target declares the containers and app kinds it implements, not only its platforms. A port
 * runtime of one container ({@code @uni/authorize} in WeChat) passes {@code verify --target …} without
 * {@code --platform}, its scenarios in other containers not run; the certificate names what was judged; a
 * {@code --platform} of an app kind the target does not declare is a usage error naming both.
 */
class OneContainerTargetAcceptanceTest {
    private static final String JAVA_TARGET = "class:" + OneContainerPortTarget.class.getName();
    private static final String JUDGED = "uni-authorize (the target declares uni-authorize; containers wechat: a port "
            + "is judged in those only)";

    @TempDir
    Path root;

    @Test
    @Timeout(300)
    void should_pass_in_its_one_container_only_when_a_java_target_declares_one_platform_and_container()
            throws Exception {
        // GIVEN a Java target implementing @uni/authorize in WeChat only (open() refuses every other container)

        // WHEN verify runs it without --platform
        VerifyRun run = VerifyRun.run("verify", "--target", JAVA_TARGET, "--report", root.toString());

        // THEN only the WeChat container's port scenarios ran, they pass, and the certificate says what was judged
        then(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        thenJudgedOnlyTheWechatContainer(root);
    }

    @Test
    @Timeout(300)
    void should_pass_in_its_one_container_only_when_an_http_target_declares_one_platform_and_container()
            throws Exception {
        // GIVEN the same runtime served over the target protocol (coverage in GET /v1/target)
        try (TargetServer server = TargetServer.start(new OneContainerPortTarget(), null,
                new InetSocketAddress("127.0.0.1", 0))) {
            // WHEN verify runs it without --platform
            VerifyRun run = VerifyRun.run("verify", "--target", server.uri().toString(), "--report",
                    root.toString());

            // THEN
            then(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
            thenJudgedOnlyTheWechatContainer(root);
        }
    }

    @Test
    void should_exit_2_naming_both_when_platform_asks_for_an_app_kind_the_target_does_not_declare() {
        // GIVEN a target declaring the app kind mini-program only

        // WHEN verify is asked for the WeChat mini-game
        VerifyRun run = VerifyRun.run("verify", "--target", "class:" + OneContainerPortTarget.MiniProgramsOnly.class
                .getName(), "--platform", "wechat-minigame", "--report", root.toString());

        // THEN it is a usage error naming the app kind asked for and the one declared; nothing was run
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("--platform wechat-minigame: the target uni-wechat-only does not implement it",
                "wechat-minigame hosts mini-game", "declares the app kinds mini-program");
        then(root.resolve(Reports.LATEST)).doesNotExist();
    }

    @Test
    void should_exit_2_naming_both_when_platform_asks_for_one_the_container_target_does_not_declare() {
        // GIVEN / WHEN the one-container target is asked for Alipay
        VerifyRun run = VerifyRun.run("verify", "--target", JAVA_TARGET, "--platform", "alipay", "--report",
                root.toString());

        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("--platform alipay", "uni-wechat-only", "declares uni-authorize");
        then(root.resolve(Reports.LATEST)).doesNotExist();
    }

    private static void thenJudgedOnlyTheWechatContainer(Path root) throws Exception {
        Path latest = root.resolve(Reports.LATEST);
        ConformanceSummary summary = Reports.readSummary(latest.resolve(Reports.SUMMARY_JSON));
        int all = countListed(VerifyRun.run("verify", "--list", "--platform", OneContainerPortTarget.PLATFORM));
        then(summary.totals().scenarios()).isPositive().isLessThan(all);
        then(summary.totals().checks().failed()).isZero();
        then(summary.errors()).isEmpty();
        then(summary.certificate().platforms()).extracting(ConformanceSummary.PlatformVerdict::platform)
                .containsExactly(OneContainerPortTarget.PLATFORM);
        then(summary.certificate().target().containers()).isEqualTo(List.of(OneContainerPortTarget.CONTAINER));
        then(Files.readString(latest.resolve(Reports.SUMMARY_MD), StandardCharsets.UTF_8))
                .contains("- Platforms judged: " + JUDGED);
        then(Files.readString(latest.resolve(Reports.SUMMARY_HTML), StandardCharsets.UTF_8))
                .contains("<th>Platforms judged</th><td>" + JUDGED + "</td>");
        // the checks of the run were all made in WeChat
        then(Files.readString(latest.resolve("messages.ndjson"), StandardCharsets.UTF_8))
                .contains("\\\"container\\\":\\\"wechat\\\"").doesNotContain("\\\"container\\\":\\\"alipay\\\"")
                .doesNotContain("\\\"container\\\":\\\"baidu\\\"");
    }

    private static int countListed(VerifyRun list) {
        String last = list.out().strip().lines().reduce((a, b) -> b).orElse("0");
        return Integer.parseInt(last.replaceAll("[^0-9]", ""));
    }
}
