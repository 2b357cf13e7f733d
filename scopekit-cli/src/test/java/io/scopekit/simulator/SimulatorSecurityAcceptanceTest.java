package io.scopekit.simulator;

import static org.assertj.core.api.BDDAssertions.then;

import com.sun.net.httpserver.HttpServer;
import io.scopekit.testsupport.RawHttp;
import io.scopekit.testsupport.RawHttp.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The simulator over HTTP against hostile clients (issue 24, items 5 and 10; docs/simulator.md, Security): WireMock's
 * admin API, web pages, bodies it cannot read, large bodies and slow clients.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: the simulator over HTTP only")
@ResourceLock("SimulatorSecurityAcceptanceTest") // its own fixtures: its methods stay in its thread, in order
class SimulatorSecurityAcceptanceTest {

    private static final String JAVA_NAMES = "(?is).*(exception|java\\.|jakarta|wiremock|jetty).*";

    private static FeishuSimulator simulator;
    private static int port;

    @BeforeAll
    static void start() {
        simulator = FeishuSimulator.create(SimHttp.model(), SimulatorConfig.defaults(SimHttp.model())).start(0);
        port = simulator.port();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static Reply send(String head, String body) throws IOException {
        return RawHttp.send(port, head + "\nHost: 127.0.0.1:" + port, body);
    }

    private static Reply send(String head, byte[] body) throws IOException {
        return RawHttp.send(port, head + "\nHost: 127.0.0.1:" + port, body);
    }

    private static String tokenRequest(String secret) {
        return "{\"app_id\":\"cli_contacts\",\"app_secret\":\"" + secret + "\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /__admin/mappings", "POST /__admin/mappings", "POST /__admin/reset",
        "POST /__admin/shutdown", "PUT /__admin/files/scopekit-probe.txt", "POST /__admin/mappings/save",
        "POST /__admin/recordings/start", "GET /__admin/requests", "GET /__admin/swagger-ui/", "GET /__admin/",
        "GET /__admin", "GET //__admin/mappings", "GET /%5F_admin/mappings", "GET /./__admin/mappings",
        "GET /__files/scopekit-probe.txt"})
    void should_refuse_every_wiremock_admin_path_when_called_without_a_token(String request) throws IOException {
        // GIVEN a running simulator
        // WHEN a WireMock admin path is called, with a JSON body as the admin API takes
        Reply r = send(request + " HTTP/1.1\nContent-Type: application/json", "{}");
        // THEN it is refused with 401, 403 or 404, with the simulator's JSON error and no Java names
        then(r.status()).as(r.body()).isIn(401, 403, 404);
        then(r.headers().get("content-type")).startsWith("application/json");
        then(r.body()).doesNotMatch(JAVA_NAMES).contains("\"code\":-1");
    }

    @Test
    void should_keep_its_own_answers_and_keep_running_when_admin_requests_try_to_stub_save_and_shut_it_down()
            throws IOException {
        // GIVEN a stub that would give a wrong secret a token, a file to write, a save and a shutdown, all sent
        send("POST /__admin/mappings HTTP/1.1\nContent-Type: application/json",
                "{\"request\":{\"method\":\"POST\",\"url\":\"/open-apis/auth/v3/tenant_access_token/internal\"},"
                        + "\"response\":{\"status\":200,\"body\":\"{\\\"code\\\":0,\\\"tenant_access_token\\\":"
                        + "\\\"t-stolen\\\"}\"},\"priority\":1}");
        send("PUT /__admin/files/scopekit-probe.txt HTTP/1.1\nContent-Type: application/json", "{}");
        send("POST /__admin/mappings/save HTTP/1.1\nContent-Type: application/json", "{}");
        send("POST /__admin/shutdown HTTP/1.1\nContent-Type: application/json", "{}");
        // WHEN a wrong secret asks for a token
        Reply r = send("POST /open-apis/auth/v3/tenant_access_token/internal HTTP/1.1\n"
                + "Content-Type: application/json", tokenRequest("wrong"));
        // THEN the simulator, still running, refuses it; nothing was written under the working directory
        then(r.status()).isEqualTo(400);
        then(r.body()).doesNotContain("t-stolen").contains("app secret invalid");
        // (WireMock's root is src/test/resources where that exists, else the working directory)
        for (Path root : new Path[] {Path.of("."), Path.of("scopekit-cli", "src", "test", "resources")}) {
            then(root.resolve("__files").resolve("scopekit-probe.txt")).doesNotExist();
            then(root.resolve("mappings")).doesNotExist();
        }
    }

