package io.scopekit.spec.internal;

import io.scopekit.spec.AppKind;
import io.scopekit.spec.Document;
import io.scopekit.spec.ScopeConsent;
import io.scopekit.spec.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The binding steps the spec kinds share (documents, sources, consent, lists); each {@link SpecKindUnit} builds its
 * own model from a tree that passed the schema and the cross checks, so shapes are trusted here.
 */
final class ModelBinder {

    private ModelBinder() {}

    static List<Document> documents(JsonNode node) {
        return list(node, d -> new Document(str(d, "id"), opt(d, "seed"), opt(d, "url"), str(d, "title"), opt(d, "updated")));
    }

    static ScopeConsent consent(JsonNode c) {
        if (c == null || c.isNull()) {
            return ScopeConsent.PROMPT_BY_DEFAULT;
        }
        return new ScopeConsent(ScopeConsent.Mode.fromId(str(c, "value")), Optional.of(source(c.get("source"))));
    }

    static Source source(JsonNode s) {
        return new Source(str(s, "doc"), opt(s, "section"), str(s, "passage"));
    }

    static List<AppKind> appKinds(JsonNode node) {
        return strings(node).stream().map(AppKind::fromId).toList();
    }

    static <T> List<T> list(JsonNode node, Function<JsonNode, T> each) {
        List<T> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(each.apply(n)));
        }
        return out;
    }

    static <T> Map<String, T> map(JsonNode node, Function<JsonNode, T> each) {
        Map<String, T> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> out.put(e.getKey(), each.apply(e.getValue())));
        }
        return out;
    }

    /** The strings of a list, empty when the key is absent. */
    static List<String> strings(JsonNode node) {
        return list(node, JsonNode::asString);
    }

    static String str(JsonNode node, String key) {
        return node.get(key).asString();
    }

    static Optional<String> opt(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asString());
    }
}
