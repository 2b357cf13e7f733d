package io.scopekit.target.http;

import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.target.WireExchange;
import io.scopekit.target.WireLog;
import io.scopekit.target.permission.PlatformControl;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One permission-platform session on a protocol target: each SPI call is one request. A session the target did not
 * open answers every call with the error of the opening.
 */
final class HttpPlatformSession implements PlatformSession, PlatformControl, WireLog {
    private final @Nullable Wire wire;
    private final @Nullable String path;
    private final @Nullable PlatformError failedOpening;
    private final List<WireExchange> exchanges;
    private boolean closed;

    HttpPlatformSession(Wire wire, String id, List<WireExchange> opening) {
        this.wire = wire;
        this.path = "/v1/platform/sessions/" + id;
        this.failedOpening = null;
        this.exchanges = new ArrayList<>(opening);
    }

    HttpPlatformSession(PlatformError failedOpening, List<WireExchange> opening) {
        this.wire = null;
        this.path = null;
        this.failedOpening = failedOpening;
        this.exchanges = new ArrayList<>(opening);
    }

    @Override
    public PlatformControl control() {
        return this;
    }

    @Override
    public Optional<PlatformError> createTenant(String tenant) {
        ObjectNode body = ProtocolJson.body();
        body.put("tenant", tenant);
        return done("/tenants", body);
    }

    @Override
    public Optional<PlatformError> createUser(String tenant, String user) {
        ObjectNode body = ProtocolJson.body();
        body.put("tenant", tenant);
        body.put("user", user);
        return done("/users", body);
    }

    @Override
    public Optional<PlatformError> createApp(String app, String tenant, AppType type, String developer,
            List<String> outOfRange) {
        ObjectNode body = ProtocolJson.body();
        body.put("app", app);
        body.put("tenant", tenant);
        body.put("type", type.wireName());
        body.put("developer", developer);
        ArrayNode range = body.putArray("outOfRange");
        outOfRange.forEach(range::add);
        return done("/apps", body);
    }

    @Override
    public Optional<PlatformError> setLevel(String app, String permission, PermissionLevel level) {
        ObjectNode body = ProtocolJson.body();
        body.put("app", app);
        body.put("permission", permission);
        body.put("level", level.wireName());
        return done("/levels", body);
    }

    @Override
    public Optional<PlatformError> grantUser(String app, String user, List<String> permissions) {
        ObjectNode body = ProtocolJson.body();
        body.put("app", app);
        body.put("user", user);
        ArrayNode keys = body.putArray("permissions");
        permissions.forEach(keys::add);
        return done("/grants", body);
    }

    @Override
    public Optional<PlatformError> seed(AppState state) {
        ObjectNode body = ProtocolJson.body();
        body.set("app", ProtocolJson.app(state));
        return done("/seed", body);
    }

    @Override
    public Optional<AppState> app(String app) {
        if (wire == null) {
            return Optional.empty();
        }
        try {
            JsonNode answer = wire.call("GET", path + "/apps/" + URLEncoder.encode(app, StandardCharsets.UTF_8)
                    .replace("+", "%20"), null, "platform-app-state.response", this::log);
            JsonNode state = answer.get("app");
            return state == null || state.isNull() ? Optional.empty() : Optional.of(ProtocolJson.app(state));
        } catch (Wire.ProtocolFault | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public PlatformResult perform(PlatformRequest request) {
        if (wire == null) {
            return failedOpening;
        }
        ObjectNode body = ProtocolJson.body();
        body.set("request", ProtocolJson.request(request));
        try {
            JsonNode answer = wire.call("POST", path + "/requests", body, "platform-perform.response", this::log);
            JsonNode error = answer.get("error");
            return error == null || error.isNull()
                    ? new PlatformResult.Observed(ProtocolJson.platformObservation(answer.get("observation")))
                    : ProtocolJson.platformError(error);
        } catch (Wire.ProtocolFault fault) {
            return PlatformError.internal(fault.getMessage());
        } catch (IllegalArgumentException e) {
            return PlatformError.internal("POST " + path + "/requests: the answer cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (wire == null || closed) {
            return;
        }
        closed = true;
        try {
            wire.call("DELETE", path, null, "platform-done.response", this::log);
        } catch (Wire.ProtocolFault e) {
            // Closing cannot change a result; the exchange is in the log.
        }
    }

    @Override
    public synchronized List<WireExchange> drainExchanges() {
        List<WireExchange> out = List.copyOf(exchanges);
        exchanges.clear();
        return out;
    }

    private synchronized void log(WireExchange exchange) {
        exchanges.add(exchange);
    }

    private Optional<PlatformError> done(String suffix, ObjectNode body) {
        if (wire == null) {
            return Optional.of(failedOpening);
        }
        try {
            JsonNode error = wire.call("POST", path + suffix, body, "platform-done.response", this::log).get("error");
            return error == null || error.isNull() ? Optional.empty() : Optional.of(ProtocolJson.platformError(error));
        } catch (Wire.ProtocolFault fault) {
            return Optional.of(PlatformError.internal(fault.getMessage()));
        } catch (IllegalArgumentException e) {
            return Optional.of(PlatformError.internal("POST " + path + suffix + ": the answer cannot be read: "
                    + e.getMessage()));
        }
    }
}
