package io.scopekit.target.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.scopekit.cli.ExitCode;
import io.scopekit.harness.PermissionTargets;
import io.scopekit.target.reference.ReferenceTarget;
import io.scopekit.testsupport.VerifyRun;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Proves every network fault and every bad answer of issue 10 with WireMock as the target: WireMock passes every
 * request through to the reference runtime served over the protocol, except the actions of one scenario (the ones
 * calling an API, {@code "type":"call-api"}), which get the fault. The run must not hang, that scenario must fail
 * with a one-line target error and its captured exchange, the other scenario must still pass, and the report must be
 * complete.
 */
class HttpFaultsAcceptanceTest {
    private static final String TWO_SCENARIOS = "@req-AP-SILENT-CALL or @req-AP-SILENT-AUTHORIZE";
    private static final String FAULTED = "AP-SILENT-CALL";

    private static TargetServer reference;

    /** One fault or bad answer, the response WireMock gives, and the words the one-line reason must hold. */
    enum Kind {
        DELAY_PAST_THE_TIMEOUT(r -> r.withFixedDelay(6_000).withBody(ok()), "no complete answer within 3s"),
        CONNECTION_RESET(r -> r.withFault(Fault.CONNECTION_RESET_BY_PEER), "the connection failed"),
        EMPTY_REPLY(r -> r.withFault(Fault.EMPTY_RESPONSE), "the connection failed"),
        MALFORMED_JSON(r -> r.withBody("{\"protocol\":\"scopekit-target/1\",\"observation\":{\"outcome\""),
                "the answer is not JSON"),
        WRONG_SHAPE(r -> r.withBody("{\"protocol\":\"scopekit-target/1\",\"observation\":[1,2]}"),
                "the answer breaks the protocol at observation"),
        HTTP_500(r -> r.withStatus(500).withBody("oops"), "HTTP 500"),
        HTTP_503(r -> r.withStatus(503).withHeader("Retry-After", "1"), "HTTP 503"),
        REDIRECT_LOOP(r -> r.withStatus(302).withHeader("Location", "/v1/sessions/s1/actions"),
                "HTTP 302 redirect to /v1/sessions/s1/actions"),
        HUGE_BODY(r -> r.withBody(huge()), "the answer is larger than 10 MB"),
        NEVER_ANSWERS(r -> r.withFixedDelay(600_000), "no complete answer within 3s"),
        UNKNOWN_PROTOCOL_VERSION(r -> r.withBody(ok().replace("scopekit-target/1", "scopekit-target/2")),
                "the answer speaks protocol"),
        MISSING_FIELD(r -> r.withBody("{\"protocol\":\"scopekit-target/1\",\"observation\":{\"prompts\":[],"
                + "\"response\":{}}}"), "at observation.outcome: missing (required)"),
        UNKNOWN_ENUM_VALUE(r -> r.withBody(ok().replace("\"success\"", "\"maybe\"")),
                "at observation.outcome: does not have a value in the enumeration"),
        INVALID_UTF8(r -> r.withBody(invalidUtf8()), "the answer is not valid UTF-8");

        final Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> response;
        final String reason;

        Kind(Function<ResponseDefinitionBuilder, ResponseDefinitionBuilder> response, String reason) {
            this.response = response;
            this.reason = reason;
        }
    }

    @BeforeAll
    static void serveTheReference() throws Exception {
        reference = TargetServer.start(new ReferenceTarget(), PermissionTargets.resolve("reference"),
                new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        reference.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    @Timeout(120)
    void should_fail_only_the_affected_scenario_with_a_one_line_target_error_when_the_target_answers_badly(Kind kind,
            @TempDir Path root) throws Exception {
        // GIVEN WireMock in front of the reference, faulting the API calls of one of two scenarios
        WireMockServer wiremock = new WireMockServer(options().dynamicPort().containerThreads(20));
        wiremock.start();
        try {
            wiremock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(reference.uri().toString())));
            wiremock.stubFor(post(urlPathMatching("/v1/sessions/[^/]+/actions")).atPriority(1)
                    .withRequestBody(containing("\"type\":\"call-api\""))
                    .willReturn(kind.response.apply(aResponse().withStatus(200)
                            .withHeader("Content-Type", "application/json"))));

            // WHEN the two scenarios are verified against it
            VerifyRun run = VerifyRun.run("verify", "--target", "http://127.0.0.1:" + wiremock.port(),
                    "--target-timeout", "3s", "--platform", "alipay", "--tags", TWO_SCENARIOS,
                    "--report", root.toString());

            // THEN the verdict is a finding, not a crash: the faulted scenario failed with the one-line reason
            then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
            Path latest = root.resolve("latest");
            JsonNode summary = ProtocolJson.JSON.readTree(Files.readString(latest.resolve("summary.json")));
            then(summary.get("totals").get("scenarios").asInt()).isEqualTo(2);
            then(summary.get("totals").get("scenariosFailed").asInt()).isEqualTo(1);
            String failures = summary.get("failures").toString() + summary.get("errors").toString();
            then(failures).contains(FAULTED).contains(kind.reason).doesNotContain("AP-SILENT-AUTHORIZE");
            // AND the scenario's exchanges are in the report, the faulted one with its reason on one line
            List<String> failuresOnTheWire = wireFailures(latest.resolve("messages.ndjson"));
            then(failuresOnTheWire).anySatisfy(f -> then(f).contains(kind.reason).doesNotContain("\n"));
            // AND the report is complete
            for (String file : List.of("summary.html", "summary.md", "junit.xml", "cucumber.html", "run.json")) {
                then(latest.resolve(file)).isNotEmptyFile();
            }
        } finally {
            wiremock.stop();
        }
    }

    private static List<String> wireFailures(Path messages) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
            JsonNode attachment = ProtocolJson.JSON.readTree(line).get("attachment");
            if (attachment != null && "application/vnd.scopekit.exchanges+json".equals(
                    attachment.get("mediaType").asString())) {
                for (JsonNode x : ProtocolJson.JSON.readTree(attachment.get("body").asString()).get("exchanges")) {
                    if (!x.get("failure").isNull()) {
                        out.add(x.get("failure").asString());
                    }
                }
            }
        }
        return out;
    }

    private static String ok() {
        return "{\"protocol\":\"scopekit-target/1\",\"observation\":{\"outcome\":\"success\",\"prompts\":[],"
                + "\"response\":{}}}";
    }

    private static String huge() {
        return "{\"protocol\":\"scopekit-target/1\",\"pad\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
    }

    private static byte[] invalidUtf8() {
        byte[] start = "{\"protocol\":\"scopekit-target/1\",\"observation\":{\"outcome\":\"success\",\"errMsg\":\""
                .getBytes(StandardCharsets.UTF_8);
        byte[] end = "\",\"prompts\":[],\"response\":{}}}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + 2 + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        all[start.length] = (byte) 0xC3;
        all[start.length + 1] = (byte) 0x28;
        System.arraycopy(end, 0, all, start.length + 2, end.length);
        return all;
    }
}
