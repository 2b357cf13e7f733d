package io.scopekit.target.http;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates protocol bodies against the JSON Schemas of adapters/protocol/schemas (embedded in the jar under
 * {@code scopekit/protocol/schemas}) and words the first violation as one line naming the field.
 */
final class ProtocolSchemas {
    static final String BASE = "https://scopekit.io/protocol/target/1/";
    static final String RESOURCE_DIR = "scopekit/protocol/schemas/";
    static final List<String> NAMES = List.of("defs", "target.response", "open-session.request",
            "open-session.response", "done.response", "script.request", "seed.request", "records.response",
            "perform.request", "perform.response", "platform-open-session.request", "platform-open-session.response",
            "platform-done.response", "platform-tenant.request", "platform-user.request", "platform-app.request",
            "platform-level.request", "platform-grant.request", "platform-seed.request",
            "platform-app-state.response", "platform-perform.request", "platform-perform.response");

    private static final ProtocolSchemas INSTANCE = new ProtocolSchemas();

    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ProtocolSchemas() {
        Map<String, String> texts = new HashMap<>();
        for (String name : NAMES) {
            texts.put(BASE + name + ".schema.json", resource(RESOURCE_DIR + name + ".schema.json"));
        }
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(texts));
    }

    static ProtocolSchemas get() {
        return INSTANCE;
    }

    /** Returns the first violation of {@code body} against schema {@code name}, in words; {@code null} when none. */
    @Nullable String violation(String name, JsonNode body) {
        Schema schema = schemas.computeIfAbsent(name, n -> {
            Schema s = registry.getSchema(SchemaLocation.of(BASE + n + ".schema.json"));
            s.initializeValidators();
            return s;
        });
        List<Error> errors = schema.validate(body);
        if (errors.isEmpty()) {
            return null;
        }
        // The deepest error names the field best (a oneOf reports its branches below itself).
        Error best = errors.get(0);
        for (Error e : errors) {
            if (e.getInstanceLocation().getNameCount() > best.getInstanceLocation().getNameCount()) {
                best = e;
            }
        }
        return "at " + field(best) + ": " + words(best);
    }

    private static String field(Error error) {
        StringBuilder sb = new StringBuilder();
        var path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(element);
            }
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            sb.append(sb.length() == 0 ? "" : ".").append(error.getProperty());
        }
        return sb.length() == 0 ? "the body" : sb.toString();
    }

    private static String words(Error error) {
        if ("required".equals(error.getKeyword())) {
            return "missing (required)";
        }
        String message = String.valueOf(error.getMessage());
        // networknt prefixes the instance path ("$.a.b: ..."); the field is already named.
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static String resource(String name) {
        try (InputStream in = ProtocolSchemas.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("KIT DEFECT: protocol schema " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