    @Test
    void should_forward_nothing_when_recordings_start_names_a_proxy() throws IOException {
        // GIVEN a server of the attacker's that counts what reaches it
        AtomicInteger forwarded = new AtomicInteger();
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        attacker.createContext("/", e -> {
            forwarded.incrementAndGet();
            e.sendResponseHeaders(500, -1);
            e.close();
        });
        attacker.start();
        try {
            // WHEN a recording through it is started, then an app asks for a token with its secret
            Reply start = send("POST /__admin/recordings/start HTTP/1.1\nContent-Type: application/json",
                    "{\"targetBaseUrl\":\"http://127.0.0.1:" + attacker.getAddress().getPort() + "\"}");
            Reply token = send("POST /open-apis/auth/v3/tenant_access_token/internal HTTP/1.1\n"
                    + "Content-Type: application/json", tokenRequest("contacts-secret"));
            // THEN the recording was refused, the simulator answered itself, and no request reached the attacker
            then(start.status()).isIn(401, 403, 404);
            then(token.status()).isEqualTo(200);
            then(token.body()).contains("\"tenant_access_token\":\"t-");
            then(forwarded.get()).isZero();
        } finally {
            attacker.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/__admin/mappings", "/scopekit/admin/apps/cli_bare/import",
        "/open-apis/auth/v3/tenant_access_token/internal"})
    void should_send_no_cors_headers_when_a_preflight_names_an_origin(String path) throws IOException {
        // GIVEN a web page's preflight, asking for a JSON POST with credentials
        // WHEN it reaches the simulator
        Reply r = send("OPTIONS " + path + " HTTP/1.1\nOrigin: http://evil.example\n"
                + "Access-Control-Request-Method: POST\nAccess-Control-Request-Headers: content-type", "");
        // THEN no Access-Control-* header answers it
        then(r.headers().keySet()).noneMatch(h -> h.startsWith("access-control-"));
        then(r.status()).isIn(403, 404);
    }

    @Test
    void should_change_nothing_when_a_web_page_posts_text_plain_or_json_with_its_origin() throws IOException {
        // GIVEN cli_bare's state
        String before = simulator.describeApp("cli_bare").orElseThrow();
        String importBody = "{\"scopes\":{\"tenant\":[\"drive:drive\"]}}";
        // WHEN a "simple" text/plain POST (no preflight) and a JSON POST carrying a page's Origin import a permission
        Reply plain = send("POST /scopekit/admin/apps/cli_bare/import HTTP/1.1\nContent-Type: text/plain", importBody);
        Reply noType = send("POST /scopekit/admin/apps/cli_bare/import HTTP/1.1", importBody);
        Reply page = send("POST /scopekit/admin/apps/cli_bare/import HTTP/1.1\nContent-Type: application/json\n"
                + "Origin: http://evil.example", importBody);
        Reply rebound = RawHttp.send(port, "POST /scopekit/admin/apps/cli_bare/import HTTP/1.1\n"
                + "Content-Type: application/json\nHost: evil.example:" + port, importBody);
        // THEN each is refused and the app is unchanged
        then(plain.status()).isEqualTo(415);
        then(plain.body()).contains("application/json");
        then(noType.status()).isEqualTo(415);
        then(page.status()).isEqualTo(403);
        then(page.headers().keySet()).noneMatch(h -> h.startsWith("access-control-"));
        then(rebound.status()).isEqualTo(403);
        then(simulator.describeApp("cli_bare").orElseThrow()).isEqualTo(before);
    }

