package io.scopekit.spec.internal;

import static io.scopekit.spec.internal.CrossChecks.references;
import static io.scopekit.spec.internal.CrossChecks.text;
import static io.scopekit.spec.internal.CrossChecks.uniqueBy;
import static io.scopekit.spec.internal.CrossChecks.uniqueIds;
import static io.scopekit.spec.internal.ModelBinder.documents;
import static io.scopekit.spec.internal.ModelBinder.list;
import static io.scopekit.spec.internal.ModelBinder.map;
import static io.scopekit.spec.internal.ModelBinder.opt;
import static io.scopekit.spec.internal.ModelBinder.source;
import static io.scopekit.spec.internal.ModelBinder.str;
import static io.scopekit.spec.internal.ModelBinder.strings;
import static io.scopekit.spec.internal.TextView.join;

import io.scopekit.spec.AllOfRequirement;
import io.scopekit.spec.AppType;
import io.scopekit.spec.ErrorCode;
import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.Identity;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionLevel;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.Rule;
import io.scopekit.spec.SpecCounts;
import io.scopekit.spec.SpecKind;
import io.scopekit.spec.SpecOrigin;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The permission-model kind: an open platform's identities, app types, permissions, APIs, errors and rules. */
final class PermissionModelKind implements SpecKindUnit<PermissionModelSpec> {

    @Override
    public SpecKind kind() {
        return SpecKind.PERMISSION_MODEL;
    }

    @Override
    public Class<PermissionModelSpec> type() {
        return PermissionModelSpec.class;
    }

    // ------------------------------------------------------------------ checks

    @Override
    public void crossCheck(SpecFile f) {
        List<String> identities = uniqueIds(f, "/identities", "identity");
        List<String> appTypeIds = uniqueIds(f, "/appTypes", "app type");
        List<String> permissions = uniqueIds(f, "/permissions", "permission");
        uniqueIds(f, "/apis", "API");
        uniqueBy(f, "/errors", "error", "code");
        Map<String, List<String>> levelsOf = new LinkedHashMap<>();
        JsonNode appTypes = f.root.get("appTypes");
        if (appTypes != null && appTypes.isArray()) {
            for (int i = 0; i < appTypes.size(); i++) {
                List<String> levels = uniqueIds(f, "/appTypes/" + i + "/levels", "level");
                levelsOf.putIfAbsent(text(appTypes.get(i).get("id"), ""), levels);
            }
        }
        Map<String, List<String>> holders = new LinkedHashMap<>();
        JsonNode perms = f.root.get("permissions");
        if (perms != null && perms.isArray()) {
            for (JsonNode p : perms) {
                List<String> who = new ArrayList<>();
                JsonNode ids = p.get("identities");
                if (ids != null && ids.isArray()) {
                    ids.forEach(x -> who.add(x.asString()));
                }
                holders.putIfAbsent(text(p.get("id"), ""), who);
            }
        }
        if (perms != null && perms.isArray()) {
            for (int i = 0; i < perms.size(); i++) {
                JsonNode p = perms.get(i);
                String pp = "/permissions/" + i;
                String pid = text(p.get("id"), "#" + (i + 1));
                references(f, p.get("identities"), pp + "/identities", identities,
                        "permission '" + pid + "' names identity", "identities");
                JsonNode levels = p.get("levels");
                if (levels != null && levels.isObject()) {
                    for (Map.Entry<String, JsonNode> e : levels.properties()) {
                        String lp = pp + "/levels/" + YamlReader.escape(e.getKey());
                        List<String> allowed = levelsOf.get(e.getKey());
                        if (allowed == null) {
                            f.keyProblem(lp, "permission '" + pid + "' levels names app type '" + e.getKey()
                                    + "', which is not defined in appTypes (expected one of: "
                                    + String.join(", ", appTypeIds) + ")");
                            continue;
                        }
                        String level = e.getValue().asString();
                        if (e.getValue().isString() && !allowed.contains(level)
                                && !level.equals(Permission.UNKNOWN_LEVEL)) {
                            List<String> options = new ArrayList<>(allowed);
                            options.add(Permission.UNKNOWN_LEVEL);
                            f.problem(lp, "permission '" + pid + "' level '" + level + "' is not a level of app type '"
                                    + e.getKey() + "' (expected one of: " + String.join(", ", options) + ")");
                        }
                    }
                }
            }
        }
        JsonNode apis = f.root.get("apis");
        if (apis != null && apis.isArray()) {
            for (int i = 0; i < apis.size(); i++) {
                JsonNode a = apis.get(i);
                String ap = "/apis/" + i;
                String aid = text(a.get("id"), "#" + (i + 1));
                references(f, a.get("tokenTypes"), ap + "/tokenTypes", identities,
                        "API '" + aid + "' tokenTypes names identity", "identities");
                references(f, a.get("anyOf"), ap + "/anyOf", permissions,
                        "API '" + aid + "' anyOf names permission", "permissions");
                JsonNode fields = a.get("fieldRequirements");
                if (fields != null && fields.isArray()) {
                    for (int j = 0; j < fields.size(); j++) {
                        references(f, fields.get(j).get("anyOf"), ap + "/fieldRequirements/" + j + "/anyOf",
                                permissions, "API '" + aid + "' field '" + text(fields.get(j).get("field"), "?")
                                        + "' anyOf names permission", "permissions");
                    }
                }
                checkAllOf(f, a, ap, aid, permissions, holders);
            }
        }
    }

