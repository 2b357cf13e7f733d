package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Computes the structural differences between two catalogs, one line per change, e.g.
 * {@code feishu-gadget: gate of scope.camera changed 5.21 -> 5.22}.
 *
 * <p>Compared: specs added/removed/changed kind; scopes added, removed and renamed (same non-empty API list under a new
 * id); APIs added, removed and moved between scopes; gates, statuses, app kinds, components and consent modes
 * (prompt / silent) of scopes; platform phrases; behaviour
 * values and attributes; port matrix containers and cells (support and native names); permissions, their levels and
 * identities; open-platform APIs and their permission requirements; error codes and rules. Labels, descriptions and
 * sources are not compared.
 */
@API(status = EXPERIMENTAL)
public final class SpecDiff {

    private final List<String> lines = new ArrayList<>();

    private SpecDiff() {}

    /**
     * Lists the changes from {@code before} to {@code after}; empty when they are structurally the same.
     *
     * @return one human-readable line per change, grouped by spec id in the order of {@code before} then new specs
     */
    public static List<String> between(SpecCatalog before, SpecCatalog after) {
        SpecDiff d = new SpecDiff();
        for (Spec old : before.specs()) {
            Optional<Spec> now = after.spec(old.id());
            if (now.isEmpty()) {
                d.add(old.id(), "spec removed (" + old.kind().id() + ")");
            } else if (old.kind() != now.get().kind()) {
                d.add(old.id(), "kind changed " + old.kind().id() + " -> " + now.get().kind().id());
            } else {
                d.spec(old, now.get());
            }
        }
        for (Spec now : after.specs()) {
            if (before.spec(now.id()).isEmpty()) {
                d.add(now.id(), "spec added (" + now.kind().id() + ")");
            }
        }
        return List.copyOf(d.lines);
    }

    private void add(String id, String change) {
        lines.add(id + ": " + change);
    }

    private void spec(Spec a, Spec b) {
        if (a instanceof ClientPlatformSpec x && b instanceof ClientPlatformSpec y) {
            clientPlatform(x, y);
        } else if (a instanceof PortMatrixSpec x && b instanceof PortMatrixSpec y) {
            portMatrix(x, y);
        } else if (a instanceof PermissionModelSpec x && b instanceof PermissionModelSpec y) {
            permissionModel(x, y);
        }
    }

    // ------------------------------------------------------------------ scopes shared by platforms and ports

    /** Scope ids and API lists, enough to find additions, removals, renames and API moves. */
    private Map<String, String> scopes(String id, Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, String> renamed = new LinkedHashMap<>(); // old id -> new id
        List<String> removed = new ArrayList<>(before.keySet());
        removed.removeAll(after.keySet());
        List<String> added = new ArrayList<>(after.keySet());
        added.removeAll(before.keySet());
        for (String old : List.copyOf(removed)) {
            List<String> apis = before.get(old);
            if (apis.isEmpty()) {
                continue;
            }
            for (String now : added) {
                if (!renamed.containsValue(now) && Set.copyOf(after.get(now)).equals(Set.copyOf(apis))) {
                    renamed.put(old, now);
                    break;
                }
            }
        }
        removed.removeAll(renamed.keySet());
        added.removeAll(renamed.values());
        renamed.forEach((o, n) -> add(id, "scope " + o + " renamed to " + n));
        removed.forEach(s -> add(id, "scope " + s + " removed"));
        added.forEach(s -> add(id, "scope " + s + " added"));

        Map<String, String> oldScopeOfApi = apiOwners(before);
        Map<String, String> newScopeOfApi = apiOwners(after);
        for (Map.Entry<String, String> e : oldScopeOfApi.entrySet()) {
            String api = e.getKey();
            String from = e.getValue();
            String to = newScopeOfApi.get(api);
            if (to == null) {
                add(id, "API " + api + " removed (was under " + from + ")");
            } else if (!renamed.getOrDefault(from, from).equals(to)) {
                add(id, "API " + api + " moved " + from + " -> " + to);
            }
        }
        for (Map.Entry<String, String> e : newScopeOfApi.entrySet()) {
            if (!oldScopeOfApi.containsKey(e.getKey())) {
                add(id, "API " + e.getKey() + " added under " + e.getValue());
            }
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String s : before.keySet()) {
            if (after.containsKey(s)) {
                pairs.put(s, s);
            }
        }
        pairs.putAll(renamed);
        return pairs;
    }

    private static Map<String, String> apiOwners(Map<String, List<String>> scopes) {
        Map<String, String> owners = new LinkedHashMap<>();
        scopes.forEach((scope, apis) -> apis.forEach(api -> owners.putIfAbsent(api, scope)));
        return owners;
    }

