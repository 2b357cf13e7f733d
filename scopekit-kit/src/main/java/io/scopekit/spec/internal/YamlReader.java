package io.scopekit.spec.internal;

import io.scopekit.spec.InputLimits;
import io.scopekit.spec.internal.SpecFile.Loc;
import java.util.HashMap;
import java.util.Map;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a YAML document into a Jackson tree while recording, per JSON Pointer, where each value and each key starts.
 */
final class YamlReader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SpecFile file;
    private final Map<String, Loc> values = new HashMap<>();
    private final Map<String, Loc> keys = new HashMap<>();

    private YamlReader(SpecFile file) {
        this.file = file;
    }

    /** Fills {@code file.root} and its location maps; reports syntax errors and leaves root null on failure. */
    static void read(SpecFile file) {
        new YamlReader(file).run();
    }

    private void run() {
        if (file.bytes.length > InputLimits.MAX_YAML_BYTES) {
            file.problemAt(new Loc(1, 1), InputLimits.tooLarge(file.bytes.length));
            return;
        }
        Loc badByte = firstInvalidUtf8(file.bytes);
        if (badByte != null) {
            file.problemAt(badByte, "not valid UTF-8 (spec files are UTF-8 text)");
            return;
        }
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(file.bytes);
            JsonToken first = parser.nextToken();
            if (first == null) {
                file.problemAt(new Loc(1, 1), "file is empty (expected a YAML mapping with a 'kind' key)");
                return;
            }
            JsonNode root = readValue(parser, "");
            if (parser.nextToken() != null) {
                file.problemAt(loc(parser.currentTokenLocation()),
                        "a second YAML document starts here (expected exactly one document per file)");
                return;
            }
            file.root = root;
            file.valueLocations = Map.copyOf(values);
            file.keyLocations = Map.copyOf(keys);
        } catch (JacksonException e) {
            file.problemAt(where(e, parser), "YAML syntax error: " + describe(e));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * Where a YAML error is: SnakeYAML's problem mark (its context mark, which Jackson reports, can be lines
     * earlier: the token before a tab), else Jackson's location, else where the parser stopped (a nesting limit
     * carries no location).
     */
    private static Loc where(JacksonException e, JsonParser parser) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
                Mark m = marked.getProblemMark().get();
                return new Loc(m.getLine() + 1, m.getColumn() + 1);
            }
        }
        TokenStreamLocation l = e.getLocation();
        if (l != null && l.getLineNr() >= 1) {
            return loc(l);
        }
        if (parser != null) {
            try {
                TokenStreamLocation at = parser.currentLocation();
                if (at != null && at.getLineNr() >= 1) {
                    return loc(at);
                }
            } catch (RuntimeException ignored) {
                // no better position than the file's start
            }
        }
        return new Loc(1, 1);
    }

    /** Returns the line and column (in characters) of the first byte that is not UTF-8, or null. */
    static Loc firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return null;
        }
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Loc(line, column);
    }

    private JsonNode readValue(JsonParser p, String pointer) {
        values.put(pointer, loc(p.currentTokenLocation()));
        JsonToken t = p.currentToken();
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // The parser reads an alias as its anchor's name: "*L1" would silently become the text "L1".
            file.problemAt(loc(p.currentTokenLocation()), "YAML alias '*" + p.getString()
                    + "' is not supported in specs (write the value out; an alias would be read as the anchor's name)");
            return NODES.nullNode();
        }
        switch (t) {
            case START_OBJECT -> {
                ObjectNode obj = NODES.objectNode();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + escape(name);
                    Loc keyLoc = loc(p.currentTokenLocation());
                    if (obj.has(name)) {
                        Loc first = keys.get(child);
                        file.problemAt(keyLoc, "duplicate key '" + name + "' (first at line "
                                + (first == null ? "?" : first.line()) + "; keys must be unique in a mapping)");
                        p.nextToken();
                        p.skipChildren();
                        continue;
                    }
                    keys.put(child, keyLoc);
                    p.nextToken();
                    obj.set(name, readValue(p, child));
                }
                return obj;
            }
            case START_ARRAY -> {
                ArrayNode arr = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(readValue(p, pointer + "/" + i++));
                }
                return arr;
            }
            case VALUE_STRING -> {
                return NODES.stringNode(p.getString());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                return NODES.stringNode(p.getString());
            }
        }
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static Loc loc(TokenStreamLocation l) {
        return new Loc(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static String describe(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // SnakeYAML messages span several lines and repeat the location; keep the explanatory text.
        return m.lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("in ") && !s.startsWith("at ") && !s.startsWith("^")
                        && !s.startsWith("\""))
                .reduce((a, b) -> a + "; " + b)
                .orElse(m.strip());
    }
}
