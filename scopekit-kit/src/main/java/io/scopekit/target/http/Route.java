package io.scopekit.target.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The target protocol's operations, written once (adapters/protocol/openapi.yaml, which {@code RouteTableTest}
 * holds to this table path by path): {@link TargetServer} routes by it, and {@link HttpSession},
 * {@link HttpPlatformSession}, {@link HttpTarget}, {@link HttpPermissionTarget} and {@link Description} build their
 * requests from it, so a path, a method or a schema cannot differ between the two halves.
 */
enum Route {
    DESCRIBE("describeTarget", "GET", "/v1/target", null, "target.response", Side.TARGET),
    OPEN_SESSION("openSession", "POST", "/v1/sessions", "open-session.request", "open-session.response",
            Side.CONSENT),
    CLOSE_SESSION("closeSession", "DELETE", "/v1/sessions/{session}", null, "done.response", Side.CONSENT),
    SCRIPT("scriptAnswer", "POST", "/v1/sessions/{session}/script", "script.request", "done.response", Side.CONSENT),
    SEED("seedRecord", "POST", "/v1/sessions/{session}/seed", "seed.request", "done.response", Side.CONSENT),
    RECORDS("readRecords", "GET", "/v1/sessions/{session}/records", null, "records.response", Side.CONSENT),
    PERFORM("perform", "POST", "/v1/sessions/{session}/actions", "perform.request", "perform.response",
            Side.CONSENT),
    OPEN_PLATFORM_SESSION("openPlatformSession", "POST", "/v1/platform/sessions", "platform-open-session.request",
            "platform-open-session.response", Side.PLATFORM),
    CLOSE_PLATFORM_SESSION("closePlatformSession", "DELETE", "/v1/platform/sessions/{session}", null,
            "platform-done.response", Side.PLATFORM),
    CREATE_TENANT("createTenant", "POST", "/v1/platform/sessions/{session}/tenants", "platform-tenant.request",
            "platform-done.response", Side.PLATFORM),
    CREATE_USER("createUser", "POST", "/v1/platform/sessions/{session}/users", "platform-user.request",
            "platform-done.response", Side.PLATFORM),
    CREATE_APP("createApp", "POST", "/v1/platform/sessions/{session}/apps", "platform-app.request",
            "platform-done.response", Side.PLATFORM),
    SET_LEVEL("setLevel", "POST", "/v1/platform/sessions/{session}/levels", "platform-level.request",
            "platform-done.response", Side.PLATFORM),
    GRANT_USER("grantUser", "POST", "/v1/platform/sessions/{session}/grants", "platform-grant.request",
            "platform-done.response", Side.PLATFORM),
    SEED_APP("seedApp", "POST", "/v1/platform/sessions/{session}/seed", "platform-seed.request",
            "platform-done.response", Side.PLATFORM),
    READ_APP("readApp", "GET", "/v1/platform/sessions/{session}/apps/{app}", null, "platform-app-state.response",
            Side.PLATFORM),
    PERFORM_PLATFORM_REQUEST("performPlatformRequest", "POST", "/v1/platform/sessions/{session}/requests",
            "platform-perform.request", "platform-perform.response", Side.PLATFORM);

    /** Which part of a target an operation reaches. */
    enum Side {
        /** The target as a whole ({@code GET /v1/target}). */
        TARGET,
        /** The consent side ({@code /v1/sessions}). */
        CONSENT,
        /** The permission-platform side ({@code /v1/platform}), served only by a target that has one. */
        PLATFORM
    }

    private final String operationId;
    private final String method;
    private final String template;
    private final String[] segments;
    private final @Nullable String request;
    private final String answer;
    private final Side side;

    Route(String operationId, String method, String template, @Nullable String request, String answer, Side side) {
        this.operationId = operationId;
        this.method = method;
        this.template = template;
        this.segments = template.substring(1).split("/");
        this.request = request;
        this.answer = answer;
        this.side = side;
    }

    /** The operation's {@code operationId} in openapi.yaml. */
    String operationId() {
        return operationId;
    }

    String method() {
        return method;
    }

    /** The path template, e.g. {@code /v1/sessions/{session}/script}. */
    String template() {
        return template;
    }

    /** The schema the request body satisfies, e.g. {@code script.request}; {@code null} when it has no body. */
    @Nullable String request() {
        return request;
    }

    /** The schema the answer satisfies, e.g. {@code done.response}. */
    String answer() {
        return answer;
    }

    Side side() {
        return side;
    }

    /** Whether the path names a session ({@code {session}}), which must be open before the body is read. */
    boolean inSession() {
        return template.contains("{session}");
    }

    /**
     * Fills the template's parameters in order, each URL-encoded (a space as {@code %20}).
     *
     * @throws IllegalArgumentException when the number of values differs from the template's parameters
     */
    String path(String... values) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (String s : segments) {
            out.append('/');
            if (s.startsWith("{")) {
                if (next >= values.length) {
                    throw new IllegalArgumentException(template + ": expected a value for " + s);
                }
                out.append(URLEncoder.encode(values[next++], StandardCharsets.UTF_8).replace("+", "%20"));
            } else {
                out.append(s);
            }
        }
        if (next != values.length) {
            throw new IllegalArgumentException(template + ": " + values.length + " values for " + next
                    + " parameters");
        }
        return out.toString();
    }

    /**
     * Returns the parameters of {@code path} (split into segments) in the template's order when this route takes
     * {@code method} there, else {@code null}.
     */
    @Nullable List<String> match(String method, List<String> path) {
        if (!this.method.equals(method) || path.size() != segments.length) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                params.add(path.get(i));
            } else if (!segments[i].equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }
}
