package io.scopekit.cli;

import io.scopekit.spec.AppKind;
import io.scopekit.spec.Behaviour;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Container;
import io.scopekit.spec.Document;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeConsent;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.Source;
import io.scopekit.spec.Spec;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a spec as the stable JSON document of {@code specs show --json}: keys in a fixed order, lists in file order.
 * Shape by kind: every document has {@code id, kind, name, file, sha256, documents}; client-platform adds
 * {@code clientName, phrases, appKinds, scopes, gates, behaviour}; port-matrix adds
 * {@code package, containers, forms, scopes, matrix, responses, behaviour}; permission-model adds
 * {@code identities, appTypes, permissions, apis, errors, rules}.
 */
final class SpecJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SpecJson() {}

    static String render(Spec spec) {
        return MAPPER.writeValueAsString(toJson(spec));
    }

    /** Writes a flag the documents may leave open: true, false, or null for "the documents do not say". */
    private static void putOptional(ObjectNode n, String field, Optional<Boolean> value) {
        if (value.isPresent()) {
            n.put(field, value.get());
        } else {
            n.putNull(field);
        }
    }

    static ObjectNode toJson(Spec spec) {
        ObjectNode o = F.objectNode();
        o.put("id", spec.id());
        o.put("kind", spec.kind().id());
        o.put("name", spec.name());
        o.put("file", spec.origin().fileName());
        o.put("sha256", spec.origin().sha256());
        if (spec instanceof ClientPlatformSpec p) {
            clientPlatform(o, p);
        } else if (spec instanceof PortMatrixSpec m) {
            portMatrix(o, m);
        } else if (spec instanceof PermissionModelSpec m) {
            permissionModel(o, m);
        }
        ArrayNode docs = o.putArray("documents");
        for (Document d : spec.documents()) {
            ObjectNode n = docs.addObject();
            n.put("id", d.id());
            d.seed().ifPresent(s -> n.put("seed", s));
            d.url().ifPresent(s -> n.put("url", s));
            n.put("title", d.title());
            d.updated().ifPresent(s -> n.put("updated", s));
        }
        return o;
    }

    private static void clientPlatform(ObjectNode o, ClientPlatformSpec p) {
        o.put("clientName", p.clientName());
        strings(o.putArray("phrases"), p.phrases());
        strings(o.putArray("appKinds"), p.appKinds().stream().map(AppKind::id).toList());
        ArrayNode scopes = o.putArray("scopes");
        ObjectNode gates = F.objectNode();
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
            strings(n.putArray("appKinds"), s.appKinds().stream().map(AppKind::id).toList());
            strings(n.putArray("recycledIn"), s.recycledIn().stream().map(AppKind::id).toList());
            strings(n.putArray("apis"), s.apis());
            strings(n.putArray("components"), s.components());
            n.set("consent", consent(s.consent()));
            n.set("source", source(s.source()));
        }
        o.set("gates", gates);
        o.set("behaviour", behaviour(p.behaviour()));
    }

    private static void portMatrix(ObjectNode o, PortMatrixSpec m) {
        ObjectNode pkg = o.putObject("package");
        pkg.put("registry", m.packageRef().registry());
        pkg.put("name", m.packageRef().name());
        ArrayNode containers = o.putArray("containers");
        for (Container c : m.containers()) {
            containers.addObject().put("id", c.id()).put("platform", c.platform()).put("label", c.label());
        }
        strings(o.putArray("forms"), m.forms().stream().map(f -> f.id()).toList());
        ArrayNode scopes = o.putArray("scopes");
        ObjectNode matrix = F.objectNode();
        for (PortScope s : m.scopes()) {
            ObjectNode n = scopes.addObject();
            n.put("id", s.id());
            n.put("label", s.label());
            strings(n.putArray("apis"), s.apis());
            n.set("consent", consent(s.consent()));
            n.set("source", source(s.source()));
            ObjectNode row = matrix.putObject(s.id());
            for (Container c : m.containers()) {
                row.putObject(c.id()).put("supported", s.supportedIn(c.id())).put("nativeName", s.nativeName(c.id()));
            }
        }
        o.set("matrix", matrix);
        ArrayNode responses = o.putArray("responses");
        m.responses().forEach(r -> {
            ObjectNode n = responses.addObject();
            n.put("container", r.container());
            ArrayNode fields = n.putArray("fields");
            r.fields().forEach(f -> {
                ObjectNode fn = fields.addObject().put("name", f.name()).put("type", f.type());
                f.description().ifPresent(d -> fn.put("description", d));
            });
        });
        o.set("behaviour", behaviour(m.behaviour()));
    }

    private static void permissionModel(ObjectNode o, PermissionModelSpec m) {
        ArrayNode identities = o.putArray("identities");
        m.identities().forEach(i -> identities.addObject().put("id", i.id()).put("token", i.token()));
        ArrayNode appTypes = o.putArray("appTypes");
        m.appTypes().forEach(t -> {
            ObjectNode n = appTypes.addObject().put("id", t.id());
            ArrayNode levels = n.putArray("levels");
            t.levels().forEach(l -> {
                ObjectNode ln = levels.addObject().put("id", l.id()).put("takesEffect", l.takesEffect());
                strings(ln.putArray("reviewers"), l.reviewers());
            });
        });
        ArrayNode permissions = o.putArray("permissions");
        m.permissions().forEach(p -> {
            ObjectNode n = permissions.addObject().put("id", p.id()).put("name", p.name());
            strings(n.putArray("identities"), p.identities());
            ObjectNode levels = n.putObject("levels");
            p.levels().forEach(levels::put);
            putOptional(n, "userTokenDebugFree", p.userTokenDebugFree());
            putOptional(n, "dataScopeUnderTenant", p.dataScopeUnderTenant());
        });
        ArrayNode apis = o.putArray("apis");
        m.apis().forEach(a -> {
            ObjectNode n = apis.addObject().put("id", a.id()).put("method", a.method()).put("path", a.path());
            strings(n.putArray("tokenTypes"), a.tokenTypes());
            strings(n.putArray("anyOf"), a.anyOf());
            ArrayNode fields = n.putArray("fieldRequirements");
            a.fieldRequirements().forEach(f -> strings(fields.addObject().put("field", f.field()).putArray("anyOf"), f.anyOf()));
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

    private static ObjectNode behaviour(Behaviour b) {
        ObjectNode o = F.objectNode();
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
            e.getValue().source().ifPresent(s -> n.set("source", source(s)));
        }
        return o;
    }

    /** Always present, so readers need not know the default: {@code {"mode": "prompt"}} when the file is silent. */
    private static ObjectNode consent(ScopeConsent c) {
        ObjectNode n = F.objectNode().put("mode", c.mode().id());
        c.source().ifPresent(s -> n.set("source", source(s)));
        return n;
    }

    private static ObjectNode source(Source s) {
        ObjectNode n = F.objectNode().put("doc", s.doc());
        s.section().ifPresent(x -> n.put("section", x));
        n.put("passage", s.passage());
        return n;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

}