    private void clientPlatform(ClientPlatformSpec a, ClientPlatformSpec b) {
        String id = a.id();
        changed(id, "appKinds", ids(a.appKinds()), ids(b.appKinds()));
        changed(id, "clientName", a.clientName(), b.clientName());
        changed(id, "phrases", a.phrases().toString(), b.phrases().toString());
        Map<String, String> pairs = scopes(id, apiMap(a.scopes(), ScopeSpec::id, ScopeSpec::apis),
                apiMap(b.scopes(), ScopeSpec::id, ScopeSpec::apis));
        pairs.forEach((o, n) -> {
            ScopeSpec x = a.scope(o).orElseThrow();
            ScopeSpec y = b.scope(n).orElseThrow();
            changed(id, "gate of " + n, x.gate().map(Version::toString).orElse("none"),
                    y.gate().map(Version::toString).orElse("none"), !x.gate().equals(y.gate()));
            changed(id, "status of " + n, x.status().id(), y.status().id());
            changed(id, "recycledIn of " + n, ids(x.recycledIn()), ids(y.recycledIn()));
            changed(id, "appKinds of " + n, ids(x.appKinds()), ids(y.appKinds()));
            changed(id, "components of " + n, x.components().toString(), y.components().toString());
            changed(id, "consent of " + n, x.consent().mode().id(), y.consent().mode().id());
        });
        behaviour(id, a.behaviour(), b.behaviour());
    }

    private void portMatrix(PortMatrixSpec a, PortMatrixSpec b) {
        String id = a.id();
        changed(id, "package", a.packageRef().toString(), b.packageRef().toString());
        Map<String, Container> ca = byId(a.containers(), Container::id);
        Map<String, Container> cb = byId(b.containers(), Container::id);
        ca.keySet().stream().filter(c -> !cb.containsKey(c)).forEach(c -> add(id, "container " + c + " removed"));
        cb.keySet().stream().filter(c -> !ca.containsKey(c)).forEach(c -> add(id, "container " + c + " added"));
        ca.forEach((c, x) -> {
            if (cb.containsKey(c)) {
                changed(id, "platform of container " + c, x.platform(), cb.get(c).platform());
            }
        });
        changed(id, "forms", a.forms().stream().map(CallForm::id).toList().toString(),
                b.forms().stream().map(CallForm::id).toList().toString());
        Map<String, String> pairs = scopes(id, apiMap(a.scopes(), PortScope::id, PortScope::apis),
                apiMap(b.scopes(), PortScope::id, PortScope::apis));
        pairs.forEach((o, n) -> {
            PortScope x = a.scope(o).orElseThrow();
            PortScope y = b.scope(n).orElseThrow();
            changed(id, "consent of " + n, x.consent().mode().id(), y.consent().mode().id());
            Set<String> containers = new LinkedHashSet<>(x.support().keySet());
            containers.addAll(y.support().keySet());
            for (String c : containers) {
                changed(id, "support of " + n + " in " + c, String.valueOf(x.support().get(c)),
                        String.valueOf(y.support().get(c)));
                changed(id, "native name of " + n + " in " + c, x.nativeName(c).replace(o, n), y.nativeName(c));
            }
        });
        changed(id, "responses", responses(a), responses(b));
        behaviour(id, a.behaviour(), b.behaviour());
    }

    private static String responses(PortMatrixSpec m) {
        return m.responses().stream()
                .map(r -> r.container() + r.fields().stream().map(ResponseField::name).toList())
                .toList().toString();
    }

