package io.scopekit.spec.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Turns a JSON Pointer into words a spec author recognises, e.g. {@code /scopes/3/gate} to "scope 'scope.camera' gate". */
final class Describe {

    private Describe() {}

    static String pointer(JsonNode root, String pointer) {
        if (pointer.isEmpty()) {
            return "spec";
        }
        List<String> parts = new ArrayList<>();
        JsonNode node = root;
        String pendingKey = null;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String seg = raw.replace("~1", "/").replace("~0", "~");
            if (node != null && node.isArray() && seg.matches("\\d+")) {
                int index = Integer.parseInt(seg);
                JsonNode elem = node.get(index);
                String id = idOf(elem);
                String key = pendingKey == null ? "item" : pendingKey;
                if (elem != null && elem.isValueNode()) {
                    parts.add(key + " #" + (index + 1));
                } else {
                    parts.add(singular(key) + (id != null ? " '" + id + "'" : " #" + (index + 1)));
                }
                pendingKey = null;
                node = elem;
            } else {
                if (pendingKey != null) {
                    parts.add(pendingKey);
                }
                pendingKey = seg;
                node = node == null ? null : node.get(seg);
            }
        }
        if (pendingKey != null) {
            parts.add(pendingKey);
        }
        return String.join(" ", parts);
    }

    static String idOf(JsonNode elem) {
        if (elem == null || !elem.isObject()) {
            return null;
        }
        for (String key : List.of("id", "code", "container", "field", "name")) {
            JsonNode v = elem.get(key);
            if (v != null && v.isValueNode() && !v.isNull()) {
                return v.asString();
            }
        }
        return null;
    }

    static String singular(String plural) {
        if (plural.equals("apis")) {
            return "API";
        }
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("s") && plural.length() > 1) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural;
    }

    static String typeOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isNull()) {
            return "empty (null)";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isObject() ? "a mapping" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    static String value(JsonNode node) {
        if (node == null) {
            return "";
        }
        return node.isString() ? "'" + node.asString() + "'" : node.toString();
    }
}