    /**
     * An all-of requirement applies to identities the API accepts, and each of its permissions must be one those
     * identities can hold: otherwise no call could ever satisfy it, which is a mistake in the spec, not a fact.
     */
    private static void checkAllOf(SpecFile f, JsonNode api, String ap, String aid, List<String> permissions,
            Map<String, List<String>> holders) {
        JsonNode allOf = api.get("allOf");
        if (allOf == null || !allOf.isArray()) {
            return;
        }
        List<String> tokenTypes = new ArrayList<>();
        JsonNode tt = api.get("tokenTypes");
        if (tt != null && tt.isArray()) {
            tt.forEach(x -> tokenTypes.add(x.asString()));
        }
        for (int j = 0; j < allOf.size(); j++) {
            JsonNode req = allOf.get(j);
            String rp = ap + "/allOf/" + j;
            references(f, req.get("identities"), rp + "/identities", tokenTypes,
                    "API '" + aid + "' allOf names identity", "tokenTypes of the API");
            references(f, req.get("permissions"), rp + "/permissions", permissions,
                    "API '" + aid + "' allOf names permission", "permissions");
            JsonNode ids = req.get("identities");
            JsonNode keys = req.get("permissions");
            if (ids == null || !ids.isArray() || keys == null || !keys.isArray()) {
                continue;
            }
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k).asString();
                List<String> who = holders.get(key);
                if (who == null) {
                    continue;
                }
                for (JsonNode id : ids) {
                    if (tokenTypes.contains(id.asString()) && !who.contains(id.asString())) {
                        f.problem(rp + "/permissions/" + k, "API '" + aid + "' allOf needs permission '" + key
                                + "' for the " + id.asString() + " identity, which cannot hold it (the permission's"
                                + " identities: " + String.join(", ", who) + ")");
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ binding

    @Override
    public PermissionModelSpec bind(JsonNode r, SpecOrigin origin) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        JsonNode rulesNode = r.get("rules");
        if (rulesNode != null) {
            for (Map.Entry<String, JsonNode> e : rulesNode.properties()) {
                JsonNode v = e.getValue().get("value");
                rules.put(e.getKey(), new Rule(e.getKey(), ruleValue(v), source(e.getValue().get("source"))));
            }
        }
        return new PermissionModelSpec(
                str(r, "id"),
                str(r, "name"),
                documents(r.get("documents")),
                list(r.get("identities"), i -> new Identity(str(i, "id"), str(i, "token"), source(i.get("source")))),
                list(r.get("appTypes"), a -> new AppType(str(a, "id"), list(a.get("levels"), l -> new PermissionLevel(
                        str(l, "id"), str(l, "takesEffect"), reviewers(l.get("reviewer")), source(l.get("source")))))),
                list(r.get("permissions"), p -> new Permission(
                        str(p, "id"), str(p, "name"), strings(p.get("identities")),
                        map(p.get("levels"), JsonNode::asString),
                        optionalBoolean(p, "userTokenDebugFree"),
                        optionalBoolean(p, "dataScopeUnderTenant"),
                        source(p.get("source")))),
                list(r.get("apis"), a -> new OpenApi(
                        str(a, "id"), str(a, "method"), str(a, "path"), strings(a.get("tokenTypes")),
                        strings(a.get("anyOf")),
                        list(a.get("fieldRequirements"), x -> new FieldRequirement(str(x, "field"), strings(x.get("anyOf")))),
                        list(a.get("allOf"), x -> new AllOfRequirement(strings(x.get("identities")),
                                strings(x.get("permissions")), source(x.get("source")))),
                        source(a.get("source")))),
                list(r.get("errors"), e -> new ErrorCode(
                        e.get("code").asLong(), str(e, "when"), opt(e, "violationType"),
                        opt(e, "standing").orElse(ErrorCode.PLATFORM_DOCUMENTATION), source(e.get("source")))),
                rules,
                origin);
    }

    /** An optional flag: absent means the documents do not say, which is not the same as false. */
    private static Optional<Boolean> optionalBoolean(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asBoolean());
    }

    /** A rule value is a boolean, an enum string, or a list of enum strings (schema permission-model#rule). */
    private static Object ruleValue(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isArray()) {
            List<String> values = new ArrayList<>();
            v.forEach(item -> values.add(item.asString()));
            return List.copyOf(values);
        }
        return v.asString();
    }

