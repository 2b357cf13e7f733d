package io.scopekit.spec.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.scopekit.spec.SpecKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schemas of the spec kinds, loaded once from the classpath ({@code scopekit/schemas}). */
final class SchemaSet {

    static final String BASE = "https://scopekit.io/schemas/";
    static final String RESOURCE_DIR = "scopekit/schemas/";
    /** The shared definitions, then one schema per kind named by its id. */
    private static final List<String> NAMES = Stream.concat(Stream.of("common"),
            Arrays.stream(SpecKind.values()).map(SpecKind::id)).toList();

    private static volatile SchemaSet instance;

    private final Map<SpecKind, Schema> schemas = new EnumMap<>(SpecKind.class);
    /** Raw schema documents by $id, to look up allowed keys, enums and descriptions for messages. */
    private final Map<String, JsonNode> documents = new HashMap<>();

    private SchemaSet() {
        Map<String, String> texts = texts();
        JsonMapper json = JsonMapper.builder().build();
        texts.forEach((iri, text) -> documents.put(iri, json.readTree(text)));
        SchemaRegistry registry =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(texts));
        for (SpecKind kind : SpecKind.values()) {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE + kind.id() + ".schema.json"));
            schema.initializeValidators();
            schemas.put(kind, schema);
        }
    }

    /** The schema documents by $id, in {@link #NAMES} order, as read from the classpath. */
    static Map<String, String> texts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String name : NAMES) {
            texts.put(BASE + name + ".schema.json", resource(RESOURCE_DIR + name + ".schema.json"));
        }
        return texts;
    }

    static SchemaSet get() {
        SchemaSet s = instance;
        if (s == null) {
            synchronized (SchemaSet.class) {
                s = instance;
                if (s == null) {
                    s = new SchemaSet();
                    instance = s;
                }
            }
        }
        return s;
    }

    List<Error> validate(SpecKind kind, JsonNode root) {
        return schemas.get(kind).validate(root);
    }

    /** The schema node at a location such as {@code https://.../common.schema.json#/$defs/scope/properties}. */
    JsonNode node(SchemaLocation location) {
        JsonNode doc = documents.get(location.getAbsoluteIri().toString());
        if (doc == null) {
            return null;
        }
        JsonNode node = doc;
        var fragment = location.getFragment();
        for (int i = 0; i < fragment.getNameCount() && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer idx ? node.get(idx) : node.get(element.toString());
        }
        return node;
    }

    private static String resource(String name) {
        ClassLoader cl = SchemaSet.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + name, e);
        }
    }
}
