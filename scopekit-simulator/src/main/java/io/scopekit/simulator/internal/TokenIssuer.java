package io.scopekit.simulator.internal;

import io.scopekit.simulator.SimRequest;
import io.scopekit.simulator.SimResponse;
import io.scopekit.simulator.SimulatorAdminException;
import io.scopekit.simulator.SimulatorConfig.User;
import io.scopekit.spec.PermissionModelSpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issues and remembers tokens: Feishu's self-built and store token endpoints (docs/simulator.md, "Tokens") and the
 * simulator's test shortcuts under {@code /scopekit/test/}.
 */
final class TokenIssuer {

    static final String TENANT_SHORTCUT = "/scopekit/test/tenant_access_token";
    static final String USER_SHORTCUT = "/scopekit/test/user_access_token";
    private static final int TOKEN_SECONDS = 7200;

    /** A token the platform issued. */
    record Token(String value, String identity, String appId, String tenantKey, @Nullable String openId,
            Set<String> granted, Instant expiresAt) {}

    private final PermissionModelSpec model;
    private final World world;
    private final FeishuErrors errors;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    TokenIssuer(PermissionModelSpec model, World world, FeishuErrors errors, Clock clock) {
        this.model = model;
        this.world = world;
        this.errors = errors;
        this.clock = clock;
    }

    /** Answers a request to a token endpoint; {@code null} when the path is not one. */
    @Nullable SimResponse handle(SimRequest request) {
        String path = request.path();
        if (path.equals(USER_SHORTCUT)) {
            return userToken(request);
        }
        if (path.equals(TENANT_SHORTCUT)) {
            return tenantToken(request);
        }
        if (request.method().equals("POST")) {
            return switch (path) {
                case "/open-apis/auth/v3/tenant_access_token/internal" -> internalToken(request, true);
                case "/open-apis/auth/v3/app_access_token/internal" -> internalToken(request, false);
                case "/open-apis/auth/v3/tenant_access_token" -> storeTenantToken(request);
                default -> null;
            };
        }
        return null;
    }

    /** The token issued as {@code value}; {@code null} when none was. */
    @Nullable Token token(String value) {
        return tokens.get(value);
    }

    boolean expired(Token t) {
        return !clock.instant().isBefore(t.expiresAt());
    }

    /** The test shortcut: a tenant_access_token of an app, expiring after {@code expires_in} seconds. */
    private SimResponse tenantToken(SimRequest request) {
        JsonNode body = Bodies.json(request.body());
        AppState app = world.app(Bodies.text(body, "app_id"));
        if (app == null) {
            throw new SimulatorAdminException(404, "unknown app '" + Bodies.text(body, "app_id") + "'");
        }
        JsonNode expiresIn = body.get("expires_in");
        int seconds = expiresIn == null ? TOKEN_SECONDS : expiresIn.asInt(TOKEN_SECONDS);
        ObjectNode data = FeishuErrors.JSON.createObjectNode();
        data.put("tenant_access_token", issue("t-", World.TENANT, app.config.id(), app.config.tenant(), null,
                Set.of(), Math.max(0, seconds)).value());
        return FeishuErrors.ok(data);
    }

    private SimResponse internalToken(SimRequest request, boolean tenantToken) {
        JsonNode body = Bodies.json(request.body());
        String appId = Bodies.text(body, "app_id");
        String secret = Bodies.text(body, "app_secret");
        AppState app = world.app(appId);
        if (app == null) {
            return errors.error(400, "app-id-unknown", "app_id '" + appId + "' is not an app of this simulator",
                    List.of());
        }
        if (!app.config.secret().equals(secret)) {
            return errors.error(400, "app-secret-invalid", "app secret invalid", List.of());
        }
        ObjectNode out = FeishuErrors.JSON.createObjectNode();
        out.put("code", 0);
        out.put("msg", "ok");
        out.put("expire", TOKEN_SECONDS);
        Token tenant = issue("t-", World.TENANT, appId, app.config.tenant(), null, Set.of(), TOKEN_SECONDS);
        if (tenantToken) {
            out.put("tenant_access_token", tenant.value());
        } else {
            out.put("app_access_token", issue("a-", "app", appId, app.config.tenant(), null, Set.of(), TOKEN_SECONDS)
                    .value());
            out.put("tenant_access_token", tenant.value());
        }
        return new SimResponse(200, FeishuErrors.JSON.writeValueAsString(out));
    }

