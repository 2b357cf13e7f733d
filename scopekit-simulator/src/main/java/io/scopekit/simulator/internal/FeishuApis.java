package io.scopekit.simulator.internal;

import io.scopekit.simulator.AccessDecisions;
import io.scopekit.simulator.AccessDecisions.CallFacts;
import io.scopekit.simulator.AccessDecisions.CallVerdict;
import io.scopekit.simulator.AccessDecisions.Refused;
import io.scopekit.simulator.AccessDecisions.Served;
import io.scopekit.simulator.SimRequest;
import io.scopekit.simulator.SimResponse;
import io.scopekit.simulator.SimulatorConfig.User;
import io.scopekit.simulator.internal.TokenIssuer.Token;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PermissionModelSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Feishu data plane: the catalog's APIs (docs/simulator.md, "APIs"), each call checked against the token it
 * carries and decided by {@link AccessDecisions}, and answered in Feishu's JSON.
 */
final class FeishuApis {

    /** A catalog API with its path split into segments ({@code :name} segments match anything). */
    private record Route(OpenApi api, String[] segments) {
        boolean matches(String method, String[] path) {
            if (!api.method().equalsIgnoreCase(method) || path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (!segments[i].startsWith(":") && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }

        String param(String name, String[] path) {
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].equals(":" + name)) {
                    return path[i];
                }
            }
            return "";
        }
    }

    private final PermissionModelSpec model;
    private final World world;
    private final TokenIssuer tokens;
    private final AccessDecisions decisions;
    private final FeishuErrors errors;
    private final List<Route> routes;

    FeishuApis(PermissionModelSpec model, World world, TokenIssuer tokens, AccessDecisions decisions,
            FeishuErrors errors) {
        this.model = model;
        this.world = world;
        this.tokens = tokens;
        this.decisions = decisions;
        this.errors = errors;
        this.routes = model.apis().stream().map(a -> new Route(a, Bodies.split(a.path()))).toList();
    }

    /** Answers a call of a catalog API; a 404 naming the catalog when no API is at the path. */
    SimResponse handle(SimRequest request) {
        String[] segments = Bodies.split(request.path());
        for (Route route : routes) {
            if (route.matches(request.method(), segments)) {
                return call(route, segments, request);
            }
        }
        return FeishuErrors.admin(404, "no API at " + request.method() + " " + request.path()
                + " in the " + model.id() + " catalog (./scopekit specs show " + model.id() + ")");
    }

    private SimResponse call(Route route, String[] segments, SimRequest request) {
        String auth = request.header("authorization");
        if (auth == null || auth.isBlank() || !auth.regionMatches(true, 0, "Bearer ", 0, 7)
                || auth.substring(7).isBlank()) {
            return errors.error(400, "token-missing", "Missing access token for authorization. Please make a "
                    + "request with token attached.", List.of());
        }
        String value = auth.substring(7).strip();
        if (!value.startsWith("t-") && !value.startsWith("u-") && !value.startsWith("a-")) {
            return errors.error(400, "token-format-invalid", "token format error: expected a t- or u- token",
                    List.of());
        }
        Token token = tokens.token(value);
        boolean userShaped = value.startsWith("u-");
        if (token == null) {
            return errors.error(400, userShaped ? "user-token-invalid" : "tenant-token-invalid",
                    "Invalid access token for authorization. Please make a request with token attached.", List.of());
        }
        if (tokens.expired(token)) {
            return errors.error(400, userShaped ? "user-token-expired" : "tenant-token-invalid",
                    userShaped ? "Authentication token expired." : "Invalid access token for authorization.",
                    List.of());
        }
        AppState app = world.app(token.appId());
        OpenApi api = route.api();
        CallVerdict verdict;
        synchronized (app) {
            Set<String> enabled = app.permissions(token.identity(), true);
            Set<String> applied = app.permissions(token.identity(), false);
            verdict = decisions.decideCall(new CallFacts(app.config.id(), app.config.tenant(),
                    app.config.developer().orElse(""), token.openId() == null ? "" : token.openId(),
                    api.id(), token.identity(), app.config.type(), enabled,
                    applied, World.USER.equals(token.identity()) && app.config.developer().filter(d -> d.equals(
                            token.openId())).isPresent(), token.granted(), app.dataScope,
                    api.fieldRequirements().stream().map(f -> f.field()).toList()));
        }
        if (verdict instanceof Refused r) {
            return switch (r.reason()) {
                case APP_PERMISSION_MISSING -> errors.error(400, "app-permission-missing",
                        "Access denied. One of the following scopes is required: " + r.permissions() + ".",
                        r.permissions());
                case USER_GRANT_MISSING -> errors.error(400, "user-grant-missing",
                        "Unauthorized. You do not have permission to perform the requested operation on the "
                        + "resource. Please request user re-authorization and try again. required one of these "
                        + "privileges: " + r.permissions() + ".", r.permissions());
                case TOKEN_TYPE_NOT_ACCEPTED -> errors.error(400, "token-type-not-accepted", api.id()
                        + " does not take a " + token.identity() + " token; it takes " + api.tokenTypes(), List.of());
                case DATA_SCOPE_MISSING -> errors.error(400, "data-scope-missing", "the app has no data scope "
                        + "configured for tenant_access_token calls to contacts or HR", List.of());
                case UNSPECIFIED -> errors.error(400, "unspecified-by-the-rules", r.rule(), List.of());
            };
        }
        Served served = (Served) verdict;
        SimResponse answer = served(route, segments, request, token, served.withheldFields());
        return served.owner() == null ? answer : withOwner(answer, served.owner());
    }

    /**
     * Adds the owner of the resource a call created to its {@code data} (seed 001 §权限类型, 多维表格: what a tenant
     * token creates belongs to the app, what a user token creates to the user), as {@code data.owner}.
     */
    private static SimResponse withOwner(SimResponse answer, io.scopekit.permission.ResourceOwner owner) {
        tools.jackson.databind.JsonNode body = FeishuErrors.JSON.readTree(answer.body());
        ((ObjectNode) body.get("data")).putObject("owner").put("kind", owner.kind().wireName())
                .put("id", owner.id());
        return new SimResponse(answer.status(), FeishuErrors.JSON.writeValueAsString(body));
    }

    private SimResponse served(Route route, String[] segments, SimRequest request, Token token, Set<String> withheld) {
        ObjectNode data = FeishuErrors.JSON.createObjectNode();
        switch (route.api().id()) {
            case "contact.v3.users.get" -> {
                Optional<User> user = findUser(route.param("user_id", segments),
                        request.query().getOrDefault("user_id_type", "open_id"), token.tenantKey());
                if (user.isEmpty()) {
                    return errors.error(400, "user-not-found", "user not found in the tenant", List.of());
                }
                data.set("user", user(user.get(), withheld));
            }
            case "contact.v3.users.batch" -> {
                ArrayNode items = data.putArray("items");
                String type = request.query().getOrDefault("user_id_type", "open_id");
                for (String id : request.query().getOrDefault("user_ids", "").split(",")) {
                    findUser(id.strip(), type, token.tenantKey()).ifPresent(u -> items.add(user(u, withheld)));
                }
            }
            case "authen.v1.user_info.get" -> {
                User u = world.user(token.openId());
                ObjectNode node = user(u, withheld);
                data.setAll(node);
                data.put("tenant_key", token.tenantKey());
            }
            default -> {
                data.putArray("items");
                data.put("has_more", false);
            }
        }
        return FeishuErrors.ok(data);
    }

    private Optional<User> findUser(String id, String idType, String tenantKey) {
        return world.tenant(tenantKey).users().stream().filter(u -> switch (idType) {
            case "user_id" -> u.userId().equals(id);
            case "union_id" -> u.unionId().equals(id);
            default -> u.openId().equals(id);
        }).findFirst();
    }

    private static ObjectNode user(User u, Set<String> withheld) {
        ObjectNode node = FeishuErrors.JSON.createObjectNode();
        node.put("open_id", u.openId());
        node.put("union_id", u.unionId());
        if (!withheld.contains("user_id")) {
            node.put("user_id", u.userId());
        }
        node.put("name", u.name());
        return node;
    }
}