    private static List<String> reviewers(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        return node.isArray() ? strings(node) : List.of(node.asString());
    }

    // ------------------------------------------------------------------ diff

    @Override
    public void diff(PermissionModelSpec a, PermissionModelSpec b, DiffLines out) {
        String id = a.id();
        out.changed(id, "identities", a.identities().stream().map(i -> i.id() + "=" + i.token()).toList().toString(),
                b.identities().stream().map(i -> i.id() + "=" + i.token()).toList().toString());
        Map<String, AppType> ta = DiffLines.byId(a.appTypes(), AppType::id);
        Map<String, AppType> tb = DiffLines.byId(b.appTypes(), AppType::id);
        Set<String> types = new LinkedHashSet<>(ta.keySet());
        types.addAll(tb.keySet());
        for (String t : types) {
            out.changed(id, "levels of app type " + t, levels(ta.get(t)), levels(tb.get(t)));
        }
        Map<String, Permission> pa = DiffLines.byId(a.permissions(), Permission::id);
        Map<String, Permission> pb = DiffLines.byId(b.permissions(), Permission::id);
        pa.keySet().stream().filter(p -> !pb.containsKey(p)).forEach(p -> out.add(id, "permission " + p + " removed"));
        pb.keySet().stream().filter(p -> !pa.containsKey(p)).forEach(p -> out.add(id, "permission " + p + " added"));
        pa.forEach((p, x) -> {
            Permission y = pb.get(p);
            if (y == null) {
                return;
            }
            out.changed(id, "levels of permission " + p, x.levels().toString(), y.levels().toString());
            out.changed(id, "identities of permission " + p, x.identities().toString(), y.identities().toString());
            out.changed(id, "userTokenDebugFree of permission " + p, DiffLines.flag(x.userTokenDebugFree()),
                    DiffLines.flag(y.userTokenDebugFree()));
            out.changed(id, "dataScopeUnderTenant of permission " + p, DiffLines.flag(x.dataScopeUnderTenant()),
                    DiffLines.flag(y.dataScopeUnderTenant()));
        });
        Map<String, OpenApi> aa = DiffLines.byId(a.apis(), OpenApi::id);
        Map<String, OpenApi> ab = DiffLines.byId(b.apis(), OpenApi::id);
        aa.keySet().stream().filter(p -> !ab.containsKey(p)).forEach(p -> out.add(id, "API " + p + " removed"));
        ab.keySet().stream().filter(p -> !aa.containsKey(p)).forEach(p -> out.add(id, "API " + p + " added"));
        aa.forEach((p, x) -> {
            OpenApi y = ab.get(p);
            if (y == null) {
                return;
            }
            out.changed(id, "endpoint of API " + p, x.method() + " " + x.path(), y.method() + " " + y.path());
            out.changed(id, "tokenTypes of API " + p, x.tokenTypes().toString(), y.tokenTypes().toString());
            out.changed(id, "anyOf of API " + p, x.anyOf().toString(), y.anyOf().toString());
            out.changed(id, "fieldRequirements of API " + p, fields(x), fields(y));
            out.changed(id, "allOf of API " + p, allOf(x), allOf(y));
        });
        Map<Long, ErrorCode> ea = new LinkedHashMap<>();
        a.errors().forEach(e -> ea.put(e.code(), e));
        Map<Long, ErrorCode> eb = new LinkedHashMap<>();
        b.errors().forEach(e -> eb.put(e.code(), e));
        ea.keySet().stream().filter(c -> !eb.containsKey(c)).forEach(c -> out.add(id, "error " + c + " removed"));
        eb.keySet().stream().filter(c -> !ea.containsKey(c)).forEach(c -> out.add(id, "error " + c + " added"));
        ea.forEach((c, x) -> {
            ErrorCode y = eb.get(c);
            if (y != null) {
                out.changed(id, "error " + c, x.when() + x.violationType().map(v -> "/" + v).orElse(""),
                        y.when() + y.violationType().map(v -> "/" + v).orElse(""));
            }
        });
        Set<String> rules = new LinkedHashSet<>(a.rules().keySet());
        rules.addAll(b.rules().keySet());
        for (String r : rules) {
            out.changed(id, "rule " + r, ruleValue(a.rules().get(r)), ruleValue(b.rules().get(r)));
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

    private static String allOf(OpenApi api) {
        return api.allOf().stream().map(r -> r.identities() + "=" + r.permissions()).toList().toString();
    }

    /** The ANY OF cell of {@code specs show}: the any-of list, then each all-of requirement with its identities. */
    private static String requirementCell(OpenApi api) {
        StringBuilder cell = new StringBuilder(join(api.anyOf()));
        for (AllOfRequirement r : api.allOf()) {
            cell.append("; ").append(String.join("+", r.identities())).append(": all of ").append(join(r.permissions()));
        }
        return cell.toString();
    }

    private static String fields(OpenApi api) {
        return api.fieldRequirements().stream().map(f -> f.field() + "=" + f.anyOf()).toList().toString();
    }

    // ------------------------------------------------------------------ rendering

    @Override
    public void printText(PermissionModelSpec m, PrintWriter out) {
        out.println("identities: " + join(m.identities().stream().map(i -> i.id() + "=" + i.token()).toList()));
        m.appTypes().forEach(a -> out.println("app type " + a.id() + ": " + join(a.levels().stream()
                .map(l -> l.id() + " (" + l.takesEffect() + (l.reviewers().isEmpty() ? "" : ", reviewed by "
                        + String.join("+", l.reviewers())) + ")")
                .toList())));
        out.println();
        TextView.Table p = new TextView.Table("PERMISSION", "IDENTITIES", "LEVELS", "DEBUG-FREE", "DATA-SCOPE", "NAME");
        m.permissions().forEach(x -> p.row(x.id(), join(x.identities()), x.levels().toString(),
                TextView.flag(x.userTokenDebugFree()), TextView.flag(x.dataScopeUnderTenant()), x.name()));
        p.print(out);
        out.println();
        TextView.Table a = new TextView.Table("API", "METHOD", "PATH", "TOKENS", "ANY OF", "FIELDS");
        m.apis().forEach(x -> a.row(x.id(), x.method(), x.path(), join(x.tokenTypes()), requirementCell(x),
                join(x.fieldRequirements().stream().map(f -> f.field() + ": " + join(f.anyOf())).toList())));
        a.print(out);
        out.println();
        TextView.Table e = new TextView.Table("ERROR", "WHEN", "VIOLATION TYPE");
        m.errors().forEach(x -> e.row(String.valueOf(x.code()), x.when(), x.violationType().orElse("-")));
        e.print(out);
        if (!m.rules().isEmpty()) {
            out.println();
            TextView.Table r = new TextView.Table("RULE", "VALUE", "SOURCE");
            m.rules().values().forEach(x -> r.row(x.name(), String.valueOf(x.value()), TextView.cite(x.source())));
            r.print(out);
        }
    }

    @Override
    public void putJson(PermissionModelSpec m, ObjectNode o) {
        ArrayNode identities = o.putArray("identities");
        m.identities().forEach(i -> identities.addObject().put("id", i.id()).put("token", i.token()));
        ArrayNode appTypes = o.putArray("appTypes");
        m.appTypes().forEach(t -> {
            ObjectNode n = appTypes.addObject().put("id", t.id());
            ArrayNode levels = n.putArray("levels");
            t.levels().forEach(l -> {
                ObjectNode ln = levels.addObject().put("id", l.id()).put("takesEffect", l.takesEffect());
                JsonView.strings(ln.putArray("reviewers"), l.reviewers());
            });
        });
        ArrayNode permissions = o.putArray("permissions");
        m.permissions().forEach(p -> {
            ObjectNode n = permissions.addObject().put("id", p.id()).put("name", p.name());
            JsonView.strings(n.putArray("identities"), p.identities());
            ObjectNode levels = n.putObject("levels");
            p.levels().forEach(levels::put);
            JsonView.putOptional(n, "userTokenDebugFree", p.userTokenDebugFree());
            JsonView.putOptional(n, "dataScopeUnderTenant", p.dataScopeUnderTenant());
        });
        ArrayNode apis = o.putArray("apis");
        m.apis().forEach(a -> {
            ObjectNode n = apis.addObject().put("id", a.id()).put("method", a.method()).put("path", a.path());
            JsonView.strings(n.putArray("tokenTypes"), a.tokenTypes());
            JsonView.strings(n.putArray("anyOf"), a.anyOf());
            ArrayNode fields = n.putArray("fieldRequirements");
            a.fieldRequirements().forEach(f ->
                    JsonView.strings(fields.addObject().put("field", f.field()).putArray("anyOf"), f.anyOf()));
            ArrayNode allOf = n.putArray("allOf");
            a.allOf().forEach(r -> {
                ObjectNode rn = allOf.addObject();
                JsonView.strings(rn.putArray("identities"), r.identities());
                JsonView.strings(rn.putArray("permissions"), r.permissions());
            });
        });
        ArrayNode errors = o.putArray("errors");
        m.errors().forEach(e -> {
            ObjectNode n = errors.addObject().put("code", e.code()).put("when", e.when());
            e.violationType().ifPresent(v -> n.put("violationType", v));
        });
        ObjectNode rules = o.putObject("rules");
        m.rules().forEach((k, r) -> {
            if (r.value() instanceof Boolean b) {
                rules.put(k, b);
            } else {
                rules.put(k, String.valueOf(r.value()));
            }
        });
    }

    @Override
    public SpecCounts count(PermissionModelSpec m) {
        return new SpecCounts(1, 0, m.apis().size(), m.permissions().size());
    }
}
