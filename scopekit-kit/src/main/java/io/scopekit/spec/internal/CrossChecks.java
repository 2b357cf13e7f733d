package io.scopekit.spec.internal;

import io.scopekit.spec.Version;
import io.scopekit.spec.internal.SpecFile.Loc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The checks of docs/spec-format.md that a JSON Schema cannot express and that every kind shares (schema comment,
 * file naming, document references, versions, unique spec ids), and the helpers the kinds' own checks use.
 */
final class CrossChecks {

    private CrossChecks() {}

    // ---------------------------------------------------------------- per file

    static void run(SpecFile f) {
        JsonNode root = f.root;
        header(f);
        fileName(f);
        List<String> docIds = uniqueIds(f, "/documents", "document");
        sourceDocs(f, root, "", docIds);
        versions(f, root, "");
        SpecKinds.crossCheck(f);
    }

    private static void header(SpecFile f) {
        String expected = "# yaml-language-server: $schema=../schemas/" + f.kind.id() + ".schema.json";
        String text = new String(f.bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("").strip();
        if (!first.equals(expected)) {
            f.problemAt(new Loc(1, 1), "first line is not the schema comment (expected '" + expected
                    + "' so that editors validate the file)");
        }
    }

    private static void fileName(SpecFile f) {
        JsonNode id = f.root.get("id");
        if (id != null && id.isString() && !id.asString().equals(f.baseName())) {
            f.problem("/id", "id '" + id.asString() + "' does not match the file name '" + f.fileName
                    + "' (expected id '" + f.baseName() + "' or a file named " + id.asString() + ".yaml)");
        }
    }

    /** Reports duplicate {@code id}s of the objects in the list at {@code pointer}; returns the ids in order. */
    static List<String> uniqueIds(SpecFile f, String pointer, String what) {
        return uniqueBy(f, pointer, what, "id");
    }

    static List<String> uniqueBy(SpecFile f, String pointer, String what, String key) {
        JsonNode list = SchemaCheck.at(f.root, pointer);
        List<String> ids = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return ids;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i).get(key);
            if (v == null || !v.isValueNode() || v.isNull()) {
                continue;
            }
            String id = v.asString();
            String at = pointer + "/" + i + "/" + key;
            Integer prev = first.putIfAbsent(id, i);
            if (prev != null) {
                f.problem(at, "duplicate " + what + " " + key + " '" + id + "' (first defined at line "
                        + f.valueLoc(pointer + "/" + prev + "/" + key).line() + "; " + key + "s must be unique in a file)");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private static void sourceDocs(SpecFile f, JsonNode node, String pointer, List<String> docIds) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = pointer + "/" + YamlReader.escape(e.getKey());
                JsonNode doc = e.getValue().get("doc");
                if (e.getKey().equals("source") && e.getValue().isObject() && doc != null && doc.isString()
                        && !docIds.contains(doc.asString())) {
                    f.problem(child + "/doc", Describe.pointer(f.root, child) + " cites document '" + doc.asString()
                            + "', which is not in this file's documents (expected one of: "
                            + (docIds.isEmpty() ? "none defined" : String.join(", ", docIds)) + ")");
                }
                if (e.getKey().equals("silentIn") && e.getValue().isArray()) {
                    silentDocs(f, e.getValue(), child, docIds);
                }
                sourceDocs(f, e.getValue(), child, docIds);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                sourceDocs(f, node.get(i), pointer + "/" + i, docIds);
            }
        }
    }

    /** A behaviour entry's {@code silentIn} lists pages read and found silent: each must be a document of the file. */
    private static void silentDocs(SpecFile f, JsonNode list, String pointer, List<String> docIds) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode doc = list.get(i);
            if (doc.isString() && !docIds.contains(doc.asString())) {
                String at = pointer + "/" + i;
                f.problem(at, Describe.pointer(f.root, pointer) + " lists document '" + doc.asString()
                        + "' as read and found silent, but it is not in this file's documents (expected one of: "
                        + (docIds.isEmpty() ? "none defined" : String.join(", ", docIds)) + ")");
            }
        }
    }

    /** Version-shaped values that pass the schema pattern but still do not parse (e.g. a segment too large). */
    private static void versions(SpecFile f, JsonNode node, String pointer) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = pointer + "/" + YamlReader.escape(e.getKey());
                JsonNode v = e.getValue();
                if ((e.getKey().equals("gate") || e.getKey().equals("since")) && v.isString()
                        && Version.PATTERN.matcher(v.asString()).matches()) {
                    try {
                        Version.parse(v.asString());
                    } catch (IllegalArgumentException ex) {
                        f.problem(child, Describe.pointer(f.root, child) + " " + ex.getMessage());
                    }
                }
                versions(f, v, child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                versions(f, node.get(i), pointer + "/" + i);
            }
        }
    }

    static void references(SpecFile f, JsonNode list, String pointer, List<String> defined, String what,
            String definedIn) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (int j = 0; j < list.size(); j++) {
            JsonNode v = list.get(j);
            if (v.isString() && !defined.contains(v.asString())) {
                f.problem(pointer + "/" + j, what + " '" + v.asString() + "', which is not defined in " + definedIn
                        + (defined.size() <= 12
                                ? " (expected one of: " + (defined.isEmpty() ? "none defined" : String.join(", ", defined)) + ")"
                                : ""));
            }
        }
    }

    // ---------------------------------------------------------------- across files

    static void acrossFiles(List<SpecFile> files) {
        Map<String, SpecFile> byId = new HashMap<>();
        for (SpecFile f : files) {
            JsonNode id = f.root.get("id");
            if (id == null || !id.isString()) {
                continue;
            }
            SpecFile prev = byId.putIfAbsent(id.asString(), f);
            if (prev != null) {
                f.problem("/id", "duplicate spec id '" + id.asString() + "' (also defined in "
                        + prev.where(prev.valueLoc("/id")) + "; spec ids must be unique across files)");
            }
        }
        SpecKinds.crossCheckAcross(files, byId);
    }

    static Set<String> strings(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null && list.isArray()) {
            list.valueStream().filter(JsonNode::isString).forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    static String text(JsonNode node, String fallback) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asString() : fallback;
    }
}
