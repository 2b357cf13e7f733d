package io.scopekit.target.http;

import io.scopekit.target.WireExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads, writes and matches the golden transcripts of adapters/protocol/corpus, in the format its README gives
 * (the same rules as corpus/replay.mjs): {@code "{session}"} binds the session id, {@code "{any}"} matches anything.
 */
final class Transcripts {
    static final Path DIR = Path.of("adapters/protocol/corpus");
    static final String SESSION = "{session}";
    static final String ANY = "{any}";
    private static final Pattern SESSION_PATH = Pattern.compile("(/sessions/)([^/]+)");

    private Transcripts() {}

    /** Turns recorded exchanges into a transcript: session ids and the target's self-description abstracted. */
    static ObjectNode fromExchanges(CorpusScripts script, List<WireExchange> exchanges) {
        ObjectNode root = ProtocolJson.JSON.createObjectNode();
        root.put("protocol", Protocol.VERSION);
        root.put("name", script.file);
        root.put("description", script.description);
        root.put("source", script.source);
        ArrayNode list = root.putArray("exchanges");
        String session = null;
        for (WireExchange x : exchanges) {
            if (x.failure() != null) {
                throw new IllegalStateException("recording " + script.file + ": " + x.failure());
            }
            ObjectNode e = list.addObject();
            ObjectNode request = e.putObject("request");
            request.put("method", x.method());
            Matcher m = SESSION_PATH.matcher(x.path());
            request.put("path", session == null ? x.path() : m.replaceFirst("$1" + Matcher.quoteReplacement(SESSION)));
            if (x.request() != null) {
                request.set("body", ProtocolJson.JSON.readTree(x.request()));
            }
            ObjectNode response = e.putObject("response");
            response.put("status", x.status());
            ObjectNode body = (ObjectNode) ProtocolJson.JSON.readTree(x.response());
            if (body.has("session")) {
                session = body.get("session").asString();
                body.put("session", SESSION);
            }
            if (body.get("error") instanceof ObjectNode error) {
                // The message is free text for the report; the kind is the protocol's.
                error.put("message", ANY);
            }
            if (x.path().equals("/v1/target")) {
                for (String member : List.of("identity", "capabilities", "controlOperations", "permission")) {
                    body.put(member, ANY);
                }
            }
            response.set("body", body);
        }
        root.set("requires", requires(list));
        ArrayNode exchangesLast = (ArrayNode) root.remove("exchanges");
        root.set("exchanges", exchangesLast);
        return root;
    }

    /**
     * States what a target must declare in {@code GET /v1/target} for a transcript to apply to it, read from the
     * transcript's own requests: the side it speaks ({@code consent} or {@code permission}), the platform (and
     * container) of its session, and the optional control operations it uses. corpus/replay.mjs skips a transcript
     * whose requirements the target does not declare.
     */
    static ObjectNode requires(JsonNode exchanges) {
        ObjectNode out = ProtocolJson.JSON.createObjectNode();
        TreeSet<String> operations = new TreeSet<>();
        String side = "consent";
        for (JsonNode e : exchanges) {
            JsonNode request = e.get("request");
            String path = request.get("path").asString();
            if (path.startsWith("/v1/platform/")) {
                side = "permission";
            }
            if (path.equals("/v1/sessions") && request.has("body")) {
                JsonNode config = request.get("body").get("config");
                out.put("platform", config.get("platform").asString());
                if (config.has("container")) {
                    out.put("container", config.get("container").asString());
                }
            }
            if (path.startsWith("/v1/sessions/") && path.endsWith("/seed")) {
                operations.add("seed-records");
            }
            if (path.startsWith("/v1/sessions/") && path.endsWith("/records")) {
                operations.add("read-records");
            }
        }
        out.put("side", side);
        if (side.equals("permission")) {
            out.put("platform", "feishu-openplatform");
        }
        ArrayNode ops = out.putArray("controlOperations");
        operations.forEach(ops::add);
        return out;
    }

    static List<Path> files() {
        try (var stream = Files.list(DIR)) {
            return stream.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return ProtocolJson.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the first difference between an expected answer (with placeholders) and an actual one, or
     * {@code null} when they match; binds {@code "{session}"} in {@code bindings}.
     */
    static @Nullable String match(JsonNode expected, @Nullable JsonNode actual, Map<String, String> bindings,
            String where) {
        if (expected.isString() && ANY.equals(expected.asString())) {
            return null;
        }
        if (expected.isString() && SESSION.equals(expected.asString())) {
            if (actual == null || !actual.isString() || actual.asString().isEmpty()) {
                return where + ": expected a session id, got " + actual;
            }
            bindings.put("session", actual.asString());
            return null;
        }
        if (expected.isArray()) {
            if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
                return where + ": expected " + expected + ", got " + actual;
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = match(expected.get(i), actual.get(i), bindings, where + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                return where + ": expected an object, got " + actual;
            }
            TreeSet<String> keys = new TreeSet<>();
            expected.propertyNames().forEach(keys::add);
            actual.propertyNames().forEach(keys::add);
            for (String k : keys) {
                JsonNode a = actual.get(k);
                if (!expected.has(k)) {
                    if (a != null && !a.isNull()) {
                        return where + "." + k + ": not expected, got " + a;
                    }
                    continue;
                }
                String d = match(expected.get(k), a == null || a.isNull() ? null : a, bindings, where + "." + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isNull()) {
            return actual == null ? null : where + ": expected null, got " + actual;
        }
        boolean same = actual != null && (expected.isNumber() && actual.isNumber()
                ? expected.decimalValue().compareTo(actual.decimalValue()) == 0 : expected.equals(actual));
        return same ? null : where + ": expected " + expected + ", got " + actual;
    }

    /** Replaces the placeholders of a served answer with concrete values. */
    static JsonNode concrete(JsonNode node, String session) {
        if (node.isString()) {
            return SESSION.equals(node.asString()) ? StringNode.valueOf(session) : node;
        }
        if (node.isObject()) {
            ObjectNode out = ProtocolJson.JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), concrete(e.getValue(), session));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = ProtocolJson.JSON.createArrayNode();
            node.forEach(n -> out.add(concrete(n, session)));
            return out;
        }
        return node;
    }

    static List<String> names() {
        List<String> out = new ArrayList<>();
        files().forEach(f -> out.add(f.getFileName().toString()));
        return out;
    }
}
