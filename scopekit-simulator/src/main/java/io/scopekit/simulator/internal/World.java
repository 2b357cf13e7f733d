package io.scopekit.simulator.internal;

import io.scopekit.simulator.AccessDecisions.ApplicationState;
import io.scopekit.simulator.SimulatorAdminException;
import io.scopekit.simulator.SimulatorConfig;
import io.scopekit.simulator.SimulatorConfig.App;
import io.scopekit.simulator.SimulatorConfig.Tenant;
import io.scopekit.simulator.SimulatorConfig.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The simulated world's state: tenants and their users, and apps with their applications and versions. The data
 * plane reads it, the admin API changes it; an app's state is guarded by its own monitor, the world's shape by this
 * object's.
 */
final class World {

    /** The two identities of seed 001, 权限类型, by their names in the admin API. */
    static final String TENANT = "tenant";
    static final String USER = "user";

    private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
    private final Map<String, User> usersByOpenId = new ConcurrentHashMap<>();
    private final Map<String, String> tenantOfUser = new ConcurrentHashMap<>();
    private final Map<String, AppState> apps = new ConcurrentHashMap<>();

    World(SimulatorConfig config) {
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

    @Nullable AppState app(String id) {
        return apps.get(id);
    }

    /** The app {@code id}; a 404 naming the apps there are when there is none. */
    AppState requireApp(String id) {
        AppState app = apps.get(id);
        if (app == null) {
            throw new SimulatorAdminException(404, "unknown app '" + id + "'; expected one of " + apps.keySet());
        }
        return app;
    }

    @Nullable Tenant tenant(String key) {
        return tenants.get(key);
    }

    @Nullable User user(String openId) {
        return usersByOpenId.get(openId);
    }

    @Nullable String tenantOf(String openId) {
        return tenantOfUser.get(openId);
    }

    synchronized void addTenant(String key, String name) {
        if (tenants.containsKey(key)) {
            throw new SimulatorAdminException(409, "tenant '" + key + "' exists already");
        }
        tenants.put(key, new Tenant(key, name.isEmpty() ? key : name, new ArrayList<>()));
    }

    synchronized void addUser(String tenant, String openId, String userId, String name) {
        Tenant t = tenants.get(tenant);
        if (t == null) {
            throw new SimulatorAdminException(404, "unknown tenant '" + tenant + "'; expected one of "
                    + tenants.keySet());
        }
        Bodies.required("openId", openId);
        if (usersByOpenId.containsKey(openId)) {
            throw new SimulatorAdminException(409, "user '" + openId + "' exists already");
        }
        User u = new User(openId, userId.isEmpty() ? openId : userId, "on_" + openId, name.isEmpty() ? openId : name);
        List<User> users = new ArrayList<>(t.users());
        users.add(u);
        tenants.put(t.key(), new Tenant(t.key(), t.name(), users));
        usersByOpenId.put(openId, u);
        tenantOfUser.put(openId, t.key());
    }

    /**
     * Adds the app {@code app} builds once the id is free, the type known and the tenant there, checked in that
     * order (building it may refuse too).
     */
    synchronized AppState addApp(String id, String tenant, java.util.function.Supplier<AppState> app,
            java.util.function.Predicate<String> knownType, String type) {
        if (apps.containsKey(id)) {
            throw new SimulatorAdminException(409, "app '" + id + "' exists already");
        }
        if (!knownType.test(type)) {
            throw new SimulatorAdminException(400, "unknown app type '" + type + "'; expected custom or store");
        }
        if (!tenants.containsKey(tenant)) {
            throw new SimulatorAdminException(404, "unknown tenant '" + tenant + "'; expected one of "
                    + tenants.keySet());
        }
        AppState state = app.get();
        apps.put(id, state);
        return state;
    }
}