    private SimResponse storeTenantToken(SimRequest request) {
        JsonNode body = Bodies.json(request.body());
        Token appToken = tokens.get(Bodies.text(body, "app_access_token"));
        if (appToken == null || !appToken.identity().equals("app") || expired(appToken)) {
            return errors.error(400, "tenant-token-invalid", "app_access_token invalid", List.of());
        }
        String tenantKey = Bodies.text(body, "tenant_key");
        AppState app = world.app(appToken.appId());
        if (world.tenant(tenantKey) == null || !app.config.tenant().equals(tenantKey)) {
            return errors.error(400, "tenant-unknown", "tenant_key '" + tenantKey + "' is not a tenant the app is "
                    + "installed in", List.of());
        }
        ObjectNode out = FeishuErrors.JSON.createObjectNode();
        out.put("code", 0);
        out.put("msg", "success");
        out.put("tenant_access_token", issue("t-", World.TENANT, app.config.id(), tenantKey, null, Set.of(),
                TOKEN_SECONDS).value());
        out.put("expire", TOKEN_SECONDS);
        return new SimResponse(200, FeishuErrors.JSON.writeValueAsString(out));
    }

    /** The test shortcut: a user_access_token of a user for an app with the permissions the user granted. */
    private SimResponse userToken(SimRequest request) {
        if (!request.method().equals("POST")) {
            throw new SimulatorAdminException(405, "expected POST " + request.path());
        }
        JsonNode body = Bodies.json(request.body());
        String appId = Bodies.text(body, "app_id");
        String openId = Bodies.text(body, "open_id");
        AppState app = world.app(appId);
        if (app == null) {
            throw new SimulatorAdminException(404, "unknown app '" + appId
                    + "'; expected an app id of the configuration");
        }
        User user = world.user(openId);
        if (user == null || !world.tenantOf(openId).equals(app.config.tenant())) {
            throw new SimulatorAdminException(404, "unknown user '" + openId + "' in the app's tenant '"
                    + app.config.tenant() + "'; expected an openId of that tenant's users");
        }
        Set<String> granted = new LinkedHashSet<>();
        JsonNode scopes = body.get("scopes");
        if (scopes != null && !scopes.isNull()) {
            if (!scopes.isArray()) {
                throw new SimulatorAdminException(400, "'scopes' must be a list of permission keys");
            }
            for (JsonNode s : scopes) {
                String key = s.isString() ? s.stringValue() : "";
                if (model.permission(key).filter(p -> p.identities().contains(World.USER)).isEmpty()) {
                    throw new SimulatorAdminException(400, "unknown user-identity permission '" + key
                            + "' in 'scopes'; expected a permission key of the catalog that a user token can hold");
                }
                granted.add(key);
            }
        }
        JsonNode expiresIn = body.get("expires_in");
        int seconds = expiresIn == null || expiresIn.isNull() ? TOKEN_SECONDS : expiresIn.asInt(-1);
        if (seconds < 0) {
            throw new SimulatorAdminException(400, "'expires_in' must be a number of seconds (0 issues an expired "
                    + "token)");
        }
        Token token = issue("u-", World.USER, appId, app.config.tenant(), openId, granted, seconds);
        ObjectNode data = FeishuErrors.JSON.createObjectNode();
        data.put("access_token", token.value());
        data.put("token_type", "Bearer");
        data.put("expires_in", seconds);
        data.put("open_id", openId);
        ArrayNode sc = data.putArray("scopes");
        granted.forEach(sc::add);
        return FeishuErrors.ok(data);
    }

    private Token issue(String prefix, String identity, String appId, String tenantKey, @Nullable String openId,
            Set<String> granted, int seconds) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        Token t = new Token(prefix + HexFormat.of().formatHex(bytes), identity, appId, tenantKey, openId,
                Set.copyOf(granted), clock.instant().plusSeconds(seconds));
        tokens.put(t.value(), t);
        return t;
    }
}
