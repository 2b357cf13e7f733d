package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of a running simulator: one bounded HTTP exchange a call, the answer read as JSON. The admin API's client
 * ({@link HttpSimulatorAdmin}) and the simulator target's data plane share it.
 */
@API(status = EXPERIMENTAL)
public final class SimulatorHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * An answer of the simulator.
     *
     * @param status the HTTP status
     * @param body the JSON body
     */
    public record Reply(int status, JsonNode body) {
        /** Returns the body's {@code code}; 0 when it has none. */
        public long code() {
            JsonNode c = body.get("code");
            return c == null ? 0 : c.asLong();
        }

        /** Returns the body's {@code msg}; empty when it has none. */
        public String msg() {
            JsonNode m = body.get("msg");
            return m == null ? "" : m.asString();
        }
    }

    /** Creates a client of the simulator at {@code base}, e.g. {@code http://127.0.0.1:8080}. */
    public SimulatorHttp(URI base) {
        this.base = base;
    }

    /**
     * Sends one request and reads the answer; connecting and the whole exchange are bounded.
     *
     * @param body the body's text, {@code null} for none
     * @param token a bearer token, {@code null} for none
     * @throws SimulatorAdminException with status 0 and a message naming the request when there is no JSON answer
     */
    public Reply send(String method, String path, @Nullable String body, @Nullable String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=utf-8");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), JSON.readTree(r.body()));
        } catch (IOException | JacksonException e) {
            throw new SimulatorAdminException(0, SimulatorAdminException.ADMIN_CODE,
                    method + " " + path + " failed: " + e.getMessage(), java.util.List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatorAdminException(0, SimulatorAdminException.ADMIN_CODE, method + " " + path
                    + " interrupted", java.util.List.of());
        }
    }
}
