package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Describes one request to the simulator, whether it arrived over HTTP or in-process.
 *
 * @param method HTTP method, upper case
 * @param path request path without the query, e.g. {@code /open-apis/contact/v3/users/ou_1}
 * @param query query parameters (first value of each)
 * @param headers request headers, names lower-cased
 * @param body request body, empty when none
 */
@API(status = EXPERIMENTAL)
public record SimRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
        String body) {

    /** Creates a request; header names are lower-cased and the maps copied. */
    public SimRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        method = method.toUpperCase(Locale.ROOT);
        query = Map.copyOf(query);
        Map<String, String> h = new TreeMap<>();
        headers.forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
        headers = Map.copyOf(h);
        body = body == null ? "" : body;
    }

    /** Returns a header value by case-insensitive name, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
