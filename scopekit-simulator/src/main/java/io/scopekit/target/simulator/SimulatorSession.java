package io.scopekit.target.simulator;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.permission.VersionStatus;
import io.scopekit.permission.Violation;
import io.scopekit.simulator.FeishuSimulator;
import io.scopekit.simulator.SimulatorConfig;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.target.permission.PlatformControl;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One world on a fresh simulator: the control plane builds tenants, users and apps through the admin API, the data
 * plane performs calls and console steps over HTTP and reads the answers back as observations.
 */
final class SimulatorSession implements PlatformSession, PlatformControl {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PermissionModelSpec model;
    private final FeishuSimulator simulator;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tenantOfApp = new HashMap<>();
    private final Map<String, List<String>> usersOfTenant = new HashMap<>();
    private final Map<String, List<String>> grants = new HashMap<>();
    private final Map<String, String> latestVersion = new HashMap<>();
    private final Map<String, AppType> types = new HashMap<>();

    /** A reply of the simulator. */
    private record Reply(int status, JsonNode body) {
        long code() {
            JsonNode c = body.get("code");
            return c == null ? 0 : c.asLong();
        }

        String msg() {
            JsonNode m = body.get("msg");
            return m == null ? "" : m.asString();
        }
    }

    SimulatorSession(PermissionModelSpec model) {
        this.model = model;
        this.simulator = FeishuSimulator.create(model, new SimulatorConfig(model.id(), List.of(), List.of())).start(0);
        this.base = simulator.baseUrl();
    }

    @Override
    public PlatformControl control() {
        return this;
    }

    @Override
    public void close() {
        simulator.close();
    }

    // ------------------------------------------------------------------ control plane

    @Override
    public Optional<PlatformError> createTenant(String tenant) {
        if (usersOfTenant.putIfAbsent(tenant, new ArrayList<>()) != null) {
            return Optional.empty(); // creating a tenant that exists is a no-op, as on the reference
        }
        return control(send("POST", "/scopekit/admin/tenants", JSON.createObjectNode().put("key", tenant), null));
    }

    @Override
    public Optional<PlatformError> createUser(String tenant, String user) {
        List<String> users = usersOfTenant.computeIfAbsent(tenant, t -> new ArrayList<>());
        if (users.contains(user)) {
            return Optional.empty();
        }
        users.add(user);
        return control(send("POST", "/scopekit/admin/tenants/" + enc(tenant) + "/users",
                JSON.createObjectNode().put("openId", user), null));
    }

    @Override
    public Optional<PlatformError> createApp(String app, String tenant, AppType type, String developer,
            List<String> outOfRange) {
        tenantOfApp.put(app, tenant);
        types.put(app, type);
        ObjectNode body = JSON.createObjectNode().put("id", app).put("secret", secret(app)).put("type", type.wireName())
                .put("tenant", tenant).put("developer", developer);
        ArrayNode out = body.putArray("outOfRange");
        outOfRange.forEach(out::add);
        return control(send("POST", "/scopekit/admin/apps", body, null));
    }

    @Override
    public Optional<PlatformError> setLevel(String app, String permission, PermissionLevel level) {
        return control(send("POST", "/scopekit/admin/apps/" + enc(app) + "/levels",
                JSON.createObjectNode().put("permission", permission).put("level", level.wireName()), null));
    }

    @Override
    public Optional<PlatformError> grantUser(String app, String user, List<String> permissions) {
        // a user's grants travel in the user token the simulator issues for them
        grants.computeIfAbsent(app + "\u0000" + user, k -> new ArrayList<>()).addAll(permissions);
        return Optional.empty();
    }

    private static Optional<PlatformError> control(Object reply) {
        if (reply instanceof PlatformError e) {
            return Optional.of(e);
        }
        Reply r = (Reply) reply;
        if (r.status() == 404) {
            return Optional.of(PlatformError.unknownEntity(r.msg()));
        }
        return r.status() / 100 == 2 ? Optional.empty() : Optional.of(PlatformError.internal(r.msg()));
    }

    // ------------------------------------------------------------------ data plane

    @Override
    public PlatformResult perform(PlatformRequest request) {
        if (request instanceof ApiCall call) {
            return call(call);
        }
        if (request instanceof LifecycleAction action) {
            return lifecycle(action);
        }
        EventDelivery event = (EventDelivery) request;
        return PlatformError.unsupportedRequest("the simulator does not deliver events (" + event.identity().wireName()
                + " subscription of " + event.app() + ")");
    }

