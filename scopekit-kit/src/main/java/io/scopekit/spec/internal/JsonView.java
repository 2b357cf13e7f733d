package io.scopekit.spec.internal;

import io.scopekit.spec.ScopeConsent;
import io.scopekit.spec.Source;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON pieces of {@code specs show --json} that several kinds share. */
final class JsonView {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonView() {}

    /** Writes a flag the documents may leave open: true, false, or null for "the documents do not say". */
    static void putOptional(ObjectNode n, String field, Optional<Boolean> value) {
        if (value.isPresent()) {
            n.put(field, value.get());
        } else {
            n.putNull(field);
        }
    }

    /** Always present, so readers need not know the default: {@code {"mode": "prompt"}} when the file is silent. */
    static ObjectNode consent(ScopeConsent c) {
        ObjectNode n = F.objectNode().put("mode", c.mode().id());
        c.source().ifPresent(s -> n.set("source", source(s)));
        return n;
    }

    static ObjectNode source(Source s) {
        ObjectNode n = F.objectNode().put("doc", s.doc());
        s.section().ifPresent(x -> n.put("section", x));
        n.put("passage", s.passage());
        return n;
    }

    static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
