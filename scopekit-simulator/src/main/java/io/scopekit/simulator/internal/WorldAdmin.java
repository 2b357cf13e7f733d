package io.scopekit.simulator.internal;

import io.scopekit.simulator.AccessDecisions;
import io.scopekit.simulator.AccessDecisions.ApplicationState;
import io.scopekit.simulator.SimulatorAdmin;
import io.scopekit.simulator.SimulatorAdminException;
import io.scopekit.simulator.SimulatorConfig.App;
import io.scopekit.spec.PermissionModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API in-process: the world's control plane and the consoles' steps on an app (applying, batch import and
 * export, versions and their reviews, the test version, levels, the data scope). Every refusal is a
 * {@link SimulatorAdminException} thrown before anything changes.
 */
final class WorldAdmin implements SimulatorAdmin {


    private final PermissionModelSpec model;
    private final World world;
    private final AccessDecisions decisions;

    WorldAdmin(PermissionModelSpec model, World world, AccessDecisions decisions) {
        this.model = model;
        this.world = world;
        this.decisions = decisions;
    }

    /** The world this admin changes. */
    World world() {
        return world;
    }

    @Override
    public ObjectNode createTenant(String key, String name) {
        world.addTenant(Bodies.required("key", key), name);
        return FeishuErrors.JSON.createObjectNode().put("key", key);
    }

    @Override
    public ObjectNode createUser(String tenant, String openId, String userId, String name) {
        world.addUser(tenant, openId, userId, name);
        return FeishuErrors.JSON.createObjectNode().put("openId", openId);
    }

    @Override
    public ObjectNode createApp(NewApp a) {
        Bodies.required("id", a.id());
        Bodies.required("type", a.type());
        Bodies.required("tenant", a.tenant());
        AppState state = world.addApp(a.id(), a.tenant(), () -> {
            AppState s = new AppState(new App(a.id(), Bodies.required("secret", a.secret()), a.type(), a.tenant(),
                    a.developer().isEmpty() ? Optional.empty() : Optional.of(a.developer()), false, Set.of(), false,
                    Map.of()));
            s.outOfRange.addAll(a.outOfRange());
            return s;
        }, type -> model.appType(type).isPresent(), a.type());
        synchronized (state) {
            return state.describe();
        }
    }

    @Override
    public ObjectNode app(String app) {
        AppState state = world.requireApp(app);
        synchronized (state) {
            return state.describe();
        }
    }

    @Override
    public ObjectNode export(String app) {
        AppState state = world.requireApp(app);
        synchronized (state) {
            return state.export();
        }
    }

    @Override
    public ObjectNode importScopes(String app, String document) {
        return apply(world.requireApp(app), document, true);
    }

    @Override
    public ObjectNode apply(String app, String document) {
        return apply(world.requireApp(app), document, false);
    }

    @Override
    public ObjectNode createVersion(String appId, VersionForm form) {
        AppState app = world.requireApp(appId);
        synchronized (app) {
            String number = Bodies.required("version", form.version());
            if (!number.matches("\\d+(\\.\\d+){0,3}")) {
                throw new SimulatorAdminException(400, "'version' must be a version number like 1.0.0 (seed 001, "
                        + "步骤三)");
            }
            if (app.versions.containsKey(number)) {
                throw new SimulatorAdminException(409, "version " + number + " exists already");
            }
            app.versions.put(number, new AppState.Version(number, form.notes(), form.availability(), form.reason(),
                    app.pending()));
            return app.describe();
        }
    }

    @Override
    public ObjectNode versionStep(String appId, String number, VersionStep step, String reviewer) {
        AppState app = world.requireApp(appId);
        synchronized (app) {
            AppState.Version v = version(app, number);
            switch (step) {
                case SUBMIT -> app.submit(v);
                case APPROVE -> app.approve(v, reviewer);
                case REJECT -> app.reject(v);
                case TEST -> app.test(v);
            }
            return app.describe();
        }
    }

    /** The version {@code number} of an app; a 404 naming the versions there are when there is none. */
    AppState.Version version(AppState app, String number) {
        AppState.Version v = app.versions.get(number);
        if (v == null) {
            throw new SimulatorAdminException(404, "unknown version '" + number + "'; expected one of "
                    + app.versions.keySet());
        }
        return v;
    }

