package io.scopekit.spec.internal;

import static io.scopekit.spec.internal.CrossChecks.strings;
import static io.scopekit.spec.internal.CrossChecks.text;
import static io.scopekit.spec.internal.CrossChecks.uniqueIds;
import static io.scopekit.spec.internal.ModelBinder.appKinds;
import static io.scopekit.spec.internal.ModelBinder.consent;
import static io.scopekit.spec.internal.ModelBinder.documents;
import static io.scopekit.spec.internal.ModelBinder.list;
import static io.scopekit.spec.internal.ModelBinder.opt;
import static io.scopekit.spec.internal.ModelBinder.source;
import static io.scopekit.spec.internal.ModelBinder.str;
import static io.scopekit.spec.internal.TextView.join;

import io.scopekit.consent.BehaviourKey;
import io.scopekit.spec.AppKind;
import io.scopekit.spec.Behaviour;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.ContainerFacts;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.ScopeStatus;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecCounts;
import io.scopekit.spec.SpecKind;
import io.scopekit.spec.SpecOrigin;
import io.scopekit.spec.Version;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client-platform kind: a mini-program host's scopes, gates and behaviour. Also owns the behaviour block, which
 * port matrices share: every loop over the behaviour keys is here.
 */
final class ClientPlatformKind implements SpecKindUnit<ClientPlatformSpec> {

    @Override
    public SpecKind kind() {
        return SpecKind.CLIENT_PLATFORM;
    }

    @Override
    public Class<ClientPlatformSpec> type() {
        return ClientPlatformSpec.class;
    }

    // ------------------------------------------------------------------ checks

