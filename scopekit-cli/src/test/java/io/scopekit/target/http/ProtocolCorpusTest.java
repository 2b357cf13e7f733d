package io.scopekit.target.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.scopekit.target.WireExchange;
import io.scopekit.harness.PermissionTargets;
import io.scopekit.target.reference.ReferenceTarget;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays the compatibility corpus (adapters/protocol/corpus) both ways: the kit's client against the transcripts'
 * answers served by WireMock (it must send exactly the recorded requests and accept every answer), and the
 * transcripts' requests against the kit's own server over the reference runtime (it must answer as recorded).
 */
class ProtocolCorpusTest {
    private static final String SERVED_DESCRIPTION = """
            {"protocol":"scopekit-target/1","identity":{"name":"corpus","version":"1"},"capabilities":{},
             "controlOperations":["script-answers","seed-records","read-records"],
             "permission":{"capabilities":{},"controlOperations":["set-up","set-levels","grant-users"]}}""";

    @Test
    void should_hold_one_transcript_per_corpus_conversation_when_the_corpus_is_read() {
        // GIVEN / WHEN the checked-in files
        List<String> names = Transcripts.names();

        // THEN each conversation of CorpusScripts has its transcript, and nothing else is there
        List<String> expected = new ArrayList<>();
        for (CorpusScripts s : CorpusScripts.values()) {
            expected.add(s.file + ".json");
        }
        then(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void should_state_what_each_transcript_requires_when_the_corpus_is_read() {
        for (Path file : Transcripts.files()) {
            // GIVEN a transcript
            JsonNode transcript = Transcripts.read(file);

            // WHEN / THEN it states the side, platform and optional operations its own requests need
            then(transcript.get("requires")).as(file + ": requires")
                    .isEqualTo(Transcripts.requires(transcript.get("exchanges")));
        }
    }

    @Test
    void should_send_exactly_the_recorded_requests_when_wiremock_serves_the_recorded_answers() {
        for (CorpusScripts script : CorpusScripts.values()) {
            JsonNode transcript = Transcripts.read(Transcripts.DIR.resolve(script.file + ".json"));
            WireMockServer server = new WireMockServer(options().dynamicPort());
            server.start();
            try {
                // GIVEN WireMock answering the transcript's requests in order
                String session = "corpus-session-1";
                JsonNode exchanges = transcript.get("exchanges");
                for (int i = 0; i < exchanges.size(); i++) {
                    JsonNode x = exchanges.get(i);
                    String path = x.get("request").get("path").asString().replace(Transcripts.SESSION, session);
                    JsonNode answer = path.equals("/v1/target") ? ProtocolJson.JSON.readTree(SERVED_DESCRIPTION)
                            : Transcripts.concrete(x.get("response").get("body"), session);
                    server.stubFor(request(x.get("request").get("method").asString(), urlPathEqualTo(path))
                            .inScenario("corpus").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i)
                            .willSetStateTo("step-" + (i + 1))
                            .willReturn(aResponse().withStatus(x.get("response").get("status").asInt())
                                    .withHeader("Content-Type", "application/json")
                                    .withBody(ProtocolJson.JSON.writeValueAsString(answer))));
                }

                // WHEN the kit's client runs the conversation
                List<WireExchange> sent = script.record("http://127.0.0.1:" + server.port());

                // THEN it sent exactly the recorded requests, and took every answer
                then(sent).as(script.file).hasSize(exchanges.size());
                for (int i = 0; i < exchanges.size(); i++) {
                    JsonNode expected = exchanges.get(i).get("request");
                    WireExchange actual = sent.get(i);
                    String where = script.file + " exchange " + i;
                    then(actual.failure()).as(where).isNull();
                    then(actual.method()).as(where).isEqualTo(expected.get("method").asString());
                    then(actual.path()).as(where)
                            .isEqualTo(expected.get("path").asString().replace(Transcripts.SESSION, session));
                    if (expected.has("body")) {
                        then(ProtocolJson.JSON.readTree(actual.request())).as(where).isEqualTo(expected.get("body"));
                    } else {
                        then(actual.request()).as(where).isNull();
                    }
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void should_decode_and_encode_every_recorded_result_unchanged_when_the_codec_reads_it() {
        for (Path file : Transcripts.files()) {
            for (JsonNode x : Transcripts.read(file).get("exchanges")) {
                // GIVEN a recorded answer carrying an observation
                JsonNode observation = x.get("response").get("body").get("observation");
                if (observation == null) {
                    continue;
                }
                boolean platform = x.get("request").get("path").asString().startsWith("/v1/platform");

                // WHEN the kit reads it and writes it again
                ObjectNode again = platform
                        ? ProtocolJson.platformObservation(ProtocolJson.platformObservation(observation))
                        : ProtocolJson.observation(ProtocolJson.observation(observation));

                // THEN nothing changed (compared as text: a number's node type may differ, its JSON does not)
                then(ProtocolJson.JSON.writeValueAsString(again)).as(file.getFileName().toString())
                        .isEqualTo(ProtocolJson.JSON.writeValueAsString(observation));
            }
        }
    }

    @Test
    void should_answer_as_recorded_when_the_transcripts_replay_against_the_reference_served_over_http()
            throws Exception {
        // GIVEN the reference runtime and open platform served over the protocol
        try (TargetServer server = TargetServer.start(new ReferenceTarget(), PermissionTargets.resolve("reference"),
                new InetSocketAddress("127.0.0.1", 0))) {
            HttpClient client = HttpClient.newHttpClient();
            for (Path file : Transcripts.files()) {
                Map<String, String> bindings = new HashMap<>();
                for (JsonNode x : Transcripts.read(file).get("exchanges")) {
                    // WHEN each request is sent as recorded
                    JsonNode req = x.get("request");
                    String path = req.get("path").asString().replace(Transcripts.SESSION,
                            bindings.getOrDefault("session", Transcripts.SESSION));
                    HttpRequest.BodyPublisher body = req.has("body")
                            ? HttpRequest.BodyPublishers.ofString(ProtocolJson.JSON.writeValueAsString(req.get("body")))
                            : HttpRequest.BodyPublishers.noBody();
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.uri() + path))
                            .method(req.get("method").asString(), body).build(), HttpResponse.BodyHandlers.ofString());

                    // THEN the answer is the recorded one
                    String where = file.getFileName() + " " + req.get("method").asString() + " " + path;
                    then(response.statusCode()).as(where).isEqualTo(x.get("response").get("status").asInt());
                    then(Transcripts.match(x.get("response").get("body"), ProtocolJson.JSON.readTree(response.body()),
                            bindings, "$")).as(where).isNull();
                }
            }
        }
    }

    /** Records the corpus again: {@code mvn -o test -Dtest=ProtocolCorpusTest -Dscopekit.corpus.record=true}. */
    @Test
    @EnabledIfSystemProperty(named = "scopekit.corpus.record", matches = "true")
    void should_write_the_corpus_when_asked_to_record_it() throws Exception {
        try (TargetServer server = TargetServer.start(new ReferenceTarget(), PermissionTargets.resolve("reference"),
                new InetSocketAddress("127.0.0.1", 0))) {
            Files.createDirectories(Transcripts.DIR);
            for (CorpusScripts script : CorpusScripts.values()) {
                ObjectNode transcript = Transcripts.fromExchanges(script, script.record(server.uri().toString()));
                Files.writeString(Transcripts.DIR.resolve(script.file + ".json"),
                        ProtocolJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(transcript) + "\n");
                then(transcript.get("exchanges").size()).isGreaterThan(2);
            }
        }
    }
}
