package io.scopekit.simulator.internal;

import io.scopekit.simulator.AccessDecisions.ApplicationState;
import io.scopekit.simulator.SimulatorConfig.App;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One app's applications and versions; callers hold the object's monitor. */
final class AppState {

    /** An application is per identity and permission (seed 001, 权限类型: the two are applied separately). */
    record Key(String identity, String permission) {}

    /**
     * The state of one applied permission.
     *
     * @param state its state
     * @param test applied on the test version: enabled at once, never carried to the formal version
     */
    record Application(ApplicationState state, boolean test) {}

    /** A version: number, notes, availability, reason and the permission changes it releases. */
    static final class Version {
        final String number;
        final String notes;
        final String availability;
        final String reason;
        final List<Key> changes;
        String status = "created";
        final Set<String> approvals = new LinkedHashSet<>();

        Version(String number, String notes, String availability, String reason, List<Key> changes) {
            this.number = number;
            this.notes = notes;
            this.availability = availability;
            this.reason = reason;
            this.changes = List.copyOf(changes);
        }
    }

    final App config;
    /** Review-exempt permissions (the tenant admin may configure more while the simulator runs). */
    final Set<String> reviewExempt;
    /** Permissions outside this app's availability range (该应用不在该权限的可用范围内). */
    final Set<String> outOfRange = new LinkedHashSet<>();
    boolean dataScope;
    /** Store app: permissions the platform rates advanced (高级权限). */
    final Set<String> advanced = new LinkedHashSet<>();
    final Map<Key, Application> applications = new LinkedHashMap<>();
    final Map<String, Version> versions = new LinkedHashMap<>();
    boolean testVersion;
    /** The formal version's applications a test version replaced, restored when leaving it. */
    private final Map<Key, Application> formalBeforeTest = new LinkedHashMap<>();

    AppState(App config) {
        this.config = config;
        this.testVersion = config.testVersion();
        this.reviewExempt = new LinkedHashSet<>(config.reviewExempt());
        this.dataScope = config.dataScope();
    }

    /** Permissions of an identity, enabled ({@code true}) or applied and not enabled ({@code false}). */
    Set<String> permissions(String identity, boolean enabled) {
        Set<String> out = new LinkedHashSet<>();
        applications.forEach((k, a) -> {
            if (k.identity().equals(identity) && (a.state() == ApplicationState.ENABLED) == enabled) {
                out.add(k.permission());
            }
        });
        return out;
    }

    List<Key> pending() {
        List<Key> out = new ArrayList<>();
        applications.forEach((k, a) -> {
            if (a.state() == ApplicationState.PENDING_RELEASE) {
                out.add(k);
            }
        });
        return out;
    }

    void submit(Version v) {
        expect(v, "created", "submit");
        v.status = "in-review";
        move(v, ApplicationState.PENDING_RELEASE, ApplicationState.IN_REVIEW);
    }

    /**
     * Approves a version under review. A custom app's version needs the tenant admin; a store app's needs the
     * platform's listing review and the tenant admin's (seed 001, 商店应用 / rules.storeAppTwoReviews).
     */
    void approve(Version v, String reviewer) {
        expect(v, "in-review", "approve");
        boolean store = "store".equals(config.type());
        String who = reviewer.isBlank() ? "tenant-admin" : reviewer;
        if (!who.equals("tenant-admin") && !(store && who.equals("platform"))) {
            throw new io.scopekit.simulator.SimulatorAdminException(400, "reviewer '" + who + "' cannot approve a " + config.type()
                    + " app's version; expected " + (store ? "platform or tenant-admin" : "tenant-admin"));
        }
        if (store && who.equals("platform") && v.reason.isBlank()
                && v.changes.stream().anyMatch(k -> advanced.contains(k.permission()))) {
            // seed 001, 商店应用: 高级权限 ... 如无必要原因，申请高级权限时不会通过审核
            v.status = "rejected";
            move(v, ApplicationState.IN_REVIEW, ApplicationState.PENDING_RELEASE);
            throw new io.scopekit.simulator.SimulatorAdminException(409, "version " + v.number + " not approved: it applies for an advanced "
                    + "permission without a necessary reason");
        }
        v.approvals.add(who);
        if (!store || v.approvals.containsAll(List.of("platform", "tenant-admin"))) {
            v.status = "approved";
            move(v, ApplicationState.IN_REVIEW, ApplicationState.ENABLED);
        }
    }

    void reject(Version v) {
        expect(v, "in-review", "reject");
        v.status = "rejected";
        move(v, ApplicationState.IN_REVIEW, ApplicationState.PENDING_RELEASE);
    }

    /**
     * Sets a version as the test version: status 测试中, its permissions enabled for testing only; the formal version
     * keeps them as they were (seed 001 §步骤三: what the test version enables does not take effect in the formal one).
     */
    void test(Version v) {
        expect(v, "created", "set as test version");
        v.status = "testing";
        testVersion = true;
        for (Key k : v.changes) {
            Application before = applications.get(k);
            if (before != null && !before.test()) {
                formalBeforeTest.putIfAbsent(k, before);
            }
            applications.computeIfPresent(k, (key, a) -> new Application(ApplicationState.ENABLED, true));
        }
    }

    /** Switches to (on) or from (off) the test version; leaving it drops what was enabled only for testing. */
    void switchTestVersion(boolean on) {
        testVersion = on;
        if (!on) {
            applications.values().removeIf(Application::test);
            applications.putAll(formalBeforeTest);
            formalBeforeTest.clear();
        }
    }

    private void move(Version v, ApplicationState from, ApplicationState to) {
        for (Key k : v.changes) {
            applications.computeIfPresent(k, (key, a) -> a.state() == from ? new Application(to, a.test()) : a);
        }
    }

    private static void expect(Version v, String status, String step) {
        if (!v.status.equals(status)) {
            throw new io.scopekit.simulator.SimulatorAdminException(409, "cannot " + step + " version " + v.number + ": it is " + v.status
                    + "; expected " + status);
        }
    }

    /** The export format of seed 001 (批量导出权限): pending-release, in-review and enabled, by identity. */
    ObjectNode export() {
        ObjectNode root = FeishuErrors.JSON.createObjectNode();
        ObjectNode scopes = root.putObject("scopes");
        ArrayNode tenant = scopes.putArray(World.TENANT);
        ArrayNode user = scopes.putArray(World.USER);
        applications.forEach((k, a) -> (k.identity().equals(World.TENANT) ? tenant : user).add(k.permission()));
        return root;
    }

    ObjectNode describe() {
        ObjectNode n = FeishuErrors.JSON.createObjectNode();
        n.put("app_id", config.id());
        n.put("type", config.type());
        n.put("tenant", config.tenant());
        n.put("testVersion", testVersion);
        n.put("dataScope", dataScope);
        ArrayNode apps = n.putArray("applications");
        applications.forEach((k, a) -> apps.addObject().put("identity", k.identity()).put("permission", k.permission())
                .put("state", a.state().wireName()).put("test", a.test()));
        ArrayNode vs = n.putArray("versions");
        for (Version v : versions.values()) {
            ObjectNode o = vs.addObject().put("version", v.number).put("status", v.status).put("notes", v.notes)
                    .put("availability", v.availability).put("reason", v.reason);
            ArrayNode ch = o.putArray("changes");
            v.changes.forEach(k -> ch.addObject().put("identity", k.identity()).put("permission", k.permission()));
            ArrayNode ap = o.putArray("approvals");
            v.approvals.forEach(ap::add);
        }
        return n;
    }
}
