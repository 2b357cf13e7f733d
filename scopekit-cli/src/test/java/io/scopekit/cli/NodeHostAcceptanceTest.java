package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import io.scopekit.testsupport.NodeJs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole client-platform suite against the Node host hosting the reference behaviour, over the target
 * protocol, and compares the verdict line with the in-process reference run of the same platforms.
 */
class NodeHostAcceptanceTest {
    /** Every client platform and the port; feishu-openplatform (server side) is not served by the Node host. */
    static final List<String> CLIENT_PLATFORMS = List.of("feishu-gadget", "wechat-minigame", "wechat-miniprogram",
            "alipay", "baidu", "bytedance", "bytedance-minigame", "kuaishou", "kuaishou-minigame", "uni-authorize");

    @BeforeAll
    static void node() {
        NodeJs.assumeHost();
    }

    @Test
    void should_give_the_in_process_verdict_when_the_client_suite_runs_against_the_node_host(@TempDir Path root) {
        // GIVEN the Node host in reference mode, and the same platforms in process
        CliRun.Result inProcess = CliRun.scopekit(args("reference", root.resolve("in-process")));
        try (NodeHostProcess host = NodeHostProcess.start(NodeHostProcess.kitHome(), "node", null,
                NodeHostProcess.kitHome().resolve("platform-specs"), Duration.ofSeconds(60))) {
            // WHEN
            CliRun.Result overHttp = CliRun.scopekit(args(host.url(), root.resolve("node")));

            // THEN the same verdict, scenarios, steps and checks
            then(inProcess.exitCode()).as(inProcess.err()).isEqualTo(ExitCode.OK);
            then(overHttp.exitCode()).as(overHttp.err()).isEqualTo(ExitCode.OK);
            then(verdict(overHttp.out())).isEqualTo(verdict(inProcess.out())).startsWith("conformant: ");
        }
    }

    private static String[] args(String target, Path report) {
        List<String> args = new ArrayList<>(List.of("verify", "--target", target, "--report", report.toString()));
        CLIENT_PLATFORMS.forEach(p -> args.addAll(List.of("--platform", p)));
        return args.toArray(String[]::new);
    }

    private static String verdict(String out) {
        return out.lines().filter(l -> l.startsWith("conformant") || l.startsWith("non-conformant")).findFirst()
                .orElse(out);
    }
}
