package io.scopekit.target.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.permission.ApiCall;
import io.scopekit.target.ActionResult;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import io.scopekit.target.WireExchange;
import io.scopekit.target.WireLog;
import io.scopekit.harness.PermissionTargets;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import io.scopekit.target.reference.ReferenceTarget;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The HTTP adapter's own behaviour on both SPIs, with WireMock and the kit's server as targets. */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: the HTTP target against its own servers")
@ResourceLock("HttpTargetTest") // its own fixtures: its methods stay in its thread, in order
class HttpTargetTest {
    private static final String DESCRIPTION = "{\"protocol\":\"scopekit-target/1\",\"identity\":{\"name\":\"w\","
            + "\"version\":\"1\"},\"capabilities\":{\"err_msg\":\"pattern\"},\"controlOperations\":[],"
            + "\"permission\":{\"capabilities\":{},\"controlOperations\":[\"set-up\"]}}";
    private static final SessionConfig WECHAT = new SessionConfig("wechat-miniprogram", null, "mini-program", null,
            "app-1", "user-1", "device-1");

    private WireMockServer wiremock;

    @BeforeEach
    void start() {
        wiremock = new WireMockServer(options().dynamicPort());
        wiremock.start();
        wiremock.stubFor(get(urlPathEqualTo("/base/v1/target")).willReturn(aResponse().withBody(DESCRIPTION)));
    }

    @AfterEach
    void stop() {
        wiremock.stop();
    }

    @Test
    void should_read_the_description_when_the_base_url_has_a_path() {
        // WHEN
        HttpTarget target = HttpTarget.connect("http://127.0.0.1:" + wiremock.port() + "/base/", Duration.ofSeconds(5));

        // THEN
        then(target.identity().name()).isEqualTo("w");
        then(target.capabilities()).containsEntry(io.scopekit.consent.Aspect.ERR_MSG,
                io.scopekit.target.Strictness.PATTERN);
        then(target.controlOperations()).containsExactly(io.scopekit.target.ControlOperation.SCRIPT_ANSWERS);
        then(target.servesPermissionPlatform()).isTrue();
    }

    @Test
    void should_answer_every_action_with_the_error_when_the_target_does_not_open_the_session() {
        // GIVEN a target that answers the opening with HTTP 500
        wiremock.stubFor(post(urlPathEqualTo("/base/v1/sessions")).willReturn(aResponse().withStatus(500)));
        HttpTarget target = HttpTarget.connect("http://127.0.0.1:" + wiremock.port() + "/base", Duration.ofSeconds(5));

        // WHEN
        TargetSession session = target.open(WECHAT);
        session.control().script(PromptKind.CONSENT, Answer.ALLOW);
        ActionResult first = session.perform(Action.getSetting());
        ActionResult second = session.perform(Action.getSetting());

        // THEN both actions report the opening's fault, and the exchange is logged with it
        TargetError expected = TargetError.internal(
                "POST /v1/sessions: HTTP 500 (a protocol answer is HTTP 200, a target error included)");
        then(first).isEqualTo(expected);
        then(second).isEqualTo(expected);
        List<WireExchange> log = ((WireLog) session).drainExchanges();
        then(log).singleElement().satisfies(x -> {
            then(x.status()).isEqualTo(500);
            then(x.failure()).isEqualTo(expected.message().substring("POST /v1/sessions: ".length()));
        });
    }

    @Test
    void should_report_a_platform_error_naming_the_field_when_a_platform_answer_breaks_its_schema() {
        // GIVEN a platform that opens a session and answers a request with an unknown outcome
        wiremock.stubFor(post(urlPathEqualTo("/base/v1/platform/sessions")).willReturn(aResponse()
                .withBody("{\"protocol\":\"scopekit-target/1\",\"session\":\"p1\"}")));
        wiremock.stubFor(post(urlPathEqualTo("/base/v1/platform/sessions/p1/requests")).willReturn(aResponse()
                .withBody("{\"protocol\":\"scopekit-target/1\",\"observation\":{\"outcome\":\"perhaps\","
                        + "\"violations\":[],\"states\":[]}}")));
        var target = PermissionTargets.resolve("http://127.0.0.1:" + wiremock.port() + "/base",
                Duration.ofSeconds(5));

        // WHEN
        PlatformSession session = target.open(new PlatformSessionConfig("feishu-openplatform"));
        PlatformResult result = session.perform(ApiCall.asTenant("cli_app", "contact.v3.users.get"));

        // THEN
        then(result).isInstanceOf(PlatformError.class);
        then(((PlatformError) result).message()).startsWith("POST /v1/platform/sessions/p1/requests: the answer "
                + "breaks the protocol at observation.outcome: ");
    }

    @Test
    void should_refuse_a_url_that_is_not_an_http_base_when_connecting() {
        thenThrownBy(() -> HttpTarget.connect("http://127.0.0.1:1/x?y=1", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no query or fragment");
        thenThrownBy(() -> HttpTarget.connect("http:///nohost", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected http(s)://host:port");
    }

    @Test
    void should_answer_a_request_of_another_protocol_version_with_a_target_error_when_serving() throws Exception {
        // GIVEN the kit's server
        try (TargetServer server = TargetServer.start(new ReferenceTarget(), null,
                new InetSocketAddress("127.0.0.1", 0))) {
            // WHEN a client sends a body of version 2
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.uri() + "/v1/sessions")).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"protocol\":\"scopekit-target/2\",\"config\":{}}")).build(), HttpResponse.BodyHandlers.ofString());

            // THEN it gets a target error value, as the protocol asks
            then(answer.statusCode()).isEqualTo(200);
            then(answer.body()).isEqualTo("{\"protocol\":\"scopekit-target/1\",\"error\":{\"kind\":\"internal\","
                    + "\"message\":\"unsupported protocol \\\"scopekit-target/2\\\"; this target speaks "
                    + "\\\"scopekit-target/1\\\"\"}}");
        }
    }
}
