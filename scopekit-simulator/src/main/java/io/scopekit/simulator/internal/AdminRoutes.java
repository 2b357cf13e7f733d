package io.scopekit.simulator.internal;

import io.scopekit.simulator.AdminRoute;
import io.scopekit.simulator.SimRequest;
import io.scopekit.simulator.SimResponse;
import io.scopekit.simulator.SimulatorAdmin;
import io.scopekit.simulator.SimulatorAdmin.EventForm;
import io.scopekit.simulator.SimulatorAdmin.NewApp;
import io.scopekit.simulator.SimulatorAdmin.VersionForm;
import io.scopekit.simulator.SimulatorAdmin.VersionStep;
import io.scopekit.simulator.SimulatorAdminException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the admin API over HTTP: finds the {@link AdminRoute} a request names, reads its body into the arguments of
 * the {@link SimulatorAdmin} operation and writes the operation's result or refusal as the admin API's JSON. An
 * app's path is checked for the app before its body is read.
 */
final class AdminRoutes {

    private final WorldAdmin admin;

    /** Serves {@code admin}; an app's path is checked against the admin's own world, so the two cannot differ. */
    AdminRoutes(WorldAdmin admin) {
        this.admin = admin;
    }

    SimResponse handle(SimRequest request) {
        List<String> path = List.of(Bodies.split(request.path()));
        for (AdminRoute route : AdminRoute.values()) {
            List<String> params = route.match(request.method(), path);
            if (params != null) {
                if (route.ofApp()) {
                    admin.world().requireApp(params.get(0));
                }
                return route == AdminRoute.EXPORT
                        ? new SimResponse(200, FeishuErrors.JSON.writeValueAsString(admin.export(params.get(0))))
                        : FeishuErrors.ok(perform(route, params, request.body()));
            }
        }
        throw notFound(request, path);
    }

    /** Performs one operation; a switch expression, so that a route without an operation does not compile. */
    private ObjectNode perform(AdminRoute route, List<String> params, String body) {
        return switch (route) {
            case CREATE_TENANT -> {
                JsonNode b = Bodies.json(body);
                yield admin.createTenant(Bodies.text(b, "key"), Bodies.optText(b, "name"));
            }
            case CREATE_USER -> {
                JsonNode b = Bodies.json(body);
                yield admin.createUser(params.get(0), Bodies.optText(b, "openId"), Bodies.optText(b, "userId"),
                        Bodies.optText(b, "name"));
            }
            case CREATE_APP -> {
                JsonNode b = Bodies.json(body);
                List<String> outOfRange = new ArrayList<>();
                JsonNode out = b.get("outOfRange");
                if (out != null && out.isArray()) {
                    out.forEach(k -> outOfRange.add(k.asString()));
                }
                yield admin.createApp(new NewApp(Bodies.optText(b, "id"), Bodies.optText(b, "secret"),
                        Bodies.optText(b, "type"), Bodies.optText(b, "tenant"), Bodies.optText(b, "developer"),
                        outOfRange));
            }
            case READ_APP -> admin.app(params.get(0));
            case EXPORT -> admin.export(params.get(0));
            case IMPORT -> admin.importScopes(params.get(0), body);
            case APPLY -> admin.apply(params.get(0), body);
            case CREATE_VERSION -> {
                JsonNode b = Bodies.json(body);
                yield admin.createVersion(params.get(0), new VersionForm(Bodies.optText(b, "version"),
                        Bodies.optText(b, "notes"), Bodies.optText(b, "availability"), Bodies.optText(b, "reason")));
            }
            case VERSION_STEP -> {
                admin.version(admin.world().requireApp(params.get(0)), params.get(1));
                VersionStep step = VersionStep.fromPathName(params.get(2));
                if (step == null) {
                    throw new SimulatorAdminException(404, "unknown version step '" + params.get(2)
                            + "'; expected submit, approve, reject or test");
                }
                String reviewer = step == VersionStep.APPROVE ? Bodies.optText(Bodies.json(body), "reviewer") : "";
                yield admin.versionStep(params.get(0), params.get(1), step, reviewer);
            }
            case TEST_VERSION -> admin.switchTestVersion(params.get(0), Bodies.on(Bodies.json(body)));
            case SET_LEVEL -> {
                JsonNode b = Bodies.json(body);
                yield admin.setLevel(params.get(0), Bodies.optText(b, "permission"), Bodies.optText(b, "level"));
            }
            case DATA_SCOPE -> admin.setDataScope(params.get(0), Bodies.on(Bodies.json(body)));
            case DELIVER_EVENT -> {
                JsonNode b = Bodies.json(body);
                yield admin.deliverEvent(params.get(0), new EventForm(Bodies.optText(b, "identity"),
                        Bodies.optText(b, "subscriber"), strings(b.get("owners")), strings(b.get("anyOf"))));
            }
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(k -> out.add(k.asString()));
        }
        return out;
    }

    /** Words a path no route takes: an app's path names the app first, then the operation. */
    private SimulatorAdminException notFound(SimRequest request, List<String> s) {
        if (s.size() < 4 || !s.get(2).equals("apps")) {
            return new SimulatorAdminException(404, "no admin resource at " + request.path()
                    + "; expected /scopekit/admin/apps/{app_id}/... (docs/simulator.md)");
        }
        admin.world().requireApp(s.get(3));
        return new SimulatorAdminException(404, "no admin operation " + request.method() + " " + request.path()
                + " (docs/simulator.md)");
    }
}
