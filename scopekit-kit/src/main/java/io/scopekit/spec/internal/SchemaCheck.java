package io.scopekit.spec.internal;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import io.scopekit.spec.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Validates a spec file against the schema of its kind and words each error for a spec author. */
final class SchemaCheck {

    private static final String VERSION_DEF = "/$defs/version";

    private SchemaCheck() {}

    static void run(SpecFile file) {
        SchemaSet schemas = SchemaSet.get();
        List<Error> errors = schemas.validate(file.kind, file.root);
        List<Finding> findings = new ArrayList<>();
        Set<String> enumErrors = new HashSet<>();
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            findings.add(word(schemas, file, error, pointer));
            if ("enum".equals(error.getKeyword())) {
                enumErrors.add(pointer);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Finding f : findings) {
            // A behaviour entry with a wrong value also fails its "source required unless unspecified" rule;
            // the wrong value is the finding, the missing source is noise.
            boolean noise = f.message.endsWith("is missing required key 'source'") && enumErrors.contains(f.pointer + "/value");
            if (!noise && seen.add(f.pointer + "|" + f.message)) {
                if (f.atKey) {
                    file.keyProblem(f.pointer, f.message);
                } else {
                    file.problem(f.pointer, f.message);
                }
            }
        }
    }

    private record Finding(String pointer, boolean atKey, String message) {}

    private static Finding word(SchemaSet schemas, SpecFile file, Error error, String pointer) {
        JsonNode instance = at(file.root, pointer);
        String what = Describe.pointer(file.root, pointer);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        SchemaLocation schemaLocation = error.getSchemaLocation();
        String fragment = schemaLocation == null ? "" : schemaLocation.getFragment().toString();
        if (fragment.startsWith("#" + VERSION_DEF) || fragment.startsWith(VERSION_DEF)) {
            return new Finding(pointer, false, versionMessage(what, instance));
        }
        JsonNode schemaNode = schemaLocation == null ? null : schemas.node(schemaLocation);
        JsonNode parent = schemaLocation == null ? null : schemas.node(parentOf(schemaLocation));
        switch (keyword) {
            case "additionalProperties" -> {
                String property = error.getProperty();
                String child = pointer + "/" + YamlReader.escape(property);
                String allowed = parent != null && parent.has("properties")
                        ? String.join(", ", parent.get("properties").propertyNames())
                        : "see the schema";
                return new Finding(child, true, "unknown key '" + property + "' in " + what
                        + " (expected one of: " + allowed + ")");
            }
            case "required" -> {
                return new Finding(pointer, false, what + " is missing required key '" + error.getProperty() + "'");
            }
            case "enum" -> {
                String allowed = schemaNode != null && schemaNode.isArray()
                        ? schemaNode.valueStream().map(JsonNode::asString).collect(Collectors.joining(", "))
                        : "see the schema";
                return new Finding(pointer, false, what + " " + Describe.value(instance) + " is not allowed (expected one of: "
                        + allowed + ")");
            }
            case "const" -> {
                return new Finding(pointer, false, what + " " + Describe.value(instance) + " is not allowed (expected "
                        + (schemaNode == null ? "a fixed value" : Describe.value(schemaNode)) + ")");
            }
            case "type" -> {
                String expected = schemaNode == null ? "another type" : expectedType(schemaNode);
                return new Finding(pointer, false, what + " is " + Describe.typeOf(instance) + " (expected " + expected + ")");
            }
            case "pattern" -> {
                String hint = parent != null && parent.has("description")
                        ? parent.get("description").asString()
                        : "pattern " + (schemaNode == null ? "" : schemaNode.asString());
                return new Finding(pointer, false, what + " " + Describe.value(instance) + " is malformed (expected " + hint + ")");
            }
            case "minItems" -> {
                return new Finding(pointer, false, what + " needs at least " + schemaNode + " "
                        + (schemaNode != null && schemaNode.asInt() == 1 ? "entry" : "entries"));
            }
            case "uniqueItems" -> {
                return new Finding(pointer, false, what + " lists an entry twice (expected each entry once)");
            }
            case "maxLength" -> {
                int length = instance == null ? 0 : instance.asString().codePointCount(0, instance.asString().length());
                return new Finding(pointer, false, what + " has " + length + " characters (expected at most "
                        + schemaNode + ")");
            }
            case "minLength" -> {
                return new Finding(pointer, false, what + " is empty (expected text)");
            }
            case "anyOf", "oneOf" -> {
                String description = parent != null && parent.has("description")
                        ? parent.get("description").asString()
                        : "one of the allowed forms";
                return new Finding(pointer, false, what + " does not match any allowed form (expected: " + description + ")");
            }
            default -> {
                return new Finding(pointer, false, what + ": " + stripPath(error.getMessage()));
            }
        }
    }

    static String versionMessage(String what, JsonNode instance) {
        if (instance != null && instance.isNumber()) {
            return what + " " + instance + " is a number, not a version string (quote it: \"" + instance
                    + "\", so that 5.20 and 5.2 are not confused)";
        }
        return what + " " + Describe.value(instance) + " is not a version (expected " + Version.EXPECTED + ")";
    }

    private static String expectedType(JsonNode schemaNode) {
        List<String> names = new ArrayList<>();
        if (schemaNode.isArray()) {
            schemaNode.valueStream().forEach(n -> names.add(typeName(n.asString())));
        } else {
            names.add(typeName(schemaNode.asString()));
        }
        return String.join(" or ", names);
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> jsonType;
        };
    }

    private static SchemaLocation parentOf(SchemaLocation location) {
        NodePath fragment = location.getFragment();
        NodePath parent = fragment.getParent();
        return new SchemaLocation(location.getAbsoluteIri(), parent == null ? fragment : parent);
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(YamlReader.escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

    static JsonNode at(JsonNode root, String pointer) {
        JsonNode node = root;
        if (pointer.isEmpty()) {
            return node;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            if (node == null) {
                return null;
            }
            String seg = raw.replace("~1", "/").replace("~0", "~");
            node = node.isArray() && seg.matches("\\d+") ? node.get(Integer.parseInt(seg)) : node.get(seg);
        }
        return node;
    }

    private static String stripPath(String message) {
        if (message == null) {
            return "invalid";
        }
        int i = message.indexOf(": ");
        return (message.startsWith("$") || message.startsWith("/")) && i > 0 ? message.substring(i + 2) : message;
    }
}