    private void permissionModel(PermissionModelSpec a, PermissionModelSpec b) {
        String id = a.id();
        changed(id, "identities", a.identities().stream().map(i -> i.id() + "=" + i.token()).toList().toString(),
                b.identities().stream().map(i -> i.id() + "=" + i.token()).toList().toString());
        Map<String, AppType> ta = byId(a.appTypes(), AppType::id);
        Map<String, AppType> tb = byId(b.appTypes(), AppType::id);
        Set<String> types = new LinkedHashSet<>(ta.keySet());
        types.addAll(tb.keySet());
        for (String t : types) {
            changed(id, "levels of app type " + t, levels(ta.get(t)), levels(tb.get(t)));
        }
        Map<String, Permission> pa = byId(a.permissions(), Permission::id);
        Map<String, Permission> pb = byId(b.permissions(), Permission::id);
        pa.keySet().stream().filter(p -> !pb.containsKey(p)).forEach(p -> add(id, "permission " + p + " removed"));
        pb.keySet().stream().filter(p -> !pa.containsKey(p)).forEach(p -> add(id, "permission " + p + " added"));
        pa.forEach((p, x) -> {
            Permission y = pb.get(p);
            if (y == null) {
                return;
            }
            changed(id, "levels of permission " + p, x.levels().toString(), y.levels().toString());
            changed(id, "identities of permission " + p, x.identities().toString(), y.identities().toString());
            changed(id, "userTokenDebugFree of permission " + p, flag(x.userTokenDebugFree()),
                    flag(y.userTokenDebugFree()));
            changed(id, "dataScopeUnderTenant of permission " + p, flag(x.dataScopeUnderTenant()),
                    flag(y.dataScopeUnderTenant()));
        });
        Map<String, OpenApi> aa = byId(a.apis(), OpenApi::id);
        Map<String, OpenApi> ab = byId(b.apis(), OpenApi::id);
        aa.keySet().stream().filter(p -> !ab.containsKey(p)).forEach(p -> add(id, "API " + p + " removed"));
        ab.keySet().stream().filter(p -> !aa.containsKey(p)).forEach(p -> add(id, "API " + p + " added"));
        aa.forEach((p, x) -> {
            OpenApi y = ab.get(p);
            if (y == null) {
                return;
            }
            changed(id, "endpoint of API " + p, x.method() + " " + x.path(), y.method() + " " + y.path());
            changed(id, "tokenTypes of API " + p, x.tokenTypes().toString(), y.tokenTypes().toString());
            changed(id, "anyOf of API " + p, x.anyOf().toString(), y.anyOf().toString());
            changed(id, "fieldRequirements of API " + p, fields(x), fields(y));
        });
        Map<Long, ErrorCode> ea = new LinkedHashMap<>();
        a.errors().forEach(e -> ea.put(e.code(), e));
        Map<Long, ErrorCode> eb = new LinkedHashMap<>();
        b.errors().forEach(e -> eb.put(e.code(), e));
        ea.keySet().stream().filter(c -> !eb.containsKey(c)).forEach(c -> add(id, "error " + c + " removed"));
        eb.keySet().stream().filter(c -> !ea.containsKey(c)).forEach(c -> add(id, "error " + c + " added"));
        ea.forEach((c, x) -> {
            ErrorCode y = eb.get(c);
            if (y != null) {
                changed(id, "error " + c, x.when() + x.violationType().map(v -> "/" + v).orElse(""),
                        y.when() + y.violationType().map(v -> "/" + v).orElse(""));
            }
        });
        Set<String> rules = new LinkedHashSet<>(a.rules().keySet());
        rules.addAll(b.rules().keySet());
        for (String r : rules) {
            changed(id, "rule " + r, ruleValue(a.rules().get(r)), ruleValue(b.rules().get(r)));
        }
    }

    private static String ruleValue(Rule r) {
        return r == null ? "absent" : String.valueOf(r.value());
    }

    private static String levels(AppType t) {
        return t == null ? "absent"
                : t.levels().stream().map(l -> l.id() + "(" + l.takesEffect()
                        + (l.reviewers().isEmpty() ? "" : ", " + String.join("+", l.reviewers())) + ")").toList().toString();
    }

    private static String fields(OpenApi api) {
        return api.fieldRequirements().stream().map(f -> f.field() + "=" + f.anyOf()).toList().toString();
    }

    private void behaviour(String id, Behaviour a, Behaviour b) {
        for (String key : io.scopekit.consent.BehaviourKey.wireNames()) {
            BehaviourParam x = a.params().get(key);
            BehaviourParam y = b.params().get(key);
            changed(id, "behaviour " + key, describe(x), describe(y));
        }
    }

    private static String describe(BehaviourParam p) {
        if (p == null) {
            return "absent";
        }
        StringBuilder sb = new StringBuilder(p.value());
        p.attributes().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    private void changed(String id, String what, String before, String after) {
        changed(id, what, before, after, !Objects.equals(before, after));
    }

    private void changed(String id, String what, String before, String after, boolean differs) {
        if (differs) {
            add(id, what + " changed " + before + " -> " + after);
        }
    }

    private static <T> Map<String, List<String>> apiMap(List<T> scopes, Function<T, String> id,
            Function<T, List<String>> apis) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        scopes.forEach(s -> m.put(id.apply(s), apis.apply(s)));
        return m;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        items.forEach(i -> m.putIfAbsent(id.apply(i), i));
        return m;
    }

    private static String ids(List<AppKind> kinds) {
        return kinds.stream().map(AppKind::id).toList().toString();
    }


    private static String flag(Optional<Boolean> value) {
        return value.map(String::valueOf).orElse("unspecified");
    }
}