    private PlatformResult call(ApiCall call) {
        Optional<OpenApi> api = model.api(call.api());
        if (api.isEmpty()) {
            return PlatformError.unsupportedRequest("no API '" + call.api() + "' in the catalog");
        }
        String tenant = tenantOfApp.get(call.app());
        if (tenant == null) {
            return PlatformError.unknownEntity("unknown app '" + call.app() + "'");
        }
        List<String> users = usersOfTenant.getOrDefault(tenant, List.of());
        String owner = call.owner() != null ? call.owner() : users.isEmpty() ? "ou_unknown" : users.get(0);
        String token;
        boolean tenantToken = call.identity() == Identity.TENANT;
        switch (call.token()) {
            case MISSING -> token = null;
            case INVALID -> token = tenantToken ? "t-not-issued" : "u-not-issued";
            default -> {
                int seconds = call.token() == io.scopekit.permission.TokenStatus.EXPIRED ? 0 : 7200;
                Object r = tenantToken
                        ? send("POST", "/scopekit/test/tenant_access_token", JSON.createObjectNode()
                                .put("app_id", call.app()).put("expires_in", seconds), null)
                        : send("POST", "/scopekit/test/user_access_token", userTokenBody(call.app(), owner, seconds), null);
                if (r instanceof PlatformError e) {
                    return e;
                }
                Reply reply = (Reply) r;
                if (reply.code() != 0) {
                    return PlatformError.internal("the simulator issued no token: " + reply.msg());
                }
                JsonNode data = reply.body().get("data");
                token = (tenantToken ? data.get("tenant_access_token") : data.get("access_token")).asString();
            }
        }
        String path = api.get().path().replace(":user_id", enc(users.isEmpty() ? owner : users.get(0)));
        path = path.replaceAll(":[a-z_]+", "x");
        if (api.get().id().equals("contact.v3.users.batch")) {
            path += "?user_id_type=open_id&user_ids=" + enc(String.join(",", users));
        }
        Object r = send(api.get().method(), path, api.get().method().equals("GET") ? null : JSON.createObjectNode(),
                token);
        if (r instanceof PlatformError e) {
            return e;
        }
        Reply reply = (Reply) r;
        boolean ok = reply.code() == 0;
        List<String> fields = null;
        if (ok) {
            JsonNode data = reply.body().get("data");
            JsonNode object = data.has("user") ? data.get("user")
                    : data.has("items") && data.get("items").size() > 0 ? data.get("items").get(0) : data;
            fields = call.fields().stream().filter(object::has).toList();
        }
        return new PlatformResult.Observed(new PlatformObservation(ok ? CallOutcome.SUCCESS : CallOutcome.FAIL,
                reply.status(), reply.code() == -1 ? null : reply.code(), ok ? null : reply.msg(),
                violations(reply.body()), fields, null, List.of(), null, null, null, null));
    }

    private ObjectNode userTokenBody(String app, String user, int seconds) {
        ObjectNode body = JSON.createObjectNode().put("app_id", app).put("open_id", user).put("expires_in", seconds);
        ArrayNode scopes = body.putArray("scopes");
        grants.getOrDefault(app + "\u0000" + user, List.of()).forEach(scopes::add);
        return body;
    }

    private static List<Violation> violations(JsonNode body) {
        JsonNode list = body.path("error").path("permission_violations");
        List<Violation> out = new ArrayList<>();
        list.forEach(v -> out.add(new Violation(v.get("type").asString(), v.get("subject").asString())));
        return out;
    }

