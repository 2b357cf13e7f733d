package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import com.sun.net.httpserver.HttpServer;
import io.scopekit.cli.ExitCode;
import io.scopekit.target.http.TargetServer;
import io.scopekit.target.reference.ReferenceTarget;
import io.scopekit.testsupport.VerifyRun;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target that answers the start-up probe and then dies (issue 24, item 12): every later call fails to connect,
 * so the run says the target is unreachable (exit 3), not that it is non-conformant (exit 1).
 */
class TargetDiesAcceptanceTest {

    @TempDir
    Path root;

    @Test
    @Timeout(300)
    void should_exit_3_unreachable_when_every_call_after_the_start_up_probe_fails_to_connect() throws Exception {
        // GIVEN the reference's own description, served once by a server that stops as soon as it has answered
        String description;
        try (TargetServer reference = TargetServer.start(new ReferenceTarget(), null,
                new InetSocketAddress("127.0.0.1", 0))) {
            description = HttpClient.newHttpClient().send(HttpRequest.newBuilder(reference.uri().resolve("/v1/target"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        HttpServer dying = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        dying.createContext("/v1/target", exchange -> {
            byte[] body = description.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            new Thread(() -> dying.stop(0), "target-dies").start();
        });
        dying.start();
        URI url = URI.create("http://127.0.0.1:" + dying.getAddress().getPort() + "/");

        // WHEN a run starts against it
        VerifyRun run = VerifyRun.run("verify", "--platform", "alipay", "--target", url.toString(),
                "--target-timeout", "5s", "--report", root.toString());

        // THEN the target is unreachable, with the reason, and no verdict on its behaviour
        then(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.UNREACHABLE);
        then(run.err()).contains("target unreachable").contains("after the start-up probe");
    }
}
