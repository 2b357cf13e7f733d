package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an app's batch export of permissions, {@code {"scopes":{"tenant":[...],"user":[...]}}}: the permissions
 * applied for, under review and enabled, per identity (seed 001, 批量导出权限; the JSON shape is the one issue 9
 * quotes, the seed shows it only as a screenshot).
 *
 * @param file the file as the user named it
 * @param scopes identity id to permission keys, in file order without duplicates; an identity the file leaves out
 *        has none
 */
@API(status = EXPERIMENTAL)
public record BatchExport(String file, Map<String, List<String>> scopes) {

    private static final String SHAPE = "{\"scopes\":{\"tenant\":[...],\"user\":[...]}}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Creates the export; the map and its lists are copied. */
    public BatchExport {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        scopes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        scopes = Collections.unmodifiableMap(copy);
    }

    /** Returns the keys listed for an identity, empty when none. */
    public List<String> keys(String identity) {
        return scopes.getOrDefault(identity, List.of());
    }

    /**
     * Parses an export.
     *
     * @param file the file name to cite in errors
     * @param content the file's text
     * @param identities the model's identity ids, the only keys allowed under {@code scopes}
     * @return the export
     * @throws ExportFormatException naming line, column and what was expected
     */
    public static BatchExport parse(String file, String content, List<String> identities) {
        try (JsonParser p = JSON.createParser(content)) {
            return new Reader(file, p, identities).read();
        } catch (ExportFormatException e) {
            throw e;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String why = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
            throw new ExportFormatException(file, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), "malformed JSON: " + why
                            + " (expected the batch export format " + SHAPE + ")");
        }
    }

    private record Reader(String file, JsonParser p, List<String> identities) {

        BatchExport read() {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ExportFormatException(file, 1, 1, "the file is empty (expected the batch export format "
                        + SHAPE + ")");
            }
            expect(t, JsonToken.START_OBJECT, "'{' starting the batch export " + SHAPE);
            Map<String, List<String>> scopes = null;
            while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                String name = p.currentName();
                if (!"scopes".equals(name)) {
                    throw fail("unexpected key \"" + name + "\" (expected only \"scopes\", as in " + SHAPE + ")");
                }
                if (scopes != null) {
                    throw fail("\"scopes\" appears twice (expected it once)");
                }
                scopes = readScopes();
            }
            if (scopes == null) {
                throw fail("missing \"scopes\" (expected the batch export format " + SHAPE + ")");
            }
            if ((t = p.nextToken()) != null) {
                throw fail("found " + describe(t) + " after the export object (expected the end of the file)");
            }
            return new BatchExport(file, scopes);
        }

        private Map<String, List<String>> readScopes() {
            expect(p.nextToken(), JsonToken.START_OBJECT, "an object of identity → permission keys after \"scopes\"");
            Map<String, List<String>> scopes = new LinkedHashMap<>();
            while (p.nextToken() != JsonToken.END_OBJECT) {
                String identity = p.currentName();
                if (!identities.contains(identity)) {
                    throw fail("unknown identity \"" + identity + "\" under \"scopes\" (expected one of: "
                            + String.join(", ", identities) + ")");
                }
                if (scopes.containsKey(identity)) {
                    throw fail("identity \"" + identity + "\" appears twice under \"scopes\" (expected it once)");
                }
                expect(p.nextToken(), JsonToken.START_ARRAY, "an array of permission keys for \"" + identity + "\"");
                List<String> keys = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    expect(t, JsonToken.VALUE_STRING, "a permission key string in \"scopes\".\"" + identity + "\"");
                    if (!keys.contains(p.getString())) {
                        keys.add(p.getString());
                    }
                }
                scopes.put(identity, keys);
            }
            return scopes;
        }

        private void expect(JsonToken found, JsonToken wanted, String what) {
            if (found != wanted) {
                throw fail("expected " + what + ", found " + describe(found));
            }
        }

        private ExportFormatException fail(String what) {
            TokenStreamLocation at = p.currentTokenLocation();
            return new ExportFormatException(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), what);
        }

        private String describe(JsonToken t) {
            if (t == null) {
                return "the end of the file";
            }
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "the string \"" + p.getString() + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getString();
                case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getString();
                case VALUE_NULL -> "null";
                case PROPERTY_NAME -> "the key \"" + p.currentName() + "\"";
                default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
            };
        }
    }
}
