package io.scopekit.oracle.internal;

import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.oracle.PermissionOracle;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.LifecycleStep;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Drools permission oracle: checks a situation against the loaded permission model, inserts the request and the
 * app's state as facts, fires the review and access rules (at most {@link #MAX_FIRINGS} firings), and reads their
 * verdict back with the rules that fired.
 *
 * <p>The sessions (per thread, one per model holding that model's catalog facts), the bounded firing and the fired
 * rules are {@link RuleSessions}', shared with the consent oracle; what stays here is the permission domain's own:
 * the catalog facts, a decision's facts and reading the verdict back.
 */
public final class DroolsPermissionOracle implements PermissionOracle {
    /**
     * The most rule firings one decision may take. The largest decisions (an import of every catalog permission, an
     * export of all of them) take about two firings per permission; a rule base that loops stops here instead of
     * spinning for ever.
     */
    static final int MAX_FIRINGS = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PermissionRules rules;
    private final Map<String, PermissionModelSpec> models;
    /** Per thread and model: a session holding that model's catalog facts. */
    private final RuleSessions<PermissionModelSpec> sessions;

    private DroolsPermissionOracle(PermissionRules rules, Map<String, PermissionModelSpec> models) {
        this.rules = rules;
        this.models = Map.copyOf(models);
        this.sessions = new RuleSessions<>(rules, MAX_FIRINGS, (model, none) -> catalogFacts(model));
    }

    /** Creates an oracle over {@code rules} and the catalog's permission models; builds a session now. */
    public static DroolsPermissionOracle create(PermissionRules rules, SpecCatalog catalog) {
        Map<String, PermissionModelSpec> models = new LinkedHashMap<>();
        catalog.permissionModels().forEach(m -> models.put(m.id(), m));
        DroolsPermissionOracle oracle = new DroolsPermissionOracle(rules, models);
        oracle.models.values().forEach(m -> oracle.sessions.open(m.id(), m, null));
        return oracle;
    }

    public PermissionRules rules() {
        return rules;
    }

    /** The permission models this oracle decides for. */
    public Collection<String> models() {
        return new TreeSet<>(models.keySet());
    }

    /** The model {@code id}; throws naming the choices when unknown. */
    public PermissionModelSpec model(String id) {
        PermissionModelSpec m = models.get(id);
        if (m == null) {
            throw new IllegalArgumentException(DroolsConsentOracle.unknown("permission model", id, models.keySet()));
        }
        return m;
    }

    @Override
    public PermissionDecision decide(PermissionSituation s) {
        PermissionModelSpec model = model(s.model());
        AppState app = s.app();
        PlatformRequest request = s.request();
        PermKind kind = request instanceof ApiCall ? PermKind.CALL
                : request instanceof EventDelivery ? PermKind.EVENT : PermKind.STEP;
        PermRequest r = new PermRequest(kind, app.id(), app.type(), app.developer(), app.testVersion(),
                app.dataScopeConfigured(), app.versionStatus(), app.approvals().contains(Reviewer.PLATFORM),
                app.current(), app.permissions());
        Map<String, io.scopekit.spec.ErrorCode> errors = new HashMap<>();
        model.errors().forEach(e -> errors.putIfAbsent(e.when(), e));
        r.errors(errors);
        List<Object> facts = new ArrayList<>();
        facts.add(r);
        for (PermissionStatus g : app.current()) {
            facts.add(new GrantFact(g.permission(), g.identity(), g.state()));
        }
        List<ApplicationFact> applications = new ArrayList<>();
        if (request instanceof ApiCall c) {
            call(model, app, c, r, facts);
        } else if (request instanceof EventDelivery e) {
            if (e.identity() == Identity.USER && e.subscriber() == null) {
                throw new IllegalArgumentException("a user-token subscription needs its subscriber");
            }
            r.event(e.identity(), e.subscriber(), e.owners(), e.anyOf());
            for (String p : e.anyOf()) {
                permission(model, p);
                facts.add(new NeedFact(p));
            }
        } else {
            step(model, app, (LifecycleAction) request, r, applications);
            r.planned(!s.plan().isEmpty());
            facts.addAll(PlannedFact.of(model, s.plan()));
        }
        facts.addAll(applications);

        RuleSessions.Firing firing = sessions.fire(model.id(), model, null, facts);
        if (firing.runaway()) {
            throw new IllegalStateException("the permission rules did not settle within " + MAX_FIRINGS
                    + " firings for " + request + " (last rules: " + RuleSessions.lastNames(firing.fired()) + ")");
        }
        List<FiredRule> firedRules = firing.fired();
        return decision(app, r, applications, firedRules);
    }

    private static void call(PermissionModelSpec model, AppState app, ApiCall c, PermRequest r, List<Object> facts) {
        OpenApi api = model.api(c.api()).orElseThrow(() -> new IllegalArgumentException(DroolsConsentOracle.unknown(
                "API of " + model.id(), c.api(), model.apis().stream().map(OpenApi::id).toList())));
        if (c.identity() == Identity.USER && c.owner() == null) {
            throw new IllegalArgumentException("a user_access_token call needs the user the token stands for (owner)");
        }
        r.call(c.identity(), c.token(), c.owner(), api.id(), api.tokenTypes().contains(c.identity().wireName()),
                api.anyOf(), stringList(model, "createsResource").contains(api.id()));
        for (String p : api.anyOf()) {
            facts.add(new NeedFact(p));
        }
        for (io.scopekit.spec.AllOfRequirement all : api.allOfFor(c.identity().wireName())) {
            all.permissions().forEach(p -> facts.add(new AllOfFact(p)));
        }
        if (c.owner() != null) {
            for (String p : app.userGrants().getOrDefault(c.owner(), List.of())) {
                facts.add(new UserGrantFact(c.owner(), p));
            }
        }
        for (String field : new LinkedHashSet<>(c.fields())) {
            List<String> anyOf = api.fieldRequirements().stream().filter(f -> f.field().equals(field))
                    .map(FieldRequirement::anyOf).findFirst().orElse(List.of());
            facts.add(new FieldFact(field, anyOf));
        }
    }

    private static void step(PermissionModelSpec model, AppState app, LifecycleAction a, PermRequest r,
            List<ApplicationFact> applications) {
        boolean malformed = false;
        boolean invalid = false;
        List<Identity> importIdentities = new ArrayList<>(2);
        switch (a.step()) {
            case APPLY -> {
                if (a.permissions().isEmpty()) {
                    throw new IllegalArgumentException("apply needs at least one permission");
                }
                for (PermissionRef ref : a.permissions()) {
                    Permission p = permission(model, ref.permission());
                    applications.add(application(app, p, ref.identity()));
                }
            }
            case IMPORT -> {
                Map<Identity, List<String>> lists = parseImport(a.importJson());
                if (lists == null) {
                    malformed = true;
                } else {
                    for (Map.Entry<Identity, List<String>> e : lists.entrySet()) {
                        if (!e.getValue().isEmpty()) {
                            importIdentities.add(e.getKey());
                        }
                        for (String key : new LinkedHashSet<>(e.getValue())) {
                            Permission p = model.permission(key).orElse(null);
                            if (p == null || app.outOfRange().contains(key)
                                    || !p.identities().contains(e.getKey().wireName())) {
                                invalid = true;
                            } else {
                                applications.add(application(app, p, e.getKey()));
                            }
                        }
                    }
                }
                if (malformed || invalid) {
                    applications.clear();
                }
            }
            case CREATE_VERSION -> {
                if (a.version() == null) {
                    throw new IllegalArgumentException("create-version needs the version's fields");
                }
            }
            case APPROVE_VERSION, REJECT_VERSION -> {
                if (a.reviewer() == null) {
                    throw new IllegalArgumentException(a.step().wireName() + " needs the reviewer (platform or tenant-admin)");
                }
            }
            case RELEASE -> {
                if (a.releaseKind() == null) {
                    throw new IllegalArgumentException("release needs the release kind (targeted, full or non-public)");
                }
            }
            default -> { }
        }
        r.step(a.step(), a.reviewer(), a.releaseKind(), a.version() != null, advancedWithoutReason(model, app),
                malformed, invalid, importIdentities);
        r.advancedAsked(advancedAsked(model, app));
    }

    /** A store version asks for an advanced permission (in its changes or under review) and gives no reason. */
    private static boolean advancedWithoutReason(PermissionModelSpec model, AppState app) {
        if (app.version() != null && app.version().reason() != null && !app.version().reason().isBlank()) {
            return false;
        }
        return advancedAsked(model, app);
    }

    /** A store version asks for an advanced permission (in its changes or under review). */
    private static boolean advancedAsked(PermissionModelSpec model, AppState app) {
        Set<String> asked = new LinkedHashSet<>();
        if (app.version() != null) {
            app.version().changes().forEach(ref -> asked.add(ref.permission()));
        }
        app.current().stream().filter(s -> s.state() == PermissionState.IN_REVIEW).forEach(s -> asked.add(s.permission()));
        for (String p : asked) {
            if (level(model, app, p) == PermissionLevel.ADVANCED) {
                return true;
            }
        }
        return false;
    }

    private static ApplicationFact application(AppState app, Permission p, Identity identity) {
        PermissionRef ref = new PermissionRef(p.id(), identity);
        boolean dataScoped = identity == Identity.TENANT && p.dataScopeUnderTenant().orElse(false);
        return new ApplicationFact(p.id(), identity, app.state(ref), levelOf(app, p), dataScoped,
                p.identities().contains(identity.wireName()));
    }

    private static PermissionLevel level(PermissionModelSpec model, AppState app, String permission) {
        return model.permission(permission).map(p -> levelOf(app, p)).orElse(app.levels().get(permission));
    }

    /** The app's configured level, else the spec's level for the app type; {@code null} when unknown. */
    private static PermissionLevel levelOf(AppState app, Permission p) {
        PermissionLevel configured = app.levels().get(p.id());
        if (configured != null) {
            if (configured.appType() != app.type()) {
                throw new IllegalArgumentException("level " + configured.wireName() + " of " + p.id()
                        + " belongs to " + configured.appType().wireName() + " apps, but " + app.id() + " is a "
                        + app.type().wireName() + " app");
            }
            return configured;
        }
        String spec = p.levels().get(app.type().wireName());
        return spec == null || spec.equals(Permission.UNKNOWN_LEVEL) ? null : PermissionLevel.fromWireName(spec);
    }

    private static Permission permission(PermissionModelSpec model, String key) {
        return model.permission(key).orElseThrow(() -> new IllegalArgumentException("unknown permission '" + key
                + "' of " + model.id() + " (" + model.permissions().size() + " in its catalog; see specs show "
                + model.id() + ")"));
    }

    /** The batch JSON's lists by identity, or {@code null} when it is not the documented shape. */
    static Map<Identity, List<String>> parseImport(String json) {
        if (json == null) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
        if (root == null || !root.isObject() || root.size() != 1 || !root.path("scopes").isObject()) {
            return null;
        }
        JsonNode scopes = root.get("scopes");
        Map<Identity, List<String>> out = new LinkedHashMap<>();
        for (var entry : scopes.properties()) {
            Identity identity;
            try {
                identity = Identity.fromWireName(entry.getKey());
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!entry.getKey().equals(identity.wireName()) || !entry.getValue().isArray()) {
                return null;
            }
            List<String> keys = new ArrayList<>();
            for (JsonNode k : entry.getValue()) {
                if (!k.isString()) {
                    return null;
                }
                keys.add(k.asString());
            }
            out.put(identity, keys);
        }
        return out;
    }

    private static List<String> stringList(PermissionModelSpec model, String rule) {
        io.scopekit.spec.Rule r = model.rules().get(rule);
        if (r != null && r.value() instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private PermissionDecision decision(AppState app, PermRequest r, List<ApplicationFact> applications,
            List<FiredRule> fired) {
        List<PermissionStatus> states = null;
        if (r.statesTouched() && !r.isUnspecified(PermissionAspect.STATES)) {
            Map<PermissionRef, PermissionState> after = new LinkedHashMap<>();
            // The states after are those of the version in use after the step (PermissionDecision#statesAfter).
            List<PermissionStatus> before = r.restoresFormal() ? app.permissions()
                    : r.usesTestVersion() ? app.testPermissions() : app.current();
            for (PermissionStatus s : before) {
                after.put(s.ref(), s.state());
            }
            after.putAll(r.changes());
            for (ApplicationFact a : applications) {
                if (a.unspecifiedReason() != null) {
                    r.unspecified(List.of(PermissionAspect.STATES), a.unspecifiedReason());
                } else if (a.after() != null) {
                    after.put(new PermissionRef(a.getPermission(), a.getIdentity()), a.after());
                }
            }
            if (!r.isUnspecified(PermissionAspect.STATES)) {
                states = new ArrayList<>(after.size());
                for (Map.Entry<PermissionRef, PermissionState> e : after.entrySet()) {
                    if (e.getValue() != PermissionState.NOT_APPLIED) {
                        states.add(new PermissionStatus(e.getKey().permission(), e.getKey().identity(), e.getValue()));
                    }
                }
            }
        }
        ScopesExport export = r.exportTenant() == null ? null
                : new ScopesExport(new ScopeLists(r.exportTenant(), r.exportUser()));
        ScopeLists imported = null;
        if (r.importTabs()) {
            List<String> tenant = new ArrayList<>();
            List<String> user = new ArrayList<>();
            for (ApplicationFact a : applications) {
                if (!a.filtered()) {
                    (a.getIdentity() == Identity.TENANT ? tenant : user).add(a.getPermission());
                }
            }
            imported = new ScopeLists(r.importIdentities().contains(Identity.TENANT) ? tenant : null,
                    r.importIdentities().contains(Identity.USER) ? user : null);
        }
        if (r.outcome() == null && !r.isUnspecified(PermissionAspect.OUTCOME)) {
            r.unspecified(List.of(PermissionAspect.OUTCOME, PermissionAspect.CODE, PermissionAspect.MESSAGE,
                    PermissionAspect.STATES), "no source statement covers this request in this state");
            fired.add(DroolsConsentOracle.NO_SOURCE_COVERS);
        }
        return new PermissionDecision(r.outcome(), null, r.code(), r.messagePatterns(), r.violations(), r.fields(),
                r.withheld(), r.resourceOwner(), states, r.notEnabledRefs(),
                r.versionStatusTouched() ? r.versionStatusAfter() : null, export, imported, r.delivered(),
                r.unneeded(), r.unspecifiedAspects(), fired);
    }

    private static List<Object> catalogFacts(PermissionModelSpec model) {
        List<Object> facts = new ArrayList<>(model.permissions().size());
        for (Permission p : model.permissions()) {
            facts.add(new CatalogPermissionFact(p.id(), p.identities(), p.dataScopeUnderTenant().orElse(false),
                    p.userTokenDebugFree().orElse(null)));
        }
        return facts;
    }
}
