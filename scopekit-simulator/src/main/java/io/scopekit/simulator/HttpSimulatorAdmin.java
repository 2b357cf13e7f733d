package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API over HTTP: each operation is the request its {@link AdminRoute} names, and an answer other than
 * success is a {@link SimulatorAdminException} with the answer's status, code and message (status 0 when the
 * simulator did not answer).
 */
@API(status = EXPERIMENTAL)
public final class HttpSimulatorAdmin implements SimulatorAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SimulatorHttp http;

    /** Creates the client over a simulator's HTTP client. */
    public HttpSimulatorAdmin(SimulatorHttp http) {
        this.http = http;
    }

    @Override
    public ObjectNode createTenant(String key, String name) {
        ObjectNode body = JSON.createObjectNode().put("key", key);
        if (!name.isEmpty()) {
            body.put("name", name);
        }
        return data(send(AdminRoute.CREATE_TENANT, body));
    }

    @Override
    public ObjectNode createUser(String tenant, String openId, String userId, String name) {
        ObjectNode body = JSON.createObjectNode().put("openId", openId);
        if (!userId.isEmpty()) {
            body.put("userId", userId);
        }
        if (!name.isEmpty()) {
            body.put("name", name);
        }
        return data(send(AdminRoute.CREATE_USER, body, tenant));
    }

    @Override
    public ObjectNode createApp(NewApp app) {
        ObjectNode body = JSON.createObjectNode().put("id", app.id()).put("secret", app.secret())
                .put("type", app.type()).put("tenant", app.tenant()).put("developer", app.developer());
        ArrayNode out = body.putArray("outOfRange");
        app.outOfRange().forEach(out::add);
        return data(send(AdminRoute.CREATE_APP, body));
    }

    @Override
    public ObjectNode app(String app) {
        return data(send(AdminRoute.READ_APP, null, app));
    }

    @Override
    public ObjectNode export(String app) {
        SimulatorHttp.Reply reply = send(AdminRoute.EXPORT, null, app);
        return (ObjectNode) reply.body();
    }

    @Override
    public ObjectNode importScopes(String app, String document) {
        return data(sendText(AdminRoute.IMPORT, document, app));
    }

    @Override
    public ObjectNode apply(String app, String document) {
        return data(sendText(AdminRoute.APPLY, document, app));
    }

    @Override
    public ObjectNode createVersion(String app, VersionForm version) {
        ObjectNode body = JSON.createObjectNode().put("version", version.version()).put("notes", version.notes())
                .put("availability", version.availability());
        if (!version.reason().isEmpty()) {
            body.put("reason", version.reason());
        }
        return data(send(AdminRoute.CREATE_VERSION, body, app));
    }

    @Override
    public ObjectNode versionStep(String app, String version, VersionStep step, String reviewer) {
        ObjectNode body = step == VersionStep.APPROVE ? JSON.createObjectNode().put("reviewer", reviewer) : null;
        return data(send(AdminRoute.VERSION_STEP, body, app, version, step.pathName()));
    }

    @Override
    public ObjectNode switchTestVersion(String app, boolean on) {
        return data(send(AdminRoute.TEST_VERSION, JSON.createObjectNode().put("on", on), app));
    }

    @Override
    public ObjectNode setLevel(String app, String permission, String level) {
        return data(send(AdminRoute.SET_LEVEL, JSON.createObjectNode().put("permission", permission)
                .put("level", level), app));
    }

    @Override
    public ObjectNode setDataScope(String app, boolean on) {
        return data(send(AdminRoute.DATA_SCOPE, JSON.createObjectNode().put("on", on), app));
    }

    @Override
    public ObjectNode deliverEvent(String app, EventForm event) {
        ObjectNode body = JSON.createObjectNode().put("identity", event.identity())
                .put("subscriber", event.subscriber());
        ArrayNode owners = body.putArray("owners");
        event.owners().forEach(owners::add);
        ArrayNode anyOf = body.putArray("anyOf");
        event.anyOf().forEach(anyOf::add);
        return data(send(AdminRoute.DELIVER_EVENT, body, app));
    }

    private SimulatorHttp.Reply send(AdminRoute route, @Nullable ObjectNode body, String... params) {
        return sendText(route, body == null ? null : JSON.writeValueAsString(body), params);
    }

    /** Sends a request and refuses any answer but a 2xx with code 0. */
    private SimulatorHttp.Reply sendText(AdminRoute route, @Nullable String body, String... params) {
        SimulatorHttp.Reply reply = http.send(route.method(), route.path(params), body, null);
        if (reply.status() / 100 != 2 || reply.code() != 0) {
            List<String> details = new ArrayList<>();
            reply.body().path("error").path("details").forEach(d -> details.add(d.path("value").asString()));
            throw new SimulatorAdminException(reply.status(), reply.code(), reply.msg(), details);
        }
        return reply;
    }

    private static ObjectNode data(SimulatorHttp.Reply reply) {
        JsonNode data = reply.body().get("data");
        return data instanceof ObjectNode o ? o : JSON.createObjectNode();
    }
}
