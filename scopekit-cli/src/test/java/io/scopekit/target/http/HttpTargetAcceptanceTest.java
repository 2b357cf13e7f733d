package io.scopekit.target.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.scopekit.cli.ExitCode;
import io.scopekit.harness.PermissionTargets;
import io.scopekit.target.reference.ReferenceTarget;
import io.scopekit.testsupport.VerifyRun;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code verify --target http://…} end to end: against the reference served over the protocol it gives the
 * in-process verdict and attaches every exchange, redacted; a target that cannot describe itself ends the run with
 * exit 3 before any scenario.
 */
class HttpTargetAcceptanceTest {
    private static final String SCENARIOS = "@req-UNI-ALIPAY-RESPONSE or @req-UNI-SILENT-AUTHORIZE or @req-AP-SILENT-CALL";

    @TempDir
    Path root;

    @Test
    @Timeout(120)
    void should_give_the_in_process_verdict_when_the_reference_is_verified_over_http() throws Exception {
        // GIVEN the reference runtime and open platform served over the protocol
        try (TargetServer server = TargetServer.start(new ReferenceTarget(), PermissionTargets.resolve("reference"),
                new InetSocketAddress("127.0.0.1", 0))) {
            // WHEN the same scenarios are verified in-process and over HTTP
            VerifyRun inProcess = VerifyRun.run("verify", "--tags", SCENARIOS, "--report",
                    root.resolve("in-process").toString());
            VerifyRun overHttp = VerifyRun.run("verify", "--target", server.uri().toString(), "--tags", SCENARIOS,
                    "--report", root.resolve("http").toString());

            // THEN both print the same verdict line
            then(overHttp.exitCode()).as(overHttp.err()).isEqualTo(ExitCode.OK);
            then(verdict(overHttp.out())).isEqualTo(verdict(inProcess.out())).startsWith("conformant: 6 scenarios");
            // AND every scenario carries its exchanges, with Alipay's authCode redacted
            String messages = Files.readString(root.resolve("http/latest/messages.ndjson"));
            then(messages.split("application/vnd.scopekit.exchanges\\+json", -1)).hasSize(7);
            then(messages).contains("/v1/sessions").contains("authCode").doesNotContain("reference-auth-code");
        }
    }

    @Test
    void should_exit_3_before_any_scenario_when_the_target_describes_itself_in_another_protocol_version() {
        // GIVEN a target whose description speaks another version
        WireMockServer wiremock = new WireMockServer(options().dynamicPort());
        wiremock.start();
        try {
            wiremock.stubFor(get(urlPathEqualTo("/v1/target")).willReturn(aResponse().withStatus(200)
                    .withBody("{\"protocol\":\"scopekit-target/9\"}")));

            // WHEN it is verified
            VerifyRun run = VerifyRun.run("verify", "--target", "http://127.0.0.1:" + wiremock.port() + "/",
                    "--report", root.toString());

            // THEN the run ends unreachable with one line naming the version, and no scenario ran
            then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNREACHABLE);
            then(run.err().lines().filter(l -> l.contains("scopekit-target/9")).toList()).singleElement()
                    .asString().contains("GET /v1/target: the answer speaks protocol \"scopekit-target/9\"");
            then(root.toFile().list()).isNullOrEmpty();
        } finally {
            wiremock.stop();
        }
    }

    @Test
    @Timeout(60)
    void should_exit_3_before_any_scenario_when_the_target_accepts_connections_but_never_answers() throws Exception {
        // GIVEN a socket that accepts connections and never writes a byte
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            // WHEN it is verified with a one-second target timeout
            VerifyRun run = VerifyRun.run("verify", "--target", "http://127.0.0.1:" + silent.getLocalPort(),
                    "--target-timeout", "1s", "--report", root.toString());

            // THEN the run ends unreachable, with the timeout as the reason
            then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNREACHABLE);
            then(run.err()).contains("does not answer").contains("no complete answer within 1s (--target-timeout)");
            then(root.toFile().list()).isNullOrEmpty();
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    private static String verdict(String out) {
        return out.lines().filter(l -> l.startsWith("conformant") || l.startsWith("non-conformant")).findFirst()
                .orElse("(no verdict line in: " + out + ")");
    }
}
