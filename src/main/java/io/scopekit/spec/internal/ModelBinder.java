package io.scopekit.spec.internal;

import io.scopekit.spec.AppKind;
import io.scopekit.spec.AppType;
import io.scopekit.spec.Behaviour;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.CallForm;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Container;
import io.scopekit.spec.ContainerResponse;
import io.scopekit.spec.Document;
import io.scopekit.spec.ErrorCode;
import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.Identity;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PackageRef;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionLevel;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ResponseField;
import io.scopekit.spec.Rule;
import io.scopekit.spec.ScopeConsent;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.ScopeStatus;
import io.scopekit.spec.Source;
import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecOrigin;
import io.scopekit.spec.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Builds the model from a tree that passed the schema and the cross checks (so shapes are trusted here). */
final class ModelBinder {

    private ModelBinder() {}

    static Spec bind(SpecFile f) {
        JsonNode r = f.root;
        SpecOrigin origin = new SpecOrigin(f.displayName, f.fileName, f.sha256);
        return switch (f.kind) {
            case CLIENT_PLATFORM -> clientPlatform(r, origin);
            case PORT_MATRIX -> portMatrix(r, origin);
            case PERMISSION_MODEL -> permissionModel(r, origin);
        };
    }

    private static ClientPlatformSpec clientPlatform(JsonNode r, SpecOrigin origin) {
        List<AppKind> appKinds = appKinds(r.get("appKinds"));
        List<ScopeSpec> scopes = list(r.get("scopes"), s -> new ScopeSpec(
                str(s, "id"),
                str(s, "label"),
                opt(s, "description"),
                ScopeStatus.fromId(str(s, "status")),
                appKinds(s.get("recycledIn")),
                opt(s, "gate").map(Version::parse),
                s.has("appKinds") ? appKinds(s.get("appKinds")) : appKinds,
                strings(s.get("apis")),
                strings(s.get("components")),
                consent(s.get("consent")),
                source(s.get("source"))));
        return new ClientPlatformSpec(str(r, "id"), str(r, "name"), str(r, "clientName"), strings(r.get("phrases")), appKinds,
                documents(r.get("documents")), scopes, behaviour(r.get("behaviour")), origin);
    }

    private static PortMatrixSpec portMatrix(JsonNode r, SpecOrigin origin) {
        JsonNode pkg = r.get("package");
        return new PortMatrixSpec(
                str(r, "id"),
                str(r, "name"),
                new PackageRef(str(pkg, "registry"), str(pkg, "name")),
                documents(r.get("documents")),
                list(r.get("containers"), c -> new Container(str(c, "id"), str(c, "platform"), str(c, "label"))),
                list(r.get("forms"), c -> new CallForm(str(c, "id"), source(c.get("source")))),
                list(r.get("scopes"), s -> new PortScope(
                        str(s, "id"), str(s, "label"), strings(s.get("apis")),
                        map(s.get("support"), JsonNode::asBoolean),
                        map(s.get("nativeNames"), JsonNode::asString),
                        consent(s.get("consent")),
                        source(s.get("source")))),
                list(r.get("responses"), c -> new ContainerResponse(
                        str(c, "container"),
                        list(c.get("fields"), x -> new ResponseField(str(x, "name"), str(x, "type"), opt(x, "description"))),
                        source(c.get("source")))),
                behaviour(r.get("behaviour")),
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

    private static PermissionModelSpec permissionModel(JsonNode r, SpecOrigin origin) {
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
                        source(a.get("source")))),
                list(r.get("errors"), e -> new ErrorCode(
                        e.get("code").asLong(), str(e, "when"), opt(e, "violationType"), source(e.get("source")))),
                rules,
                origin);
    }

    private static List<String> reviewers(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        return node.isArray() ? strings(node) : List.of(node.asString());
    }

    private static Behaviour behaviour(JsonNode node) {
        Map<String, BehaviourParam> params = new LinkedHashMap<>();
        for (String key : io.scopekit.consent.BehaviourKey.wireNames()) {
            JsonNode entry = node.get(key);
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : entry.properties()) {
                if (e.getKey().equals("value") || e.getKey().equals("source")) {
                    continue;
                }
                JsonNode v = e.getValue();
                Object plain = v.isArray() ? strings(v)
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

    private static List<Document> documents(JsonNode node) {
        return list(node, d -> new Document(str(d, "id"), opt(d, "seed"), opt(d, "url"), str(d, "title"), opt(d, "updated")));
    }

    private static ScopeConsent consent(JsonNode c) {
        if (c == null || c.isNull()) {
            return ScopeConsent.PROMPT_BY_DEFAULT;
        }
        return new ScopeConsent(ScopeConsent.Mode.fromId(str(c, "value")), Optional.of(source(c.get("source"))));
    }

    private static Source source(JsonNode s) {
        return new Source(str(s, "doc"), opt(s, "section"), str(s, "passage"));
    }

    private static List<AppKind> appKinds(JsonNode node) {
        return strings(node).stream().map(AppKind::fromId).toList();
    }

    private static <T> List<T> list(JsonNode node, Function<JsonNode, T> each) {
        List<T> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(each.apply(n)));
        }
        return out;
    }

    private static <T> Map<String, T> map(JsonNode node, Function<JsonNode, T> each) {
        Map<String, T> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> out.put(e.getKey(), each.apply(e.getValue())));
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        return list(node, JsonNode::asString);
    }

    private static String str(JsonNode node, String key) {
        return node.get(key).asString();
    }

    private static Optional<String> opt(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asString());
    }
}
