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

    // Feishu tenant_access_token / user_access_token values: t-xxxx / u-xxxx with a long opaque tail.
    private static final Pattern FEISHU_TOKEN = Pattern.compile("(?<![A-Za-z0-9\\-])[tu]-[A-Za-z0-9_\\-.]{12,}");

    // One cheap pass decides whether the four precise patterns need to run at all.
    private static final Pattern TRIGGER =
            Pattern.compile("(?i)token|secret|passw|auth_?code|bearer|(?<![A-Za-z0-9\\-])[tu]-");

    private Redactor() {}

    /** Returns {@code text} with every secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty() || !TRIGGER.matcher(text).find()) {
            return text;
        }
        String out = replace(JSON_PAIR, text, m -> m.group(1) + MASK);
        out = replace(PLAIN_PAIR, out, m -> m.group(1) + m.group(2) + MASK);
        out = replace(BEARER, out, m -> m.group(1) + MASK);
        out = replace(FEISHU_TOKEN, out, m -> MASK);
        return out;
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
