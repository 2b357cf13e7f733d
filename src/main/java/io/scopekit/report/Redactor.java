package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Replaces secrets and access tokens in text with {@value #MASK} before it reaches a report or a log.
 *
 * <p>Targets return real credentials (Alipay's {@code authCode}, Feishu {@code t-}/{@code u-} access tokens,
 * bearer headers); reports are shared with people who must never see them. Redaction works on plain text,
 * on JSON and on JSON nested inside JSON strings (a check record inside a Cucumber message), so it is applied
 * to every serialised form without parsing it.
 */
@API(status = EXPERIMENTAL)
public final class Redactor {

    /** What a redacted value is replaced with. */
    public static final String MASK = "[REDACTED]";

    // Key names whose values are secrets: token, accessToken, tenant_access_token, appSecret, password, authCode.
    private static final String KEY = "[A-Za-z_\\-]*(?i:token|secret|password|passwd|auth_?code)";

    // "key": "value" at any JSON nesting depth: quotes may be preceded by any run of escaping backslashes.
    // The value runs up to the next (escaped) quote; an escaped quote inside the value also ends it, which
    // over-redacts at worst.
    private static final Pattern JSON_PAIR = Pattern.compile(
            "((\\\\*)\"" + KEY + "\\2\"\\s*:\\s*\\2\")((?:[^\"\\\\]|\\\\(?!\\\\*\"))*)");

    // key=value and key: value in plain text and Java toString() forms ({authCode=abc, ...}).
    private static final Pattern PLAIN_PAIR = Pattern.compile(
            "(?<![A-Za-z0-9_\\\\\"])(" + KEY + ")(\\s*[=:]\\s*)(?![\\s\"\\\\{\\[])([^\\s,;&}\\]\"\\\\)]+)");

    private static final Pattern BEARER = Pattern.compile("(?i)(\\bBearer\\s+)[A-Za-z0-9\\-._~+/]+=*");

    // Feishu tenant_access_token / user_access_token values: t-xxxx / u-xxxx. A long opaque tail is a token; so is
    // a short one with a digit, '_' or an inner '.' (u-abc.def), which words such as "t-shirt" never have.
    private static final Pattern FEISHU_TOKEN = Pattern.compile("(?<![A-Za-z0-9\\-])[tu]-[A-Za-z0-9_\\-.]*[A-Za-z0-9_]");
    private static final Pattern TOKEN_MARK = Pattern.compile("[0-9_]|\\.[A-Za-z0-9]");

    // Credentials in a URL: scheme://user:password@host.
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.\\-]*://[^/\\s:@]*:)[^/\\s@]+@");

    // One cheap pass decides whether the precise patterns need to run at all.
    private static final Pattern TRIGGER =
            Pattern.compile("(?i)token|secret|passw|auth_?code|bearer|(?<![A-Za-z0-9\\-])[tu]-|://[^/\\s@]*@");

    private Redactor() {}

    /** Returns {@code text} with every secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty() || !TRIGGER.matcher(text).find()) {
            return text;
        }
        String out = replace(JSON_PAIR, text, m -> m.group(1) + MASK);
        out = replace(PLAIN_PAIR, out, m -> m.group(1) + m.group(2) + MASK);
        out = replace(BEARER, out, m -> m.group(1) + MASK);
        out = replace(FEISHU_TOKEN, out, m -> isToken(m.group().substring(2)) ? MASK : m.group());
        out = replace(URL_PASSWORD, out, m -> m.group(1) + MASK + "@");
        return out;
    }

    private static boolean isToken(String tail) {
        return tail.length() >= 12 || tail.length() >= 3 && TOKEN_MARK.matcher(tail).find();
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

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