    @Override
    public ObjectNode switchTestVersion(String appId, boolean on) {
        AppState app = world.requireApp(appId);
        synchronized (app) {
            app.switchTestVersion(on);
            return app.describe();
        }
    }

    @Override
    public ObjectNode setLevel(String appId, String permission, String level) {
        AppState app = world.requireApp(appId);
        synchronized (app) {
            Bodies.required("permission", permission);
            Bodies.required("level", level);
            if (model.permission(permission).isEmpty()) {
                throw new SimulatorAdminException(400, "unknown permission '" + permission
                        + "'; expected a catalog key");
            }
            switch (level) {
                case "review-exempt" -> app.reviewExempt.add(permission);
                case "advanced" -> app.advanced.add(permission);
                case "review-required", "normal" -> {
                    app.reviewExempt.remove(permission);
                    app.advanced.remove(permission);
                }
                default -> throw new SimulatorAdminException(400, "unknown level '" + level
                        + "'; expected review-exempt, review-required, normal or advanced");
            }
            return app.describe();
        }
    }

    @Override
    public ObjectNode setDataScope(String appId, boolean on) {
        AppState app = world.requireApp(appId);
        synchronized (app) {
            app.dataScope = on;
            if (app.dataScope) {
                app.applications.replaceAll((k, v) -> v.state() == ApplicationState.NEEDS_DATA_SCOPE
                        ? new AppState.Application(ApplicationState.ENABLED, v.test()) : v);
            }
            return app.describe();
        }
    }

    @Override
    public ObjectNode deliverEvent(String appId, EventForm event) {
        AppState app = world.requireApp(appId);
        String identity = Bodies.required("identity", event.identity());
        if (!identity.equals(World.TENANT) && !identity.equals(World.USER)) {
            throw new SimulatorAdminException(400, "unknown identity '" + identity + "'; expected tenant or user");
        }
        if (identity.equals(World.USER)) {
            Bodies.required("subscriber", event.subscriber());
        }
        Map<String, ApplicationState> states = new LinkedHashMap<>();
        synchronized (app) {
            app.applications.forEach((k, a) -> {
                if (k.identity().equals(identity)) {
                    states.put(k.permission(), a.state());
                }
            });
        }
        Optional<Boolean> delivered = decisions.decideEvent(new AccessDecisions.EventFacts(app.config.id(),
                app.config.tenant(), app.config.type(), identity, event.subscriber(), event.owners(), event.anyOf(),
                states));
        ObjectNode out = FeishuErrors.JSON.createObjectNode();
        if (delivered.isPresent()) {
            out.put("delivered", delivered.get());
        } else {
            out.put("unspecified", "the rules leave this delivery open (./scopekit explain)");
        }
        return out;
    }

    /** Batch import (and the console's apply, which takes the same body): all or nothing. */
    private ObjectNode apply(AppState app, String document, boolean imported) {
        synchronized (app) {
            JsonNode body = Bodies.json(document);
            JsonNode scopes = body.get("scopes");
            if (scopes == null || !scopes.isObject()) {
                throw new SimulatorAdminException(400, "expected {\"scopes\":{\"tenant\":[...],\"user\":[...]}} "
                        + "(seed 001, 批量导入权限)");
            }
            Map<String, List<String>> wanted = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : scopes.properties()) {
                String identity = e.getKey();
                if (!identity.equals(World.TENANT) && !identity.equals(World.USER)) {
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
                    boolean available = model.permission(key).filter(p -> p.identities().contains(identity))
                            .isPresent() && !app.outOfRange.contains(key);
                    if (!available) {
                        problems.add(key + " (" + identity + "): " + model.importErrorMessage());
                    } else {
                        keys.add(key);
                    }
                }
                wanted.put(identity, keys);
            }
            if (!problems.isEmpty()) {
                throw new SimulatorAdminException(400, FeishuErrors.UNSPECIFIED, model.importErrorMessage(), problems);
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
                            app.config.type(), app.reviewExempt.contains(key), app.testVersion, imported,
                            app.dataScope));
                    app.applications.put(k, new AppState.Application(st, app.testVersion));
                    ObjectNode row = added.addObject().put("permission", key).put("state", st.wireName());
                    if (World.TENANT.equals(e.getKey()) && model.permission(key)
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
            return data;
        }
    }
}