    @Test
    void should_answer_4xx_json_without_java_names_when_the_charset_or_encoding_is_bad() throws IOException {
        // GIVEN a JSON body, gzipped
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
            z.write(tokenRequest("contacts-secret").getBytes(StandardCharsets.UTF_8));
        }
        String token = "POST /open-apis/auth/v3/tenant_access_token/internal HTTP/1.1\n";
        // WHEN it is sent with a charset that does not exist, one that is not UTF-8, gzip (valid and broken),
        // gzip bytes without the header, and bytes that are not UTF-8
        Reply[] replies = {
            send(token + "Content-Type: application/json; charset=no-such-charset", tokenRequest("x")),
            send(token + "Content-Type: application/json; charset=utf-16", tokenRequest("x")),
            send(token + "Content-Type: application/json\nContent-Encoding: gzip", zipped.toByteArray()),
            send(token + "Content-Type: application/json\nContent-Encoding: gzip", "not gzip at all"),
            send(token + "Content-Type: application/json", zipped.toByteArray()),
            send(token + "Content-Type: application/json", new byte[] {'{', '"', (byte) 0xc3, (byte) 0x28, '"', '}'}),
            send("POST /__admin/mappings HTTP/1.1\nContent-Type: application/json\nContent-Encoding: gzip", "x"),
        };
        // THEN every answer is a 4xx with the simulator's JSON error, naming no Java class or exception
        for (Reply r : replies) {
            then(r.status()).as(r.body()).isBetween(400, 499);
            then(SimHttp.JSON.readTree(r.body()).get("code").asLong()).isEqualTo(-1);
            then(r.body()).doesNotMatch(JAVA_NAMES);
        }
        then(replies[0].status()).isEqualTo(415);
        then(replies[2].status()).isEqualTo(415);
        then(replies[5].status()).isEqualTo(400);
        then(replies[5].body()).contains("not valid UTF-8");
    }

    @Test
    void should_answer_413_when_a_body_is_over_the_limit() throws Exception {
        // GIVEN bodies one byte over the limit: one only announced (its headers sent, no body, because a client
        // still writing 10 MB when the server closes the connection sees a reset instead of the answer, a race
        // that failed CI once in the kit's own server), and one sent chunked without a length
        byte[] big = new byte[FeishuSimulator.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        // WHEN they are sent
        Reply announced = send("POST /open-apis/auth/v3/tenant_access_token/internal HTTP/1.1\n"
                + "Content-Type: application/json\nContent-Length: " + big.length, new byte[0]);
        Reply chunked = send("POST /open-apis/auth/v3/tenant_access_token/internal HTTP/1.1\n"
                + "Content-Type: application/json\nTransfer-Encoding: chunked", chunk(big));
        // THEN both are refused with 413 and say the limit
        then(announced.status()).as(announced.body()).isEqualTo(413);
        then(announced.body()).contains(String.valueOf(FeishuSimulator.MAX_BODY_BYTES));
        then(chunked.status()).isEqualTo(413);
    }

    private static byte[] chunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Test
    @Timeout(120)
    void should_still_answer_when_many_clients_send_headers_and_bodies_byte_by_byte() throws Exception {
        // GIVEN 30 clients trickling their headers and 80 trickling a body (more than the server has threads), a
        // byte every 100 ms each
        try (RawHttp.SlowClients slow = new RawHttp.SlowClients(port,
                "/scopekit/admin/apps/cli_bare/import", 30, 80)) {
            Thread.sleep(2_000); // lets every slow client reach the server before the normal request
            // WHEN a normal client asks for a token, bounded by its own timeout
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(simulator.baseUrl()
                            .resolve("/open-apis/auth/v3/tenant_access_token/internal"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(tokenRequest("contacts-secret"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            // THEN it is answered
            then(r.statusCode()).isEqualTo(200);
            then(r.body()).contains("tenant_access_token");
        }
    }

    @Test
    @Timeout(60)
    void should_answer_408_json_when_a_body_stops_arriving() throws IOException {
        // GIVEN a request announcing 100,000 body bytes that sends one and then nothing
        // WHEN the server has waited its idle time for the rest
        Reply r = send("POST /scopekit/admin/apps/cli_bare/import HTTP/1.1\nContent-Type: application/json\n"
                + "Content-Length: 100000", "{");
        // THEN 408 with the simulator's JSON error, and the connection is closed
        then(r.status()).isEqualTo(408);
        then(r.body()).contains("\"code\":-1").contains("did not arrive in time").doesNotMatch(JAVA_NAMES);
        then(r.headers().get("connection")).isEqualTo("close");
    }
}
