package io.scopekit.simulator.internal;

import io.scopekit.simulator.AccessDecisions;
import io.scopekit.simulator.AccessDecisions.ApplicationState;
import io.scopekit.simulator.AccessDecisions.CallFacts;
import io.scopekit.simulator.AccessDecisions.CallVerdict;
import io.scopekit.simulator.AccessDecisions.Refused;
import io.scopekit.simulator.AccessDecisions.Served;
import io.scopekit.simulator.SimRequest;
import io.scopekit.simulator.SimResponse;
import io.scopekit.simulator.SimulatorConfig;
import io.scopekit.simulator.SimulatorConfig.App;
import io.scopekit.simulator.SimulatorConfig.Tenant;
import io.scopekit.simulator.SimulatorConfig.User;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PermissionModelSpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated platform: tenants, apps and their applications, versions and issued tokens, and the one handler every
 * request goes through (in-process and over HTTP). Decisions are asked of {@link AccessDecisions}; this class keeps
 * state and speaks Feishu's JSON.
 */
public final class Platform {

    static final String TENANT = "tenant";
    static final String USER = "user";
    private static final int TOKEN_SECONDS = 7200;
    private static final String IMPORT_ERROR = "该权限不存在或该应用无权申请该权限，请重新录入。";

    private final PermissionModelSpec model;
    private final AccessDecisions decisions;
    private final Clock clock;
    private final FeishuErrors errors;
    private final List<Route> routes;
    private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
    private final Map<String, User> usersByOpenId = new ConcurrentHashMap<>();
    private final Map<String, String> tenantOfUser = new ConcurrentHashMap<>();
    private final Map<String, AppState> apps = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** A token the platform issued. */
    record Token(String value, String identity, String appId, String tenantKey, String openId, Set<String> granted,
            Instant expiresAt) {}

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

    /** Creates the platform for a configuration. */
    public Platform(PermissionModelSpec model, SimulatorConfig config, AccessDecisions decisions, Clock clock) {
        this.model = model;
        this.decisions = decisions;
        this.clock = clock;
        this.errors = new FeishuErrors(model);
        this.routes = model.apis().stream().map(a -> new Route(a, split(a.path()))).toList();
        for (Tenant t : config.tenants()) {
            tenants.put(t.key(), t);
            for (User u : t.users()) {
                usersByOpenId.put(u.openId(), u);
                tenantOfUser.put(u.openId(), t.key());
            }
        }
        for (App a : config.apps()) {
            AppState state = new AppState(a);
            a.enabled().forEach((identity, keys) -> keys.forEach(k ->
                    state.applications.put(new AppState.Key(identity, k),
                            new AppState.Application(ApplicationState.ENABLED, false))));
            apps.put(a.id(), state);
        }
    }

