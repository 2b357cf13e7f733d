package io.scopekit.target.http;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.harness.PermissionTargets;
import io.scopekit.target.reference.ReferenceTarget;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Sessions of {@code ./scopekit serve} expire when unused and are bounded in number (issue 24, item 10;
 * adapters/protocol/README.md, "The kit's own server"); idleness is measured by a clock the test moves.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: the target server over HTTP only")
@ResourceLock("TargetServerSessionsTest") // its own fixtures: its methods stay in its thread, in order
class TargetServerSessionsTest {

    private static final String OPEN = "{\"protocol\":\"scopekit-target/1\",\"config\":{\"platform\":"
            + "\"wechat-miniprogram\",\"appKind\":\"mini-program\",\"app\":\"app-1\",\"user\":\"user-1\","
            + "\"device\":\"device-1\"}}";
    private static final String OPEN_PLATFORM = "{\"protocol\":\"scopekit-target/1\",\"config\":{\"model\":"
            + "\"feishu-openplatform\"}}";

    /** A clock that stands still until the test moves it. */
    private static final class MovedClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void move(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovedClock clock = new MovedClock();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TargetServer server;

    @BeforeEach
    void start() throws Exception {
        server = TargetServer.start(new ReferenceTarget(), PermissionTargets.resolve("reference"),
                new InetSocketAddress("127.0.0.1", 0), new TargetServer.Limits(Duration.ofMinutes(10), 2, clock));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.uri() + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        then(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static String session(String answer) {
        Matcher m = Pattern.compile("\"session\":\"([^\"]+)\"").matcher(answer);
        then(m.find()).as(answer).isTrue();
        return m.group(1);
    }

    @Test
    void should_close_a_session_when_it_was_unused_longer_than_the_idle_limit() throws Exception {
        // GIVEN two sessions, one used 9 minutes after opening
        String kept = session(send("POST", "/v1/sessions", OPEN));
        String idle = session(send("POST", "/v1/sessions", OPEN));
        clock.move(Duration.ofMinutes(9));
        send("GET", "/v1/sessions/" + kept + "/records", null);
        // WHEN 2 more minutes pass: the idle one went 11 minutes unused, the other 2
        clock.move(Duration.ofMinutes(2));
        String expired = send("GET", "/v1/sessions/" + idle + "/records", null);
        String alive = send("GET", "/v1/sessions/" + kept + "/records", null);
        // THEN the idle one is gone, with a message that says it may have expired; the other still answers
        then(expired).contains("no open session '" + idle + "'").contains("expired after 10 min unused");
        then(alive).doesNotContain("\"error\"");
        then(server.openSessions()).isEqualTo(1);
    }

    @Test
    void should_refuse_one_more_session_and_take_it_after_a_close_when_the_maximum_is_open() throws Exception {
        // GIVEN the maximum of two consent sessions open
        String first = session(send("POST", "/v1/sessions", OPEN));
        session(send("POST", "/v1/sessions", OPEN));
        // WHEN a third is opened, then one is closed and it is opened again
        String refused = send("POST", "/v1/sessions", OPEN);
        send("DELETE", "/v1/sessions/" + first, null);
        String again = send("POST", "/v1/sessions", OPEN);
        // THEN the third was refused with a target error naming the limit, and taken once a session was closed;
        // the platform side has its own count
        then(refused).contains("\"kind\":\"internal\"").contains("too many open sessions (2, at most 2)")
                .doesNotContain("\"session\"");
        session(again);
        session(send("POST", "/v1/platform/sessions", OPEN_PLATFORM));
    }
}
