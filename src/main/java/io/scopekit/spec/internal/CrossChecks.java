package io.scopekit.spec.internal;

import io.scopekit.spec.Permission;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecKind;
import io.scopekit.spec.Version;
import io.scopekit.spec.internal.SpecFile.Loc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The checks of docs/spec-format.md that a JSON Schema cannot express: references, uniqueness, file naming. */
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
        switch (f.kind) {
            case CLIENT_PLATFORM -> clientPlatform(f);
            case PORT_MATRIX -> portMatrix(f);
            case PERMISSION_MODEL -> permissionModel(f);
        }
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
    private static List<String> uniqueIds(SpecFile f, String pointer, String what) {
        return uniqueBy(f, pointer, what, "id");
    }

    private static List<String> uniqueBy(SpecFile f, String pointer, String what, String key) {
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
                sourceDocs(f, e.getValue(), child, docIds);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                sourceDocs(f, node.get(i), pointer + "/" + i, docIds);
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

    private static void clientPlatform(SpecFile f) {
        uniqueIds(f, "/scopes", "scope");
        Set<String> platformKinds = strings(f.root.get("appKinds"));
        JsonNode scopes = f.root.get("scopes");
        if (scopes == null || !scopes.isArray()) {
            return;
        }
        Map<String, String> scopeOfApi = new HashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            JsonNode scope = scopes.get(i);
            String sp = "/scopes/" + i;
            String scopeId = text(scope.get("id"), "#" + (i + 1));
            JsonNode apis = scope.get("apis");
            if (apis != null && apis.isArray()) {
                for (int j = 0; j < apis.size(); j++) {
                    if (!apis.get(j).isString()) {
                        continue;
                    }
                    String api = apis.get(j).asString();
                    String prev = scopeOfApi.putIfAbsent(api, scopeId);
                    if (prev != null && !prev.equals(scopeId)) {
                        f.problem(sp + "/apis/" + j, "API '" + api + "' is listed under scope '" + prev + "' and scope '"
                                + scopeId + "' (expected an API under only one scope per platform)");
                    }
                }
            }
            JsonNode recycledIn = scope.get("recycledIn");
            String status = text(scope.get("status"), "");
            if (recycledIn != null && recycledIn.isArray() && !recycledIn.isEmpty() && !status.equals("recycled")) {
                f.problem(sp + "/recycledIn", "scope '" + scopeId + "' has recycledIn but status '" + status
                        + "' (expected recycledIn only with status recycled)");
            }
            JsonNode kinds = scope.get("appKinds");
            if (kinds != null && kinds.isArray() && !platformKinds.isEmpty()) {
                for (int j = 0; j < kinds.size(); j++) {
                    String k = kinds.get(j).asString();
                    if (!platformKinds.contains(k)) {
                        f.problem(sp + "/appKinds/" + j, "scope '" + scopeId + "' exists for app kind '" + k
                                + "', which the platform does not host (expected one of: "
                                + String.join(", ", platformKinds) + ")");
                    }
                }
            }
        }
    }

    private static void portMatrix(SpecFile f) {
        List<String> containers = uniqueIds(f, "/containers", "container");
        uniqueIds(f, "/forms", "form");
        uniqueIds(f, "/scopes", "scope");
        uniqueBy(f, "/responses", "response", "container");
        String expected = "expected one of: " + String.join(", ", containers);
        JsonNode scopes = f.root.get("scopes");
        if (scopes != null && scopes.isArray()) {
            for (int i = 0; i < scopes.size(); i++) {
                JsonNode scope = scopes.get(i);
                String sp = "/scopes/" + i;
                String scopeId = text(scope.get("id"), "#" + (i + 1));
                JsonNode support = scope.get("support");
                if (support != null && support.isObject()) {
                    for (String key : support.propertyNames()) {
                        if (!containers.contains(key)) {
                            f.keyProblem(sp + "/support/" + YamlReader.escape(key), "scope '" + scopeId
                                    + "' support names unknown container '" + key + "' (" + expected + ")");
                        }
                    }
                    for (String c : containers) {
                        if (!support.has(c)) {
                            f.problem(sp + "/support", "scope '" + scopeId + "' support has no entry for container '"
                                    + c + "' (expected true or false for every container)");
                        }
                    }
                }
                JsonNode nativeNames = scope.get("nativeNames");
                if (nativeNames != null && nativeNames.isObject()) {
                    for (String key : nativeNames.propertyNames()) {
                        if (!containers.contains(key)) {
                            f.keyProblem(sp + "/nativeNames/" + YamlReader.escape(key), "scope '" + scopeId
                                    + "' nativeNames names unknown container '" + key + "' (" + expected + ")");
                        }
                    }
                }
            }
        }
        JsonNode responses = f.root.get("responses");
        if (responses != null && responses.isArray()) {
            for (int i = 0; i < responses.size(); i++) {
                JsonNode c = responses.get(i).get("container");
                if (c != null && c.isString() && !containers.contains(c.asString())) {
                    f.problem("/responses/" + i + "/container", "response names unknown container '" + c.asString()
                            + "' (" + expected + ")");
                }
            }
        }
    }

    private static void permissionModel(SpecFile f) {
        List<String> identities = uniqueIds(f, "/identities", "identity");
        List<String> appTypeIds = uniqueIds(f, "/appTypes", "app type");
        List<String> permissions = uniqueIds(f, "/permissions", "permission");
        uniqueIds(f, "/apis", "API");
        uniqueBy(f, "/errors", "error", "code");
        Map<String, List<String>> levelsOf = new LinkedHashMap<>();
        JsonNode appTypes = f.root.get("appTypes");
        if (appTypes != null && appTypes.isArray()) {
            for (int i = 0; i < appTypes.size(); i++) {
                List<String> levels = uniqueIds(f, "/appTypes/" + i + "/levels", "level");
                levelsOf.putIfAbsent(text(appTypes.get(i).get("id"), ""), levels);
            }
        }
        JsonNode perms = f.root.get("permissions");
        if (perms != null && perms.isArray()) {
            for (int i = 0; i < perms.size(); i++) {
                JsonNode p = perms.get(i);
                String pp = "/permissions/" + i;
                String pid = text(p.get("id"), "#" + (i + 1));
                references(f, p.get("identities"), pp + "/identities", identities,
                        "permission '" + pid + "' names identity", "identities");
                JsonNode levels = p.get("levels");
                if (levels != null && levels.isObject()) {
                    for (Map.Entry<String, JsonNode> e : levels.properties()) {
                        String lp = pp + "/levels/" + YamlReader.escape(e.getKey());
                        List<String> allowed = levelsOf.get(e.getKey());
                        if (allowed == null) {
                            f.keyProblem(lp, "permission '" + pid + "' levels names app type '" + e.getKey()
                                    + "', which is not defined in appTypes (expected one of: "
                                    + String.join(", ", appTypeIds) + ")");
                            continue;
                        }
                        String level = e.getValue().asString();
                        if (e.getValue().isString() && !allowed.contains(level)
                                && !level.equals(Permission.UNKNOWN_LEVEL)) {
                            List<String> options = new ArrayList<>(allowed);
                            options.add(Permission.UNKNOWN_LEVEL);
                            f.problem(lp, "permission '" + pid + "' level '" + level + "' is not a level of app type '"
                                    + e.getKey() + "' (expected one of: " + String.join(", ", options) + ")");
                        }
                    }
                }
            }
        }
        JsonNode apis = f.root.get("apis");
        if (apis != null && apis.isArray()) {
            for (int i = 0; i < apis.size(); i++) {
                JsonNode a = apis.get(i);
                String ap = "/apis/" + i;
                String aid = text(a.get("id"), "#" + (i + 1));
                references(f, a.get("tokenTypes"), ap + "/tokenTypes", identities,
                        "API '" + aid + "' tokenTypes names identity", "identities");
                references(f, a.get("anyOf"), ap + "/anyOf", permissions,
                        "API '" + aid + "' anyOf names permission", "permissions");
                JsonNode fields = a.get("fieldRequirements");
                if (fields != null && fields.isArray()) {
                    for (int j = 0; j < fields.size(); j++) {
                        references(f, fields.get(j).get("anyOf"), ap + "/fieldRequirements/" + j + "/anyOf",
                                permissions, "API '" + aid + "' field '" + text(fields.get(j).get("field"), "?")
                                        + "' anyOf names permission", "permissions");
                    }
                }
            }
        }
    }

    private static void references(SpecFile f, JsonNode list, String pointer, List<String> defined, String what,
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
        Set<String> platforms = new LinkedHashSet<>();
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
            if (f.kind == SpecKind.CLIENT_PLATFORM) {
                platforms.add(id.asString());
            }
        }
        phrasesAcrossPlatforms(files);
        for (SpecFile f : files) {
            if (f.kind == SpecKind.PORT_MATRIX) {
                consentAcrossPort(f, byId);
            }
        }
        for (SpecFile f : files) {
            if (f.kind != SpecKind.PORT_MATRIX) {
                continue;
            }
            JsonNode containers = f.root.get("containers");
            if (containers == null || !containers.isArray()) {
                continue;
            }
            for (int i = 0; i < containers.size(); i++) {
                JsonNode platform = containers.get(i).get("platform");
                if (platform != null && platform.isString() && !platforms.contains(platform.asString())) {
                    f.problem("/containers/" + i + "/platform", "container '"
                            + text(containers.get(i).get("id"), "#" + (i + 1)) + "' names platform '"
                            + platform.asString() + "', which is not a loaded client-platform spec (loaded: "
                            + (platforms.isEmpty() ? "none" : String.join(", ", platforms)) + ")");
                }
            }
        }
    }

    /**
     * A port hands authorization to its container, so a scope silent on the port must be silent on the container's
     * platform too (and the other way round); only pairs the matrix supports and the platform lists are compared.
     */
    private static void consentAcrossPort(SpecFile port, Map<String, SpecFile> byId) {
        JsonNode scopes = port.root.get("scopes");
        JsonNode containers = port.root.get("containers");
        if (scopes == null || !scopes.isArray() || containers == null || !containers.isArray()) {
            return;
        }
        for (int i = 0; i < scopes.size(); i++) {
            JsonNode scope = scopes.get(i);
            String id = text(scope.get("id"), null);
            if (id == null) {
                continue;
            }
            String mode = consentMode(scope);
            if (!KNOWN_CONSENT.contains(mode)) {
                continue; // the schema reports it
            }
            for (JsonNode container : containers) {
                String c = text(container.get("id"), null);
                SpecFile host = byId.get(text(container.get("platform"), ""));
                if (c == null || host == null || host.kind != SpecKind.CLIENT_PLATFORM
                        || !scope.path("support").path(c).asBoolean(false)) {
                    continue;
                }
                String name = text(scope.path("nativeNames").get(c), id);
                for (JsonNode hostScope : host.root.path("scopes")) {
                    String hostMode = consentMode(hostScope);
                    if (name.equals(text(hostScope.get("id"), null)) && !hostMode.equals(mode)) {
                        port.problem("/scopes/" + i + (scope.has("consent") ? "/consent" : ""), "scope '" + id
                                + "' has consent '" + mode + "' but container '" + c + "' runs it as platform '"
                                + host.root.path("id").asString() + "' scope '" + name + "', whose consent is '"
                                + hostMode + "' (" + host.displayName + "; expected the same consent on both)");
                    }
                }
            }
        }
    }

    /** A phrase resolves to one platform (trimmed, ignoring case, as {@code SpecCatalog.platformForPhrase} looks up). */
    private static void phrasesAcrossPlatforms(List<SpecFile> files) {
        record Use(SpecFile file, String pointer, String platform) {}
        Map<String, Use> first = new HashMap<>();
        for (SpecFile f : files) {
            JsonNode phrases = f.root.get("phrases");
            if (f.kind != SpecKind.CLIENT_PLATFORM || phrases == null || !phrases.isArray()) {
                continue;
            }
            String platform = text(f.root.get("id"), f.baseName());
            for (int i = 0; i < phrases.size(); i++) {
                if (!phrases.get(i).isString()) {
                    continue;
                }
                String phrase = phrases.get(i).asString();
                Use here = new Use(f, "/phrases/" + i, platform);
                Use prev = first.putIfAbsent(SpecCatalog.phraseKey(phrase), here);
                if (prev != null && !prev.platform().equals(platform)) {
                    f.problem(here.pointer(), "phrase '" + phrase + "' also names platform '" + prev.platform()
                            + "' (" + prev.file().where(prev.file().valueLoc(prev.pointer()))
                            + "; expected each phrase, ignoring case, to name one platform)");
                }
            }
        }
    }

    private static final Set<String> KNOWN_CONSENT = Set.of("prompt", "silent");

    private static String consentMode(JsonNode scope) {
        return text(scope.path("consent").get("value"), "prompt");
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null && list.isArray()) {
            list.valueStream().filter(JsonNode::isString).forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    private static String text(JsonNode node, String fallback) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asString() : fallback;
    }
}
