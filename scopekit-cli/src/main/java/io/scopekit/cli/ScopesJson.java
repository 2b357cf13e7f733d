package io.scopekit.cli;

import io.scopekit.privilege.Choice;
import io.scopekit.privilege.Coverage;
import io.scopekit.privilege.Finding;
import io.scopekit.privilege.LintReport;
import io.scopekit.privilege.Need;
import io.scopekit.spec.Document;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.Source;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders the least-privilege results as JSON documents (docs/scopes.md lists the keys). */
final class ScopesJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ScopesJson() {}

    static String minimal(PermissionModelSpec model, Coverage c) {
        return JSON.writeValueAsString(coverage(model, c));
    }

    static String lint(PermissionModelSpec model, LintReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("export", r.export().file());
        root.put("model", model.id());
        root.put("identity", r.minimal().identity().id());
        root.put("clean", r.findings().isEmpty());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("kind", f.kind().label());
            n.put("identity", f.identity());
            n.put("subject", f.subject());
            n.put("reason", f.reason());
        }
        root.set("minimal", coverage(model, r.minimal()));
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode coverage(PermissionModelSpec model, Coverage c) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", c.model());
        root.put("identity", c.identity().id());
        root.put("token", c.identity().token());
        ObjectNode planned = root.putObject("planned");
        c.plan().apis().forEach(planned.putArray("apis")::add);
        c.plan().fields().forEach(planned.putArray("fields")::add);
        ObjectNode solver = root.putObject("solver");
        solver.put("method", c.exact() ? "exact" : "greedy");
        solver.put("minimal", c.exact());
        solver.put("limits", c.limits());
        if (c.exact()) {
            solver.putNull("note");
        } else {
            solver.put("note", c.note());
        }
        ArrayNode permissions = root.putArray("permissions");
        for (Choice choice : c.chosen()) {
            ObjectNode p = permissions.addObject();
            p.put("id", choice.permission().id());
            p.put("name", choice.permission().name());
            ArrayNode covers = p.putArray("covers");
            choice.covers().forEach(n -> covers.add(need(model, n)));
            choice.replaceableBy().forEach(p.putArray("replaceableBy")::add);
            ObjectNode levels = p.putObject("levels");
            choice.permission().levels().forEach(levels::put);
            choice.permission().dataScopeUnderTenant().ifPresentOrElse(
                    b -> p.put("dataScopeUnderTenant", b), () -> p.putNull("dataScopeUnderTenant"));
            p.set("source", source(model, choice.permission().source()));
        }
        ArrayNode free = root.putArray("noPermissionNeeded");
        c.free().forEach(n -> free.add(need(model, n)));
        return root;
    }

    private static ObjectNode need(PermissionModelSpec model, Need n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("api", n.api());
        n.field().ifPresentOrElse(f -> o.put("field", f), () -> o.putNull("field"));
        n.anyOf().forEach(o.putArray("anyOf")::add);
        n.usable().forEach(o.putArray("usable")::add);
        if (!n.allOf().isEmpty()) {
            n.allOf().forEach(o.putArray("allOf")::add);
        }
        o.set("source", source(model, n.source()));
        return o;
    }

    private static ObjectNode source(PermissionModelSpec model, Source s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", s.doc());
        s.section().ifPresentOrElse(v -> o.put("section", v), () -> o.putNull("section"));
        o.put("passage", s.passage());
        model.document(s.doc()).ifPresent(d -> {
            o.put("title", d.title());
            d.url().ifPresent(u -> o.put("url", u));
            d.seed().ifPresent(f -> o.put("seed", f));
        });
        return o;
    }

    static String where(PermissionModelSpec model, Source s) {
        String doc = model.document(s.doc()).map(ScopesJson::docName).orElse(s.doc());
        return s.doc() + s.section().map(v -> " § " + v).orElse("") + " (" + doc + ")";
    }

    private static String docName(Document d) {
        return d.seed().map(f -> "seed " + f).or(d::url).orElse(d.title());
    }
}
