package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's admin API, one row an operation of {@link SimulatorAdmin} (docs/simulator.md, "Admin API"): the
 * simulator serves each path with the in-process admin, and {@link HttpSimulatorAdmin} builds its requests from the
 * same rows, so the paths exist once. Parameters ({@code {app}}) match one decoded path segment.
 */
@API(status = EXPERIMENTAL)
public enum AdminRoute {
    /** {@link SimulatorAdmin#createTenant}. */
    CREATE_TENANT("POST", "/scopekit/admin/tenants"),
    /** {@link SimulatorAdmin#createUser}. */
    CREATE_USER("POST", "/scopekit/admin/tenants/{tenant}/users"),
    /** {@link SimulatorAdmin#createApp}. */
    CREATE_APP("POST", "/scopekit/admin/apps"),
    /** {@link SimulatorAdmin#app}. */
    READ_APP("GET", "/scopekit/admin/apps/{app}"),
    /** {@link SimulatorAdmin#export}: the export document itself, not wrapped in {@code data}. */
    EXPORT("GET", "/scopekit/admin/apps/{app}/export"),
    /** {@link SimulatorAdmin#importScopes}. */
    IMPORT("POST", "/scopekit/admin/apps/{app}/import"),
    /** {@link SimulatorAdmin#apply}. */
    APPLY("POST", "/scopekit/admin/apps/{app}/applications"),
    /** {@link SimulatorAdmin#createVersion}. */
    CREATE_VERSION("POST", "/scopekit/admin/apps/{app}/versions"),
    /** {@link SimulatorAdmin#versionStep}. */
    VERSION_STEP("POST", "/scopekit/admin/apps/{app}/versions/{version}/{step}"),
    /** {@link SimulatorAdmin#switchTestVersion}. */
    TEST_VERSION("POST", "/scopekit/admin/apps/{app}/test-version"),
    /** {@link SimulatorAdmin#setLevel}. */
    SET_LEVEL("POST", "/scopekit/admin/apps/{app}/levels"),
    /** {@link SimulatorAdmin#setDataScope}. */
    DATA_SCOPE("POST", "/scopekit/admin/apps/{app}/data-scope"),
    /** {@link SimulatorAdmin#deliverEvent}. */
    DELIVER_EVENT("POST", "/scopekit/admin/apps/{app}/events");

    /** Where every admin path begins. */
    public static final String PREFIX = "/scopekit/admin/";

    private final String method;
    private final String template;
    private final List<String> segments;

    AdminRoute(String method, String template) {
        this.method = method;
        this.template = template;
        this.segments = List.of(template.substring(1).split("/"));
    }

    /** Returns the HTTP method. */
    public String method() {
        return method;
    }

    /** Returns the path template, e.g. {@code /scopekit/admin/apps/{app}/levels}. */
    public String template() {
        return template;
    }

    /** Returns whether the path names an app ({@code {app}}). */
    public boolean ofApp() {
        return segments.contains("{app}");
    }

    /**
     * Fills the template's parameters in order, each URL-encoded (a space as {@code %20}).
     *
     * @throws IllegalArgumentException when the number of values differs from the template's parameters
     */
    public String path(String... values) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (String s : segments) {
            boolean param = s.startsWith("{");
            if (param && next == values.length) {
                throw new IllegalArgumentException(template + ": expected a value for " + s);
            }
            out.append('/').append(param
                    ? URLEncoder.encode(values[next++], StandardCharsets.UTF_8).replace("+", "%20") : s);
        }
        if (next != values.length) {
            throw new IllegalArgumentException(template + ": " + values.length + " values, " + next + " parameters");
        }
        return out.toString();
    }

    /**
     * Returns the parameters of a decoded path split into segments, in the template's order, when this route takes
     * {@code method} there; {@code null} otherwise.
     */
    public @Nullable List<String> match(String method, List<String> path) {
        if (!this.method.equals(method) || path.size() != segments.size()) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            String s = segments.get(i);
            if (s.startsWith("{")) {
                params.add(path.get(i));
            } else if (!s.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }
}
