package io.scopekit.target.simulator;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.OwnerKind;
import io.scopekit.permission.ResourceOwner;
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
import io.scopekit.simulator.HttpSimulatorAdmin;
import io.scopekit.simulator.SimulatorAdmin;
import io.scopekit.simulator.SimulatorAdmin.VersionStep;
import io.scopekit.simulator.SimulatorAdminException;
import io.scopekit.simulator.SimulatorHttp;
import io.scopekit.simulator.SimulatorHttp.Reply;
import io.scopekit.permission.LifecycleStep;
import io.scopekit.simulator.SimulatorConfig;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.target.permission.PlatformControl;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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

    private final PermissionModelSpec model;
    private final FeishuSimulator simulator;
    private final SimulatorHttp http;
    private final SimulatorAdmin admin;
    private final Map<String, String> tenantOfApp = new HashMap<>();
    private final Map<String, List<String>> usersOfTenant = new HashMap<>();
    private final Map<String, List<String>> grants = new HashMap<>();
    private final Map<String, String> latestVersion = new HashMap<>();
    private final Map<String, AppType> types = new HashMap<>();

    SimulatorSession(PermissionModelSpec model) {
        this.model = model;
        this.simulator = FeishuSimulator.create(model, new SimulatorConfig(model.id(), List.of(), List.of())).start(0);
        this.http = new SimulatorHttp(simulator.baseUrl());
        this.admin = new HttpSimulatorAdmin(http);
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
        return control(() -> admin.createTenant(tenant, ""));
    }

    @Override
    public Optional<PlatformError> createUser(String tenant, String user) {
        List<String> users = usersOfTenant.computeIfAbsent(tenant, t -> new ArrayList<>());
        if (users.contains(user)) {
            return Optional.empty();
        }
        users.add(user);
        return control(() -> admin.createUser(tenant, user, "", ""));
    }

    @Override
    public Optional<PlatformError> createApp(String app, String tenant, AppType type, String developer,
            List<String> outOfRange) {
        tenantOfApp.put(app, tenant);
        types.put(app, type);
        return control(() -> admin.createApp(new SimulatorAdmin.NewApp(app, secret(app), type.wireName(), tenant,
                developer, outOfRange)));
    }

    @Override
    public Optional<PlatformError> setLevel(String app, String permission, PermissionLevel level) {
        return control(() -> admin.setLevel(app, permission, level.wireName()));
    }

    @Override
    public Optional<PlatformError> grantUser(String app, String user, List<String> permissions) {
        // a user's grants travel in the user token the simulator issues for them
        grants.computeIfAbsent(app + "\u0000" + user, k -> new ArrayList<>()).addAll(permissions);
        return Optional.empty();
    }

    /** Runs an admin operation of the control plane: an unknown entity (404) or any other refusal as an error. */
    private static Optional<PlatformError> control(Supplier<ObjectNode> operation) {
        try {
            operation.get();
            return Optional.empty();
        } catch (SimulatorAdminException e) {
            return Optional.of(e.status() == 404 ? PlatformError.unknownEntity(e.msg())
                    : PlatformError.internal(e.msg()));
        }
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
        return event((EventDelivery) request);
    }

    /** A document changes; the simulator's admin says whether the app's subscription receives the event. */
    private PlatformResult event(EventDelivery event) {
        JsonNode answer;
        try {
            answer = admin.deliverEvent(event.app(), new SimulatorAdmin.EventForm(event.identity().wireName(),
                    event.subscriber() == null ? "" : event.subscriber(), event.owners(), event.anyOf()));
        } catch (SimulatorAdminException e) {
            return e.status() == 404 ? PlatformError.unknownEntity(e.msg()) : PlatformError.internal(e.msg());
        }
        JsonNode delivered = answer.get("delivered");
        JsonNode state = describe(event.app());
        return new PlatformResult.Observed(new PlatformObservation(CallOutcome.SUCCESS, null, null, null, List.of(),
                null, null, states(state), null, null, null, delivered == null ? null : delivered.asBoolean()));
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
        ResourceOwner created = null;
        if (ok) {
            JsonNode data = reply.body().get("data");
            JsonNode object = data.has("user") ? data.get("user")
                    : data.has("items") && data.get("items").size() > 0 ? data.get("items").get(0) : data;
            fields = call.fields().stream().filter(object::has).toList();
            JsonNode o = data.get("owner");
            if (o != null && o.isObject()) {
                created = new ResourceOwner(o.get("kind").asString().equals(OwnerKind.APP.wireName()) ? OwnerKind.APP
                        : OwnerKind.USER, o.get("id").asString());
            }
        }
        return new PlatformResult.Observed(new PlatformObservation(ok ? CallOutcome.SUCCESS : CallOutcome.FAIL,
                reply.status(), reply.code() == -1 ? null : reply.code(), ok ? null : reply.msg(),
                violations(reply.body()), fields, created, List.of(), null, null, null, null));
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
        String app = a.app();
        String version = String.valueOf(latestVersion.get(app));
        JsonNode result;
        String failure = null;
        try {
            result = switch (a.step()) {
                case APPLY -> admin.apply(app, JSON.writeValueAsString(scopes(a.permissions())));
                case IMPORT -> admin.importScopes(app, a.importJson() == null ? "" : a.importJson());
                case EXPORT -> admin.export(app);
                case CREATE_VERSION -> {
                    latestVersion.put(app, a.version().number());
                    yield admin.createVersion(app, new SimulatorAdmin.VersionForm(a.version().number(),
                            a.version().notes(), String.join(",", a.version().availability()),
                            a.version().reason() == null ? "" : a.version().reason()));
                }
                case SUBMIT_VERSION -> admin.versionStep(app, version, VersionStep.SUBMIT, "");
                case APPROVE_VERSION -> admin.versionStep(app, version, VersionStep.APPROVE,
                        a.reviewer() == null ? "tenant-admin" : a.reviewer().wireName());
                case REJECT_VERSION -> admin.versionStep(app, version, VersionStep.REJECT, "");
                case SWITCH_TO_TEST_VERSION -> types.get(app) == AppType.STORE && latestVersion.get(app) != null
                        ? admin.versionStep(app, version, VersionStep.TEST, "")
                        : admin.switchTestVersion(app, true);
                case SWITCH_TO_FORMAL_VERSION -> admin.switchTestVersion(app, false);
                case CONFIGURE_DATA_SCOPE -> admin.setDataScope(app, true);
                case RELEASE -> null;
            };
        } catch (SimulatorAdminException e) {
            if (e.status() == 0) {
                return PlatformError.internal(e.msg());
            }
            if (e.status() == 404) {
                return PlatformError.unknownEntity(e.msg());
            }
            result = null;
            failure = e.msg();
        }
        if (a.step() == LifecycleStep.RELEASE) {
            return PlatformError.unsupportedRequest("the simulator does not play store releases (" + a.releaseKind()
                    + ")");
        }
        boolean ok = failure == null;
        ScopesExport export = null;
        ScopeLists imported = null;
        if (ok && a.step() == LifecycleStep.EXPORT) {
            JsonNode s = result.get("scopes");
            export = new ScopesExport(new ScopeLists(strings(s.get("tenant")), strings(s.get("user"))));
        }
        if (ok && (a.step() == LifecycleStep.IMPORT || a.step() == LifecycleStep.APPLY)) {
            imported = new ScopeLists(applied(result.get("tenant")), applied(result.get("user")));
        }
        JsonNode state = describe(app);
        return new PlatformResult.Observed(new PlatformObservation(ok ? CallOutcome.SUCCESS : CallOutcome.FAIL,
                null, null, failure, List.of(), null, null, states(state), versionStatus(state), export, imported,
                null));
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
        try {
            return admin.app(app);
        } catch (SimulatorAdminException e) {
            return JSON.createObjectNode();
        }
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

    /** One request of the data plane; a transport failure is a {@link PlatformError}, never an exception. */
    private Object send(String method, String path, ObjectNode body, String token) {
        try {
            return http.send(method, path, body == null ? null : JSON.writeValueAsString(body), token);
        } catch (SimulatorAdminException e) {
            return PlatformError.internal(e.msg());
        }
    }

    private static String secret(String app) {
        return "secret-" + app;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