    private PlatformResult lifecycle(LifecycleAction a) {
        String app = "/scopekit/admin/apps/" + enc(a.app());
        String version = latestVersion.get(a.app());
        Object r = switch (a.step()) {
            case APPLY -> send("POST", app + "/applications", scopes(a.permissions()), null);
            case IMPORT -> sendRaw("POST", app + "/import", a.importJson() == null ? "" : a.importJson());
            case EXPORT -> send("GET", app + "/export", null, null);
            case CREATE_VERSION -> {
                ObjectNode body = JSON.createObjectNode().put("version", a.version().number())
                        .put("notes", a.version().notes()).put("availability", String.join(",",
                                a.version().availability()));
                if (a.version().reason() != null) {
                    body.put("reason", a.version().reason());
                }
                latestVersion.put(a.app(), a.version().number());
                yield send("POST", app + "/versions", body, null);
            }
            case SUBMIT_VERSION -> send("POST", app + "/versions/" + enc(String.valueOf(version)) + "/submit", null, null);
            case APPROVE_VERSION -> send("POST", app + "/versions/" + enc(String.valueOf(version)) + "/approve",
                    JSON.createObjectNode().put("reviewer", a.reviewer() == null ? "tenant-admin"
                            : a.reviewer().wireName()), null);
            case REJECT_VERSION -> send("POST", app + "/versions/" + enc(String.valueOf(version)) + "/reject", null, null);
            case SWITCH_TO_TEST_VERSION -> types.get(a.app()) == AppType.STORE && version != null
                    ? send("POST", app + "/versions/" + enc(version) + "/test", null, null)
                    : send("POST", app + "/test-version", JSON.createObjectNode().put("on", true), null);
            case SWITCH_TO_FORMAL_VERSION -> send("POST", app + "/test-version", JSON.createObjectNode().put("on", false),
                    null);
            case CONFIGURE_DATA_SCOPE -> send("POST", app + "/data-scope", JSON.createObjectNode().put("on", true), null);
            case RELEASE -> PlatformError.unsupportedRequest("the simulator does not play store releases ("
                    + a.releaseKind() + ")");
        };
        if (r instanceof PlatformError e) {
            return e;
        }
        Reply reply = (Reply) r;
        if (reply.status() == 404) {
            return PlatformError.unknownEntity(reply.msg());
        }
        boolean ok = reply.code() == 0;
        ScopesExport export = null;
        ScopeLists imported = null;
        if (a.step() == io.scopekit.permission.LifecycleStep.EXPORT && reply.status() == 200) {
            JsonNode s = reply.body().get("scopes");
            export = new ScopesExport(new ScopeLists(strings(s.get("tenant")), strings(s.get("user"))));
        }
        if (ok && (a.step() == io.scopekit.permission.LifecycleStep.IMPORT
                || a.step() == io.scopekit.permission.LifecycleStep.APPLY)) {
            JsonNode d = reply.body().get("data");
            imported = new ScopeLists(applied(d.get("tenant")), applied(d.get("user")));
        }
        JsonNode state = describe(a.app());
        return new PlatformResult.Observed(new PlatformObservation(ok ? CallOutcome.SUCCESS : CallOutcome.FAIL,
                null, null, ok ? null : reply.msg(), List.of(), null, null, states(state), versionStatus(state),
                export, imported, null));
    }

    private static ObjectNode scopes(List<PermissionRef> refs) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode scopes = body.putObject("scopes");
        for (PermissionRef ref : refs) {
            ArrayNode list = scopes.has(ref.identity().wireName()) ? (ArrayNode) scopes.get(ref.identity().wireName())
                    : scopes.putArray(ref.identity().wireName());
            list.add(ref.permission());
        }
        return body;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    private static List<String> applied(JsonNode group) {
        if (group == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        group.get("applied").forEach(n -> out.add(n.get("permission").asString()));
        return out;
    }

    private JsonNode describe(String app) {
        Object r = send("GET", "/scopekit/admin/apps/" + enc(app), null, null);
        return r instanceof Reply reply && reply.code() == 0 ? reply.body().get("data") : JSON.createObjectNode();
    }

    private static List<PermissionStatus> states(JsonNode app) {
        List<PermissionStatus> out = new ArrayList<>();
        app.path("applications").forEach(a -> {
            out.add(new PermissionStatus(a.get("permission").asString(),
                    Identity.fromWireName(a.get("identity").asString()),
                    PermissionState.fromWireName(a.get("state").asString())));
        });
        return out;
    }

    private static VersionStatus versionStatus(JsonNode app) {
        JsonNode versions = app.path("versions");
        if (versions.size() == 0) {
            return null;
        }
        return switch (versions.get(versions.size() - 1).get("status").asString()) {
            case "created" -> VersionStatus.PENDING_APPLICATION;
            case "in-review" -> VersionStatus.IN_REVIEW;
            case "approved" -> VersionStatus.APPROVED;
            case "rejected" -> VersionStatus.REJECTED;
            default -> VersionStatus.TESTING;
        };
    }

    // ------------------------------------------------------------------ HTTP

    private Object send(String method, String path, ObjectNode body, String token) {
        return exchange(method, path, body == null ? null : JSON.writeValueAsString(body), token);
    }

    private Object sendRaw(String method, String path, String body) {
        return exchange(method, path, body, null);
    }

    /** One bounded HTTP exchange; a transport failure is a {@link PlatformError}, never an exception. */
    private Object exchange(String method, String path, String body, String token) {
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
            return PlatformError.internal(method + " " + path + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PlatformError.internal(method + " " + path + " interrupted");
        }
    }

    private static String secret(String app) {
        return "secret-" + app;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