    /** Handles one request; never throws for bad input, which is answered with an error body. */
    public SimResponse handle(SimRequest request) {
        try {
            String path = request.path();
            if (path.startsWith("/scopekit/admin/")) {
                return admin(request);
            }
            if (path.equals("/scopekit/test/user_access_token")) {
                return issueUserToken(request);
            }
            if (path.equals("/scopekit/test/tenant_access_token")) {
                JsonNode body = json(request.body());
                AppState app = apps.get(text(body, "app_id"));
                if (app == null) {
                    throw new BadInput(404, "unknown app '" + text(body, "app_id") + "'");
                }
                JsonNode expiresIn = body.get("expires_in");
                int seconds = expiresIn == null ? TOKEN_SECONDS : expiresIn.asInt(TOKEN_SECONDS);
                ObjectNode data = FeishuErrors.JSON.createObjectNode();
                data.put("tenant_access_token", issue("t-", TENANT, app.config.id(), app.config.tenant(), null,
                        Set.of(), Math.max(0, seconds)).value());
                return FeishuErrors.ok(data);
            }
            if (request.method().equals("POST")) {
                switch (path) {
                    case "/open-apis/auth/v3/tenant_access_token/internal" -> {
                        return internalToken(request, true);
                    }
                    case "/open-apis/auth/v3/app_access_token/internal" -> {
                        return internalToken(request, false);
                    }
                    case "/open-apis/auth/v3/tenant_access_token" -> {
                        return storeTenantToken(request);
                    }
                    default -> { }
                }
            }
            String[] segments = split(path);
            for (Route route : routes) {
                if (route.matches(request.method(), segments)) {
                    return call(route, segments, request);
                }
            }
            return FeishuErrors.admin(404, "no API at " + request.method() + " " + path
                    + " in the " + model.id() + " catalog (./scopekit specs show " + model.id() + ")");
        } catch (BadInput e) {
            return FeishuErrors.admin(e.status, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- tokens

    private SimResponse internalToken(SimRequest request, boolean tenantToken) {
        JsonNode body = json(request.body());
        String appId = text(body, "app_id");
        String secret = text(body, "app_secret");
        AppState app = apps.get(appId);
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
        Token tenant = issue("t-", TENANT, appId, app.config.tenant(), null, Set.of(), TOKEN_SECONDS);
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
        JsonNode body = json(request.body());
        Token appToken = tokens.get(text(body, "app_access_token"));
        if (appToken == null || !appToken.identity().equals("app") || expired(appToken)) {
            return errors.error(400, "tenant-token-invalid", "app_access_token invalid", List.of());
        }
        String tenantKey = text(body, "tenant_key");
        AppState app = apps.get(appToken.appId());
        if (!tenants.containsKey(tenantKey) || !app.config.tenant().equals(tenantKey)) {
            return errors.error(400, "tenant-unknown", "tenant_key '" + tenantKey + "' is not a tenant the app is "
                    + "installed in", List.of());
        }
        ObjectNode out = FeishuErrors.JSON.createObjectNode();
        out.put("code", 0);
        out.put("msg", "success");
        out.put("tenant_access_token", issue("t-", TENANT, app.config.id(), tenantKey, null, Set.of(), TOKEN_SECONDS)
                .value());
        out.put("expire", TOKEN_SECONDS);
        return new SimResponse(200, FeishuErrors.JSON.writeValueAsString(out));
    }

    /** The test shortcut: a user_access_token of a user for an app with the permissions the user granted. */
    private SimResponse issueUserToken(SimRequest request) {
        if (!request.method().equals("POST")) {
            throw new BadInput(405, "expected POST " + request.path());
        }
        JsonNode body = json(request.body());
        String appId = text(body, "app_id");
        String openId = text(body, "open_id");
        AppState app = apps.get(appId);
        if (app == null) {
            throw new BadInput(404, "unknown app '" + appId + "'; expected an app id of the configuration");
        }
        User user = usersByOpenId.get(openId);
        if (user == null || !tenantOfUser.get(openId).equals(app.config.tenant())) {
            throw new BadInput(404, "unknown user '" + openId + "' in the app's tenant '" + app.config.tenant()
                    + "'; expected an openId of that tenant's users");
        }
        Set<String> granted = new LinkedHashSet<>();
        JsonNode scopes = body.get("scopes");
        if (scopes != null && !scopes.isNull()) {
            if (!scopes.isArray()) {
                throw new BadInput(400, "'scopes' must be a list of permission keys");
            }
            for (JsonNode s : scopes) {
                String key = s.isString() ? s.stringValue() : "";
                if (model.permission(key).filter(p -> p.identities().contains(USER)).isEmpty()) {
                    throw new BadInput(400, "unknown user-identity permission '" + key + "' in 'scopes'; expected a "
                            + "permission key of the catalog that a user token can hold");
                }
                granted.add(key);
            }
        }
        JsonNode expiresIn = body.get("expires_in");
        int seconds = expiresIn == null || expiresIn.isNull() ? TOKEN_SECONDS : expiresIn.asInt(-1);
        if (seconds < 0) {
            throw new BadInput(400, "'expires_in' must be a number of seconds (0 issues an expired token)");
        }
        Token token = issue("u-", USER, appId, app.config.tenant(), openId, granted, seconds);
        ObjectNode data = FeishuErrors.JSON.createObjectNode();
        data.put("access_token", token.value());
        data.put("token_type", "Bearer");
        data.put("expires_in", seconds);
        data.put("open_id", openId);
        ArrayNode sc = data.putArray("scopes");
        granted.forEach(sc::add);
        return FeishuErrors.ok(data);
    }

    private Token issue(String prefix, String identity, String appId, String tenantKey, String openId,
            Set<String> granted, int seconds) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        Token t = new Token(prefix + HexFormat.of().formatHex(bytes), identity, appId, tenantKey, openId,
                Set.copyOf(granted), clock.instant().plusSeconds(seconds));
        tokens.put(t.value(), t);
        return t;
    }

    private boolean expired(Token t) {
        return !clock.instant().isBefore(t.expiresAt());
    }

    // ---------------------------------------------------------------- API calls

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
        Token token = tokens.get(value);
        boolean userShaped = value.startsWith("u-");
        if (token == null) {
            return errors.error(400, userShaped ? "user-token-invalid" : "tenant-token-invalid",
                    "Invalid access token for authorization. Please make a request with token attached.", List.of());
        }
        if (expired(token)) {
            return errors.error(400, userShaped ? "user-token-expired" : "tenant-token-invalid",
                    userShaped ? "Authentication token expired." : "Invalid access token for authorization.",
                    List.of());
        }
        AppState app = apps.get(token.appId());
        OpenApi api = route.api();
        CallVerdict verdict;
        synchronized (app) {
            Set<String> enabled = app.permissions(token.identity(), true);
            Set<String> applied = app.permissions(token.identity(), false);
            verdict = decisions.decideCall(new CallFacts(app.config.id(), app.config.tenant(),
                    app.config.developer().orElse(""), token.openId() == null ? "" : token.openId(),
                    api.id(), token.identity(), app.config.type(), enabled,
                    applied, USER.equals(token.identity()) && app.config.developer().filter(d -> d.equals(
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
        return served(route, segments, request, token, ((Served) verdict).withheldFields());
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
                User u = usersByOpenId.get(token.openId());
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
        return tenants.get(tenantKey).users().stream().filter(u -> switch (idType) {
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

    // ---------------------------------------------------------------- admin API

    private SimResponse admin(SimRequest request) {
        String[] s = split(request.path()); // scopekit, admin, apps, {id}, ...
        if (request.method().equals("POST") && (request.path().equals("/scopekit/admin/tenants")
                || request.path().equals("/scopekit/admin/apps")
                || (s.length == 5 && s[2].equals("tenants") && s[4].equals("users")))) {
            return world(request, s);
        }
        if (s.length < 4 || !s[2].equals("apps")) {
            throw new BadInput(404, "no admin resource at " + request.path()
                    + "; expected /scopekit/admin/apps/{app_id}/... (docs/simulator.md)");
        }
        AppState app = apps.get(s[3]);
        if (app == null) {
            throw new BadInput(404, "unknown app '" + s[3] + "'; expected one of " + apps.keySet());
        }
        String m = request.method();
        String tail = String.join("/", java.util.Arrays.copyOfRange(s, 4, s.length));
        synchronized (app) {
            if (m.equals("GET") && tail.isEmpty()) {
                return FeishuErrors.ok(app.describe());
            }
            if (m.equals("GET") && tail.equals("export")) {
                return new SimResponse(200, FeishuErrors.JSON.writeValueAsString(app.export()));
            }
            if (m.equals("POST") && (tail.equals("import") || tail.equals("applications"))) {
                return importScopes(app, request.body(), tail.equals("import"));
            }
            if (m.equals("POST") && tail.equals("versions")) {
                return createVersion(app, json(request.body()));
            }
            if (m.equals("POST") && tail.equals("test-version")) {
                JsonNode body = json(request.body());
                JsonNode on = body.get("on");
                if (on == null || !on.isBoolean()) {
                    throw new BadInput(400, "expected {\"on\": true|false}");
                }
                app.switchTestVersion(on.booleanValue());
                return FeishuErrors.ok(app.describe());
            }
            if (m.equals("POST") && tail.equals("levels")) {
                JsonNode body = json(request.body());
                String permission = text(body, "permission");
                String level = text(body, "level");
                if (model.permission(permission).isEmpty()) {
                    throw new BadInput(400, "unknown permission '" + permission + "'; expected a catalog key");
                }
                switch (level) {
                    case "review-exempt" -> app.reviewExempt.add(permission);
                    case "advanced" -> app.advanced.add(permission);
                    case "review-required", "normal" -> {
                        app.reviewExempt.remove(permission);
                        app.advanced.remove(permission);
                    }
                    default -> throw new BadInput(400, "unknown level '" + level
                            + "'; expected review-exempt, review-required, normal or advanced");
                }
                return FeishuErrors.ok(app.describe());
            }
            if (m.equals("POST") && tail.equals("data-scope")) {
                JsonNode on = json(request.body()).get("on");
                if (on == null || !on.isBoolean()) {
                    throw new BadInput(400, "expected {\"on\": true|false}");
                }
                app.dataScope = on.booleanValue();
                if (app.dataScope) {
                    app.applications.replaceAll((k, v) -> v.state() == ApplicationState.NEEDS_DATA_SCOPE
                            ? new AppState.Application(ApplicationState.ENABLED, v.test()) : v);
                }
                return FeishuErrors.ok(app.describe());
            }
            if (m.equals("POST") && s.length == 7 && s[4].equals("versions")) {
                return versionStep(app, s[5], s[6], request.body());
            }
        }
        throw new BadInput(404, "no admin operation " + m + " " + request.path() + " (docs/simulator.md)");
    }

    /** Adds a tenant, a user of a tenant or an app while the simulator runs (the permission target's control plane). */
    private synchronized SimResponse world(SimRequest request, String[] s) {
        JsonNode body = json(request.body());
        if (s.length == 3 && s[2].equals("tenants")) {
            String key = text(body, "key");
            if (tenants.containsKey(key)) {
                throw new BadInput(409, "tenant '" + key + "' exists already");
            }
            tenants.put(key, new Tenant(key, optText(body, "name").isEmpty() ? key : optText(body, "name"),
                    new ArrayList<>()));
            return FeishuErrors.ok(FeishuErrors.JSON.createObjectNode().put("key", key));
        }
        if (s[2].equals("tenants")) {
            Tenant t = tenants.get(s[3]);
            if (t == null) {
                throw new BadInput(404, "unknown tenant '" + s[3] + "'; expected one of " + tenants.keySet());
            }
            String openId = text(body, "openId");
            if (usersByOpenId.containsKey(openId)) {
                throw new BadInput(409, "user '" + openId + "' exists already");
            }
            String userId = optText(body, "userId").isEmpty() ? openId : optText(body, "userId");
            User u = new User(openId, userId, "on_" + openId, optText(body, "name").isEmpty() ? openId
                    : optText(body, "name"));
            List<User> users = new ArrayList<>(t.users());
            users.add(u);
            tenants.put(t.key(), new Tenant(t.key(), t.name(), users));
            usersByOpenId.put(openId, u);
            tenantOfUser.put(openId, t.key());
            return FeishuErrors.ok(FeishuErrors.JSON.createObjectNode().put("openId", openId));
        }
        String id = text(body, "id");
        String type = text(body, "type");
        String tenant = text(body, "tenant");
        if (apps.containsKey(id)) {
            throw new BadInput(409, "app '" + id + "' exists already");
        }
        if (model.appType(type).isEmpty()) {
            throw new BadInput(400, "unknown app type '" + type + "'; expected custom or store");
        }
        if (!tenants.containsKey(tenant)) {
            throw new BadInput(404, "unknown tenant '" + tenant + "'; expected one of " + tenants.keySet());
        }
        String developer = optText(body, "developer");
        AppState state = new AppState(new App(id, text(body, "secret"), type, tenant,
                developer.isEmpty() ? Optional.empty() : Optional.of(developer), false, Set.of(), false, Map.of()));
        JsonNode out = body.get("outOfRange");
        if (out != null && out.isArray()) {
            out.forEach(k -> state.outOfRange.add(k.asString()));
        }
        apps.put(id, state);
        return FeishuErrors.ok(state.describe());
    }

    /** Batch import (and the console's apply, which takes the same body): all or nothing. */
    private SimResponse importScopes(AppState app, String bodyText, boolean imported) {
        JsonNode body = json(bodyText);
        JsonNode scopes = body.get("scopes");
        if (scopes == null || !scopes.isObject()) {
            throw new BadInput(400, "expected {\"scopes\":{\"tenant\":[...],\"user\":[...]}} (seed 001, 批量导入权限)");
        }
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : scopes.properties()) {
            String identity = e.getKey();
            if (!identity.equals(TENANT) && !identity.equals(USER)) {
                problems.add("'" + identity + "': expected identity tenant or user");
                continue;
            }
            if (!e.getValue().isArray()) {
                problems.add("'" + identity + "': expected a list of permission keys");
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (JsonNode k : e.getValue()) {
                String key = k.isString() ? k.stringValue() : String.valueOf(k);
                boolean available = model.permission(key).filter(p -> p.identities().contains(identity)).isPresent()
                        && !app.outOfRange.contains(key);
                if (!available) {
                    problems.add(key + " (" + identity + "): " + IMPORT_ERROR);
                } else {
                    keys.add(key);
                }
            }
            wanted.put(identity, keys);
        }
        if (!problems.isEmpty()) {
            ObjectNode out = FeishuErrors.JSON.createObjectNode();
            out.put("code", FeishuErrors.UNSPECIFIED);
            out.put("msg", IMPORT_ERROR);
            ArrayNode list = out.putObject("error").putArray("details");
            problems.forEach(p -> list.addObject().put("key", "scope").put("value", p));
            return new SimResponse(400, FeishuErrors.JSON.writeValueAsString(out));
        }
        ObjectNode data = FeishuErrors.JSON.createObjectNode();
        for (Map.Entry<String, List<String>> e : wanted.entrySet()) {
            ArrayNode added = FeishuErrors.JSON.createArrayNode();
            ArrayNode filtered = FeishuErrors.JSON.createArrayNode();
            for (String key : e.getValue()) {
                AppState.Key k = new AppState.Key(e.getKey(), key);
                if (app.applications.containsKey(k)) {
                    filtered.add(key);
                    continue;
                }
                ApplicationState st = decisions.decideApply(new AccessDecisions.ApplyFacts(key, e.getKey(),
                        app.config.type(), app.reviewExempt.contains(key), app.testVersion, imported, app.dataScope));
                app.applications.put(k, new AppState.Application(st, app.testVersion));
                ObjectNode row = added.addObject().put("permission", key).put("state", st.wireName());
                if (TENANT.equals(e.getKey()) && model.permission(key)
                        .flatMap(p -> p.dataScopeUnderTenant()).orElse(false)) {
                    row.put("needsDataScope", true);
                }
            }
            if (!added.isEmpty() || !filtered.isEmpty()) {
                ObjectNode group = data.putObject(e.getKey());
                group.set("applied", added);
                group.set("filtered", filtered);
            }
        }
        return FeishuErrors.ok(data);
    }

    private SimResponse createVersion(AppState app, JsonNode body) {
        String number = text(body, "version");
        if (!number.matches("\\d+(\\.\\d+){0,3}")) {
            throw new BadInput(400, "'version' must be a version number like 1.0.0 (seed 001, 步骤三)");
        }
        if (app.versions.containsKey(number)) {
            throw new BadInput(409, "version " + number + " exists already");
        }
        AppState.Version v = new AppState.Version(number, optText(body, "notes"), optText(body, "availability"),
                optText(body, "reason"), app.pending());
        app.versions.put(number, v);
        return FeishuErrors.ok(app.describe());
    }

    private SimResponse versionStep(AppState app, String number, String step, String bodyText) {
        AppState.Version v = app.versions.get(number);
        if (v == null) {
            throw new BadInput(404, "unknown version '" + number + "'; expected one of " + app.versions.keySet());
        }
        switch (step) {
            case "submit" -> app.submit(v);
            case "approve" -> app.approve(v, optText(json(bodyText.isBlank() ? "{}" : bodyText), "reviewer"));
            case "reject" -> app.reject(v);
            case "test" -> app.test(v);
            default -> throw new BadInput(404, "unknown version step '" + step
                    + "'; expected submit, approve, reject or test");
        }
        return FeishuErrors.ok(app.describe());
    }

    // ---------------------------------------------------------------- helpers

    /** Bad input to the simulator: answered with an error body, never an exception to the client. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        BadInput(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    static JsonNode json(String text) {
        try {
            JsonNode n = FeishuErrors.JSON.readTree(text == null || text.isBlank() ? "{}" : text);
            if (n == null || !n.isObject()) {
                throw new BadInput(400, "malformed JSON at line 1 column 1: expected a JSON object");
            }
            return n;
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            String at = l == null ? "" : " at line " + l.getLineNr() + " column " + l.getColumnNr();
            String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new BadInput(400, "malformed JSON" + at + ": " + what + "; expected a JSON object");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isString() || n.stringValue().isBlank()) {
            throw new BadInput(400, "missing '" + field + "'; expected a non-empty string");
        }
        return n.stringValue();
    }

    private static String optText(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || !n.isString() ? "" : n.stringValue();
    }

    private static String[] split(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }

    /** For tests and the target: the app's applications by identity and state. */
    public synchronized Optional<String> describeApp(String appId) {
        AppState app = apps.get(appId);
        if (app == null) {
            return Optional.empty();
        }
        synchronized (app) {
            return Optional.of(FeishuErrors.JSON.writeValueAsString(app.describe()));
        }
    }
}
