package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.report.internal.SecretKeys;
import io.scopekit.report.internal.TextRedaction;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Replaces secrets and access tokens in text with {@value #MASK} before it reaches a report, a log or the console.
 *
 * <p>Targets return real credentials (Alipay's {@code authCode}, Feishu {@code t-}/{@code u-} access tokens,
 * bearer headers, whatever their own stack leaks); reports are shared with people who must never see them. Text
 * that is a JSON document is parsed and masked by key: the whole value of a key that names a secret goes, whatever
 * its type (a string, a number, an object), keys compared after unescaping, case-insensitively and with {@code _},
 * {@code -} and camelCase folded ({@code secretKey}, {@code token_2}, {@code tok&#92;u0065n}). Every string inside it,
 * a JSON document nested in a string included, is masked the same way. Free text is masked by key pattern
 * ({@code key=value}, {@code key: "value"}, JSON fragments) and by the shape of values that are secrets wherever
 * they stand (private key blocks, JWTs, AWS / GitHub / Slack / Stripe / Google keys, {@code Authorization} and
 * {@code Cookie} headers). The forms covered are the corpus in {@code src/test/resources/secrets}.
 */
@API(status = EXPERIMENTAL)
public final class Redactor {

    /** What a redacted value is replaced with. */
    public static final String MASK = "[REDACTED]";

    private static final TextRedaction TEXT = new TextRedaction(MASK);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Redactor() {}

    /** Returns {@code text} with every secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (looksLikeJson(text)) {
            JsonNode tree = parse(text);
            if (tree != null && (tree.isObject() || tree.isArray())) {
                return redactTree(tree) ? JSON.writeValueAsString(tree) : text;
            }
        }
        return TEXT.redact(text);
    }

    /**
     * Masks a parsed JSON tree in place: every value of a secret-named key (except {@code null}) becomes
     * {@value #MASK}, every string is masked as text. Returns true when anything changed.
     */
    public static boolean redactTree(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                JsonNode value = e.getValue();
                if (SecretKeys.isSecret(e.getKey()) && !value.isNull() && !MASK.equals(value.asString(null))) {
                    e.setValue(StringNode.valueOf(MASK));
                    changed = true;
                } else if (value.isString()) {
                    String masked = redact(value.asString());
                    if (!masked.equals(value.asString())) {
                        e.setValue(StringNode.valueOf(masked));
                        changed = true;
                    }
                } else {
                    changed |= redactTree(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString()) {
                    String masked = redact(value.asString());
                    if (!masked.equals(value.asString())) {
                        array.set(i, StringNode.valueOf(masked));
                        changed = true;
                    }
                } else {
                    changed |= redactTree(value);
                }
            }
        }
        return changed;
    }

    private static boolean looksLikeJson(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int last = text.length() - 1;
        while (last > first && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        char a = text.charAt(Math.min(first, text.length() - 1));
        char z = text.charAt(last);
        return a == '{' && z == '}' || a == '[' && z == ']';
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Returns {@code text} with control characters (NUL, ESC, the C1 range, ...) written as visible {@code \\xNN}
     * escapes, tab and line breaks kept: target text must not drive the terminal of someone reading a report.
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
            if (control) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Returns true when {@link #redact(String)} would change {@code text}. */
    public static boolean containsSecret(String text) {
        return text != null && !text.equals(redact(text));
    }
}
