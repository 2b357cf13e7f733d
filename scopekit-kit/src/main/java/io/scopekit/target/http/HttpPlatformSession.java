package io.scopekit.target.http;

import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.target.WireExchange;
import io.scopekit.target.permission.PlatformControl;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One permission-platform session on a protocol target: each SPI call is one request. A session the target did not
 * open answers every call with the error of the opening.
 */
final class HttpPlatformSession extends WireSession<PlatformError> implements PlatformSession, PlatformControl {
    private final @Nullable PlatformError failedOpening;

    HttpPlatformSession(Wire wire, String id, List<WireExchange> opening) {
        super(wire, id, Route.CLOSE_PLATFORM_SESSION, PLATFORM, opening);
        this.failedOpening = null;
    }

    HttpPlatformSession(PlatformError failedOpening, List<WireExchange> opening) {
        super(null, "", Route.CLOSE_PLATFORM_SESSION, PLATFORM, opening);
        this.failedOpening = failedOpening;
    }

    @Override
    public PlatformControl control() {
        return this;
    }

    @Override
    public Optional<PlatformError> createTenant(String tenant) {
        ObjectNode body = ProtocolJson.body();
        body.put("tenant", tenant);
        return done(Route.CREATE_TENANT, body);
    }

    @Override
    public Optional<PlatformError> createUser(String tenant, String user) {
        ObjectNode body = ProtocolJson.body();
        body.put("tenant", tenant);
        body.put("user", user);
        return done(Route.CREATE_USER, body);
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
        return done(Route.CREATE_APP, body);
    }

    @Override
    public Optional<PlatformError> setLevel(String app, String permission, PermissionLevel level) {
        ObjectNode body = ProtocolJson.body();
        body.put("app", app);
        body.put("permission", permission);
        body.put("level", level.wireName());
        return done(Route.SET_LEVEL, body);
    }

    @Override
    public Optional<PlatformError> grantUser(String app, String user, List<String> permissions) {
        ObjectNode body = ProtocolJson.body();
        body.put("app", app);
        body.put("user", user);
        ArrayNode keys = body.putArray("permissions");
        permissions.forEach(keys::add);
        return done(Route.GRANT_USER, body);
    }

    @Override
    public Optional<PlatformError> seed(AppState state) {
        ObjectNode body = ProtocolJson.body();
        body.set("app", ProtocolJson.app(state));
        return done(Route.SEED_APP, body);
    }

    @Override
    public Optional<AppState> app(String app) {
        return read(Route.READ_APP, "app", ProtocolJson::app, app);
    }

    @Override
    public PlatformResult perform(PlatformRequest request) {
        if (!opened()) {
            return failedOpening;
        }
        ObjectNode body = ProtocolJson.body();
        body.set("request", ProtocolJson.request(request));
        return perform(Route.PERFORM_PLATFORM_REQUEST, body,
                observation -> new PlatformResult.Observed(ProtocolJson.platformObservation(observation)),
                error -> error);
    }

    private Optional<PlatformError> done(Route route, ObjectNode body) {
        return opened() ? Optional.ofNullable(done(route, body, null)) : Optional.of(failedOpening);
    }
}
