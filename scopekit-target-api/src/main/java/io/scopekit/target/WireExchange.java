package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Records one request the kit sent to a target over a network and what came back, as the report shows it.
 *
 * @param method   the HTTP method, e.g. {@code POST}
 * @param path     the path relative to the target's base URL, e.g. {@code /v1/sessions/s1/actions}
 * @param request  the request body as sent; {@code null} when there was none
 * @param status   the HTTP status of the answer; {@code 0} when no answer came
 * @param response the answer body as received, cut to a bounded length; {@code null} when none came
 * @param started  when the request was sent
 * @param millis   how long it took until the whole answer was read, or the exchange failed
 * @param failure  one line saying what was wrong with the exchange (a timeout, a reset, a schema violation);
 *                 {@code null} when nothing was
 */
@API(status = EXPERIMENTAL)
public record WireExchange(String method, String path, @Nullable String request, int status,
        @Nullable String response, Instant started, double millis, @Nullable String failure) {
    public WireExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(started, "started");
    }
}