    @Override
    public void crossCheck(SpecFile f) {
        uniqueIds(f, "/scopes", "scope");
        containerNames(f);
        Set<String> platformKinds = strings(f.root.get("appKinds"));
        JsonNode scopes = f.root.get("scopes");
        if (scopes == null || !scopes.isArray()) {
            return;
        }
        Map<String, String> scopeOfApi = new HashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            JsonNode scope = scopes.get(i);
            String sp = "/scopes/" + i;
            String scopeId = text(scope.get("id"), "#" + (i + 1));
            JsonNode apis = scope.get("apis");
            if (apis != null && apis.isArray()) {
                for (int j = 0; j < apis.size(); j++) {
                    if (!apis.get(j).isString()) {
                        continue;
                    }
                    String api = apis.get(j).asString();
                    String prev = scopeOfApi.putIfAbsent(api, scopeId);
                    if (prev != null && !prev.equals(scopeId)) {
                        f.problem(sp + "/apis/" + j, "API '" + api + "' is listed under scope '" + prev + "' and scope '"
                                + scopeId + "' (expected an API under only one scope per platform)");
                    }
                }
            }
            JsonNode recycledIn = scope.get("recycledIn");
            String status = text(scope.get("status"), "");
            if (recycledIn != null && recycledIn.isArray() && !recycledIn.isEmpty() && !status.equals("recycled")) {
                f.problem(sp + "/recycledIn", "scope '" + scopeId + "' has recycledIn but status '" + status
                        + "' (expected recycledIn only with status recycled)");
            }
            JsonNode kinds = scope.get("appKinds");
            if (kinds != null && kinds.isArray() && !platformKinds.isEmpty()) {
                for (int j = 0; j < kinds.size(); j++) {
                    String k = kinds.get(j).asString();
                    if (!platformKinds.contains(k)) {
                        f.problem(sp + "/appKinds/" + j, "scope '" + scopeId + "' exists for app kind '" + k
                                + "', which the platform does not host (expected one of: "
                                + String.join(", ", platformKinds) + ")");
                    }
                }
            }
        }
    }

    /**
     * The container's APIs hang from its global, each is listed once, and none is both present and absent
     * (a page cannot show the platform has and has not {@code my.authorize}).
     */
    private static void containerNames(SpecFile f) {
        JsonNode c = f.root.get("container");
        if (c == null || !c.isObject() || c.get("global") == null || !c.get("global").isString()) {
            return;
        }
        String global = c.get("global").asString();
        Map<String, String> seen = new HashMap<>();
        for (String list : List.of("apis", "absent")) {
            JsonNode items = c.get(list);
            if (items == null || !items.isArray()) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                JsonNode name = items.get(i).get("name");
                if (name == null || !name.isString()) {
                    continue;
                }
                String n = name.asString();
                String at = "/container/" + list + "/" + i + "/name";
                if (!n.startsWith(global + ".")) {
                    f.problem(at, "container API '" + n + "' is not on the container's global '" + global
                            + "' (expected a name such as " + global + ".authorize)");
                }
                String prev = seen.putIfAbsent(n, list);
                if (prev != null) {
                    f.problem(at, "container API '" + n + "' is listed twice (first under " + prev
                            + "; an API is either present once or absent)");
                }
                scopesTaken(f, items.get(i).get("scopes"), "/container/" + list + "/" + i + "/scopes/ids");
            }
        }
    }

    /** The scopes a consent API takes are scopes the spec declares. */
    private static void scopesTaken(SpecFile f, JsonNode taken, String at) {
        JsonNode ids = taken == null ? null : taken.get("ids");
        if (ids == null || !ids.isArray()) {
            return;
        }
        Set<String> declared = new java.util.LinkedHashSet<>();
        JsonNode scopes = f.root.get("scopes");
        if (scopes != null && scopes.isArray()) {
            scopes.forEach(s -> {
                if (s.get("id") != null && s.get("id").isString()) {
                    declared.add(s.get("id").asString());
                }
            });
        }
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k).isString() ? ids.get(k).asString() : null;
            if (id != null && !declared.contains(id)) {
                f.problem(at + "/" + k, "container API scope '" + id + "' is not a scope of this spec (expected one of: "
                        + String.join(", ", declared) + ")");
            }
        }
    }

    /** A phrase resolves to one platform (trimmed, ignoring case, as {@code SpecCatalog.platformForPhrase} looks up). */
    @Override
    public void crossCheckAcross(List<SpecFile> files, Map<String, SpecFile> byId) {
        record Use(SpecFile file, String pointer, String platform) {}
        Map<String, Use> first = new HashMap<>();
        for (SpecFile f : files) {
            JsonNode phrases = f.root.get("phrases");
            if (f.kind != SpecKind.CLIENT_PLATFORM || phrases == null || !phrases.isArray()) {
                continue;
            }
            String platform = text(f.root.get("id"), f.baseName());
            for (int i = 0; i < phrases.size(); i++) {
                if (!phrases.get(i).isString()) {
                    continue;
                }
                String phrase = phrases.get(i).asString();
                Use here = new Use(f, "/phrases/" + i, platform);
                Use prev = first.putIfAbsent(SpecCatalog.phraseKey(phrase), here);
                if (prev != null && !prev.platform().equals(platform)) {
                    f.problem(here.pointer(), "phrase '" + phrase + "' also names platform '" + prev.platform()
                            + "' (" + prev.file().where(prev.file().valueLoc(prev.pointer()))
                            + "; expected each phrase, ignoring case, to name one platform)");
                }
            }
        }
    }

    // ------------------------------------------------------------------ binding

    @Override
    public ClientPlatformSpec bind(JsonNode r, SpecOrigin origin) {
        List<AppKind> appKinds = appKinds(r.get("appKinds"));
        List<ScopeSpec> scopes = list(r.get("scopes"), s -> new ScopeSpec(
                str(s, "id"),
                str(s, "label"),
                opt(s, "description"),
                ScopeStatus.fromId(str(s, "status")),
                appKinds(s.get("recycledIn")),
                opt(s, "gate").map(Version::parse),
                s.has("appKinds") ? appKinds(s.get("appKinds")) : appKinds,
                ModelBinder.strings(s.get("apis")),
                ModelBinder.strings(s.get("components")),
                consent(s.get("consent")),
                source(s.get("source"))));
        return new ClientPlatformSpec(str(r, "id"), str(r, "name"), str(r, "clientName"),
                ModelBinder.strings(r.get("phrases")), appKinds, documents(r.get("documents")), scopes,
                bindBehaviour(r.get("behaviour")), Optional.ofNullable(r.get("container")).map(ClientPlatformKind::bindContainer),
                origin);
    }

    private static ContainerFacts bindContainer(JsonNode c) {
        return new ContainerFacts(str(c, "global"),
                list(c.get("apis"), a -> new ContainerFacts.ConsentApi(str(a, "name"), opt(a, "since").map(Version::parse),
                        opt(a, "status").orElse("available"), fields(a.get("success")), fields(a.get("failure")),
                        ModelBinder.strings(a.get("authSettingKeys")),
                        Optional.ofNullable(a.get("scopes")).map(t -> new ContainerFacts.ScopesTaken(
                                ModelBinder.strings(t.get("ids")), source(t.get("source")))),
                        source(a.get("source")))),
                list(c.get("absent"), a -> new ContainerFacts.AbsentApi(str(a, "name"), source(a.get("source")))));
    }

    private static List<ContainerFacts.ResultField> fields(JsonNode n) {
        return list(n, x -> new ContainerFacts.ResultField(str(x, "field"), opt(x, "value"),
                opt(x, "since").map(Version::parse)));
    }

    // ------------------------------------------------------------------ diff

    @Override
    public void diff(ClientPlatformSpec a, ClientPlatformSpec b, DiffLines out) {
        String id = a.id();
        out.changed(id, "appKinds", DiffLines.ids(a.appKinds()), DiffLines.ids(b.appKinds()));
        out.changed(id, "clientName", a.clientName(), b.clientName());
        out.changed(id, "phrases", a.phrases().toString(), b.phrases().toString());
        Map<String, String> pairs = out.scopes(id, DiffLines.apiMap(a.scopes(), ScopeSpec::id, ScopeSpec::apis),
                DiffLines.apiMap(b.scopes(), ScopeSpec::id, ScopeSpec::apis));
        pairs.forEach((o, n) -> {
            ScopeSpec x = a.scope(o).orElseThrow();
            ScopeSpec y = b.scope(n).orElseThrow();
            out.changed(id, "gate of " + n, x.gate().map(Version::toString).orElse("none"),
                    y.gate().map(Version::toString).orElse("none"), !x.gate().equals(y.gate()));
            out.changed(id, "status of " + n, x.status().id(), y.status().id());
            out.changed(id, "recycledIn of " + n, DiffLines.ids(x.recycledIn()), DiffLines.ids(y.recycledIn()));
            out.changed(id, "appKinds of " + n, DiffLines.ids(x.appKinds()), DiffLines.ids(y.appKinds()));
            out.changed(id, "components of " + n, x.components().toString(), y.components().toString());
            out.changed(id, "consent of " + n, x.consent().mode().id(), y.consent().mode().id());
        });
        diffBehaviour(id, a.behaviour(), b.behaviour(), out);
        diffContainer(id, a.container(), b.container(), out);
    }

    private static void diffContainer(String id, Optional<ContainerFacts> a, Optional<ContainerFacts> b, DiffLines out) {
        out.changed(id, "container global", a.map(ContainerFacts::global).orElse("none"),
                b.map(ContainerFacts::global).orElse("none"));
        Map<String, String> before = containerLines(a);
        Map<String, String> after = containerLines(b);
        before.forEach((name, line) -> {
            if (!after.containsKey(name)) {
                out.add(id, "container API " + name + " removed");
            } else {
                out.changed(id, "container API " + name, line, after.get(name));
            }
        });
        after.keySet().stream().filter(name -> !before.containsKey(name))
                .forEach(name -> out.add(id, "container API " + name + " added (" + after.get(name) + ")"));
    }

    /** Each API of the container, present or absent, as one comparable line. */
    private static Map<String, String> containerLines(Optional<ContainerFacts> c) {
        Map<String, String> lines = new LinkedHashMap<>();
        c.ifPresent(facts -> {
            facts.apis().forEach(x -> lines.put(x.name(), describe(x)));
            facts.absent().forEach(x -> lines.put(x.name(), "absent"));
        });
        return lines;
    }

    private static String describe(ContainerFacts.ConsentApi x) {
        return x.status() + x.since().map(v -> " since " + v).orElse("") + " success=" + x.success()
                + " failure=" + x.failure() + (x.authSettingKeys().isEmpty() ? "" : " keys=" + x.authSettingKeys())
                + x.scopes().map(t -> " scopes=" + t.ids()).orElse("");
    }

    // ------------------------------------------------------------------ rendering

    @Override
    public void printText(ClientPlatformSpec p, PrintWriter out) {
        out.println("client: " + p.clientName() + "  app kinds: "
                + String.join(", ", p.appKinds().stream().map(AppKind::id).toList()));
        out.println("phrases: " + join(p.phrases()));
        out.println();
        TextView.Table t = new TextView.Table("SCOPE", "STATUS", "GATE", "APIS", "COMPONENTS", "LABEL");
        for (ScopeSpec s : p.scopes()) {
            String status = s.status().id()
                    + (s.recycledIn().isEmpty() ? "" : " in " + String.join(",", s.recycledIn().stream().map(AppKind::id).toList()));
            t.row(s.id(), status, s.gate().map(Object::toString).orElse("-"), join(s.apis()), join(s.components()),
                    s.label());
        }
        t.print(out);
        printBehaviour(p.behaviour(), out);
        p.container().ifPresent(c -> {
            out.println();
            out.println("container: global " + c.global() + "; absent: "
                    + (c.absent().isEmpty() ? "-" : join(c.absent().stream().map(ContainerFacts.AbsentApi::name).toList())));
            TextView.Table apis = new TextView.Table("CONSENT API", "STATUS", "SINCE", "SUCCESS", "FAILURE");
            for (ContainerFacts.ConsentApi a : c.apis()) {
                apis.row(a.name(), a.status(), a.since().map(Object::toString).orElse("-"),
                        a.success().isEmpty() ? "-" : join(a.success().stream().map(Object::toString).toList()),
                        a.failure().isEmpty() ? "-" : join(a.failure().stream().map(Object::toString).toList()));
            }
            apis.print(out);
            // Printed only where a page lists them, so the other platforms' output stays as it was.
            for (ContainerFacts.ConsentApi a : c.apis()) {
                a.scopes().ifPresent(taken -> out.println(a.name() + " takes scopes: " + join(taken.ids())));
            }
        });
    }

    @Override
    public void putJson(ClientPlatformSpec p, ObjectNode o) {
        o.put("clientName", p.clientName());
        JsonView.strings(o.putArray("phrases"), p.phrases());
        JsonView.strings(o.putArray("appKinds"), p.appKinds().stream().map(AppKind::id).toList());
        ArrayNode scopes = o.putArray("scopes");
        ObjectNode gates = JsonView.F.objectNode();
        for (ScopeSpec s : p.scopes()) {
            ObjectNode n = scopes.addObject();
            n.put("id", s.id());
            n.put("label", s.label());
            n.put("status", s.status().id());
            if (s.gate().isPresent()) {
                n.put("gate", s.gate().get().toString());
                gates.put(s.id(), s.gate().get().toString());
            } else {
                n.putNull("gate");
            }
            JsonView.strings(n.putArray("appKinds"), s.appKinds().stream().map(AppKind::id).toList());
            JsonView.strings(n.putArray("recycledIn"), s.recycledIn().stream().map(AppKind::id).toList());
            JsonView.strings(n.putArray("apis"), s.apis());
            JsonView.strings(n.putArray("components"), s.components());
            n.set("consent", JsonView.consent(s.consent()));
            n.set("source", JsonView.source(s.source()));
        }
        o.set("gates", gates);
        o.set("behaviour", behaviourJson(p.behaviour()));
        p.container().ifPresent(c -> o.set("container", containerJson(c)));
    }

    private static ObjectNode containerJson(ContainerFacts c) {
        ObjectNode n = JsonView.F.objectNode();
        n.put("global", c.global());
        ArrayNode apis = n.putArray("apis");
        for (ContainerFacts.ConsentApi a : c.apis()) {
            ObjectNode x = apis.addObject();
            x.put("name", a.name());
            x.put("status", a.status());
            if (a.since().isPresent()) {
                x.put("since", a.since().get().toString());
            } else {
                x.putNull("since");
            }
            x.set("success", fieldsJson(a.success()));
            x.set("failure", fieldsJson(a.failure()));
            JsonView.strings(x.putArray("authSettingKeys"), a.authSettingKeys());
            if (a.scopes().isPresent()) {
                ObjectNode t = x.putObject("scopes");
                JsonView.strings(t.putArray("ids"), a.scopes().get().ids());
                t.set("source", JsonView.source(a.scopes().get().source()));
            }
            x.set("source", JsonView.source(a.source()));
        }
        ArrayNode absent = n.putArray("absent");
        for (ContainerFacts.AbsentApi a : c.absent()) {
            absent.addObject().put("name", a.name()).set("source", JsonView.source(a.source()));
        }
        return n;
    }

    private static ArrayNode fieldsJson(List<ContainerFacts.ResultField> fields) {
        ArrayNode arr = JsonView.F.arrayNode();
        for (ContainerFacts.ResultField f : fields) {
            ObjectNode x = arr.addObject();
            x.put("field", f.field());
            f.value().ifPresent(v -> x.put("value", v));
            f.since().ifPresent(v -> x.put("since", v.toString()));
        }
        return arr;
    }

    @Override
    public SpecCounts count(ClientPlatformSpec p) {
        return new SpecCounts(1, p.scopes().size(), p.scopes().stream().mapToInt(s -> s.apis().size()).sum(), 0);
    }

    // ------------------------------------------------------------------ the behaviour block (platforms and ports)

    static Behaviour bindBehaviour(JsonNode node) {
        Map<String, BehaviourParam> params = new LinkedHashMap<>();
        for (String key : BehaviourKey.wireNames()) {
            JsonNode entry = node.get(key);
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : entry.properties()) {
                if (e.getKey().equals("value") || e.getKey().equals("source")) {
                    continue;
                }
                JsonNode v = e.getValue();
                Object plain = v.isArray() ? ModelBinder.strings(v)
                        : v.isIntegralNumber() ? (Object) v.asLong()
                        : v.isBoolean() ? (Object) v.asBoolean()
                        : v.asString();
                attributes.put(e.getKey(), plain);
            }
            params.put(key, new BehaviourParam(key, str(entry, "value"),
                    Optional.ofNullable(entry.get("source")).map(ModelBinder::source), attributes));
        }
        return new Behaviour(params);
    }

    static void diffBehaviour(String id, Behaviour a, Behaviour b, DiffLines out) {
        for (String key : BehaviourKey.wireNames()) {
            out.changed(id, "behaviour " + key, describe(a.params().get(key)), describe(b.params().get(key)));
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

    static void printBehaviour(Behaviour b, PrintWriter out) {
        out.println();
        TextView.Table t = new TextView.Table("BEHAVIOUR", "VALUE", "SOURCE");
        for (BehaviourParam p : b.params().values()) {
            t.row(p.name(), describe(p), p.source().map(TextView::cite).orElse("-"));
        }
        t.print(out);
    }

    static ObjectNode behaviourJson(Behaviour b) {
        ObjectNode o = JsonView.F.objectNode();
        for (Map.Entry<String, BehaviourParam> e : b.params().entrySet()) {
            ObjectNode n = o.putObject(e.getKey());
            n.put("value", e.getValue().value());
            e.getValue().attributes().forEach((k, v) -> {
                if (v instanceof List<?> list) {
                    ArrayNode a = n.putArray(k);
                    list.forEach(x -> a.add(String.valueOf(x)));
                } else if (v instanceof Long l) {
                    n.put(k, l);
                } else if (v instanceof Boolean bool) {
                    n.put(k, bool);
                } else {
                    n.put(k, String.valueOf(v));
                }
            });
            e.getValue().source().ifPresent(s -> n.set("source", JsonView.source(s)));
        }
        return o;
    }
}
