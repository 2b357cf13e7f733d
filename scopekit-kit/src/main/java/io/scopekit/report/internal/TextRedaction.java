package io.scopekit.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in free text: JSON fragments inside the text (at any escaping depth, keys compared after
 * unescaping), {@code key=value} / {@code key: value} pairs, credential headers, and values whose shape gives them
 * away (private key blocks, JWTs, cloud and forge keys, Feishu access tokens, passwords in URLs).
 */
public final class TextRedaction {

    private final String mask;

    // Cheap substring tests decide whether the precise patterns need to run at all (a case-insensitive regex
    // alternation costs seconds on a megabyte-long target name; String.contains does not). Loose on purpose.
    private static final List<String> TRIGGERS = List.of("token", "secret", "passw", "pwd", "auth", "bearer",
            "cookie", "key", "credential", "session", "akia", "asia", "gh", "eyj", "xox", "k_", "aiza", "t-", "u-",
            "://", "\\u", "private");

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(?:-----END \\1PRIVATE KEY-----|\\z)", Pattern.DOTALL);

    // A quoted key followed by ':' at any escaping depth (group 1: the backslashes before its quotes). The key may
    // hold \\uXXXX escapes, decoded before it is compared.
    private static final Pattern JSON_KEY =
            Pattern.compile("(\\\\*)\"((?:[^\"\\\\\\n]|\\\\+u[0-9a-fA-F]{4}){1,100})\\1\"\\s*:\\s*");

    // The scheme is possessive: on text already redacted ("Bearer [REDACTED]") the scheme word must not be taken back
    // as the value, so redacting twice gives what redacting once gave (reports redact text that was redacted before).
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)(?<![A-Za-z0-9_\\-])((?:proxy-)?authorization\\s*[:=]\\s*)"
                    + "(?:(basic|bearer|digest|token|negotiate|ntlm|aws4-hmac-sha256)\\s+)?+(?!\\[REDACTED\\])([^\\s\"\\\\,;]+)");

    private static final Pattern COOKIE_HEADER =
            Pattern.compile("(?im)(?<![A-Za-z0-9_\\-])((?:set-)?cookie\\s*:\\s*)(?!\\[REDACTED\\])([^\\r\\n\"\\\\]+)");

    // key=value and key: value in plain text and Java toString() forms ({authCode=abc, ...}); the value is read by
    // hand after the separator (quoted, bracketed or bare).
    private static final Pattern PLAIN_KEY =
            Pattern.compile("(?<![A-Za-z0-9_\\\\\"'\\-])([A-Za-z][A-Za-z0-9_.\\-]{0,80})(\\s*[=:]\\s*)");

    // A file name and a line (features/alipay/authorize-through-getauthcode.feature:42): the name may hold a secret
    // word ("authcode"), but what follows it is where a scenario sits, not a credential. Only known source
    // extensions count, so a key such as app.authCode keeps being read as a key.
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i).+\\.(?:feature|java|kt|js|mjs|cjs|ts|json|ya?ml|drl|md|html?|txt|xml|py|properties)");
    private static final Pattern LINE_NUMBER = Pattern.compile("\\d{1,9}(?::\\d{1,9})?");

    private static final Pattern BEARER = Pattern.compile("(?i)(\\bBearer\\s+)[A-Za-z0-9\\-._~+/]+=*");

    // Value shapes that are secrets wherever they stand: AWS access key ids, GitHub tokens, JWTs, Slack and Stripe
    // keys, Google API keys.
    private static final Pattern SHAPES = Pattern.compile("\\b(?:(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}"
            + "|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,}"
            + "|eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{2,}(?:\\.[A-Za-z0-9_\\-]*)?"
            + "|xox[abposr]-[A-Za-z0-9\\-]{10,}|[sr]k_(?:live|test)_[A-Za-z0-9]{10,}|AIza[0-9A-Za-z_\\-]{35})");

    // Feishu tenant_access_token / user_access_token values: t-xxxx / u-xxxx. A long opaque tail is a token; so is
    // a short one with a digit, '_' or an inner '.' (u-abc.def), which words such as "t-shirt" never have.
    private static final Pattern FEISHU_TOKEN =
            Pattern.compile("(?<![A-Za-z0-9\\-])[tu]-[A-Za-z0-9_\\-.]*[A-Za-z0-9_]");
    private static final Pattern TOKEN_MARK = Pattern.compile("[0-9_]|\\.[A-Za-z0-9]");

    // Credentials in a URL: scheme://user:password@host.
    private static final Pattern URL_PASSWORD =
            Pattern.compile("(?i)(\\b[a-z][a-z0-9+.\\-]*://[^/\\s:@]*:)[^/\\s@]+@");

    public TextRedaction(String mask) {
        this.mask = mask;
    }

    /** Returns {@code text} with every secret it recognises masked. */
    public String redact(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (TRIGGERS.stream().noneMatch(lower::contains)) {
            return text;
        }
        String out = replace(PEM, text, m -> "-----BEGIN " + m.group(1) + "PRIVATE KEY-----" + mask
                + (m.group().endsWith("-----END " + m.group(1) + "PRIVATE KEY-----")
                        ? "-----END " + m.group(1) + "PRIVATE KEY-----" : ""));
        out = jsonPairs(out);
        out = replace(AUTHORIZATION, out, m -> m.group(1) + (m.group(2) == null ? "" : m.group(2) + " ") + mask);
        out = replace(COOKIE_HEADER, out, m -> m.group(1) + mask);
        out = plainPairs(out);
        out = replace(BEARER, out, m -> m.group(1) + mask);
        out = replace(SHAPES, out, m -> mask);
        out = replace(FEISHU_TOKEN, out, m -> isToken(m.group().substring(2)) ? mask : m.group());
        out = replace(URL_PASSWORD, out, m -> m.group(1) + mask + "@");
        return out;
    }

    private static boolean isToken(String tail) {
        return tail.length() >= 12 || tail.length() >= 3 && TOKEN_MARK.matcher(tail).find();
    }

    private String jsonPairs(String text) {
        Matcher m = JSON_KEY.matcher(text);
        StringBuilder sb = null;
        int copied = 0;
        int from = 0;
        while (m.find(from)) {
            from = m.end();
            if (!SecretKeys.isSecret(unescape(m.group(2)))) {
                continue;
            }
            String slashes = m.group(1);
            int end = jsonValueEnd(text, m.end(), slashes.length());
            if (end < 0) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length());
            }
            sb.append(text, copied, m.end()).append(slashes).append('"').append(mask).append(slashes).append('"');
            copied = end;
            from = end;
        }
        return sb == null ? text : sb.append(text, copied, text.length()).toString();
    }

    // Where the JSON value starting at i ends, at the given escaping depth; -1 for null (nothing to hide) or
    // nothing recognisable. An unterminated string or bracket runs to the end of the line: over-masking at worst.
    private static int jsonValueEnd(String s, int i, int depth) {
        if (i >= s.length()) {
            return -1;
        }
        if (s.startsWith("null", i)) {
            return -1;
        }
        char c = s.charAt(i);
        if (c == '\\' || c == '"') {
            int q = i;
            while (q < s.length() && s.charAt(q) == '\\') {
                q++;
            }
            if (q >= s.length() || s.charAt(q) != '"' || q - i != depth) {
                return -1;
            }
            return stringEnd(s, q + 1, depth);
        }
        if (c == '{' || c == '[') {
            int level = 0;
            for (int j = i; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '"') {
                    int runStart = j;
                    while (runStart > 0 && s.charAt(runStart - 1) == '\\') {
                        runStart--;
                    }
                    if (j - runStart == depth) {
                        j = stringEnd(s, j + 1, depth) - 1;
                        continue;
                    }
                }
                if (d == '{' || d == '[') {
                    level++;
                } else if (d == '}' || d == ']') {
                    level--;
                    if (level == 0) {
                        return j + 1;
                    }
                } else if (d == '\n' && depth == 0) {
                    // a fragment cut by a line break: mask up to it
                    return j;
                }
            }
            return s.length();
        }
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || "+-.".indexOf(s.charAt(j)) >= 0)) {
            j++;
        }
        return j == i ? -1 : j;
    }

    // The index after the closing quote of a string whose body starts at i: the first quote preceded by at most
    // `depth` backslashes (a deeper-escaped quote belongs to the value).
    private static int stringEnd(String s, int i, int depth) {
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\n') {
                return j;
            }
            if (c == '"') {
                int run = 0;
                while (j - run - 1 >= i && s.charAt(j - run - 1) == '\\') {
                    run++;
                }
                if (depth == 0 ? run % 2 == 0 : run <= depth) {
                    return j + 1;
                }
            }
        }
        return s.length();
    }

    private static String unescape(String key) {
        if (key.indexOf('\\') < 0) {
            return key;
        }
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            int j = i;
            while (j < key.length() && key.charAt(j) == '\\') {
                j++;
            }
            if (j + 5 <= key.length() && key.charAt(j) == 'u') {
                sb.append((char) Integer.parseInt(key.substring(j + 1, j + 5), 16));
                i = j + 4;
            } else {
                i = j - 1;
            }
        }
        return sb.toString();
    }

    private String plainPairs(String text) {
        Matcher m = PLAIN_KEY.matcher(text);
        StringBuilder sb = null;
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            String key = m.group(1);
            String folded = SecretKeys.fold(key);
            if (!SecretKeys.isSecret(key) || folded.endsWith("authorization") || text.startsWith(mask, m.end())) {
                continue;
            }
            int[] value = plainValue(text, m.end());
            if (value == null || SecretKeys.isCount(key, text.substring(value[0], value[1]))
                    || isFileLocation(key, text.substring(value[0], value[1]))) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length());
            }
            sb.append(text, copied, value[0]).append(mask);
            copied = value[1];
            from = value[1];
        }
        return sb == null ? text : sb.append(text, copied, text.length()).toString();
    }

    private static boolean isFileLocation(String key, String value) {
        return FILE_NAME.matcher(key).matches() && LINE_NUMBER.matcher(value).matches();
    }

    // The [start, end) of the value after a separator: the inside of a quoted value, a whole bracketed value, or a
    // bare word; null when there is none.
    private static int[] plainValue(String s, int i) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
            int close = s.indexOf(c, i + 1);
            int eol = s.indexOf('\n', i + 1);
            int end = close < 0 ? (eol < 0 ? s.length() : eol) : eol >= 0 && eol < close ? eol : close;
            return end == i + 1 ? null : new int[] {i + 1, end};
        }
        if (c == '{' || c == '[') {
            int level = 0;
            for (int j = i; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '{' || d == '[') {
                    level++;
                } else if ((d == '}' || d == ']') && --level == 0) {
                    return new int[] {i, j + 1};
                } else if (d == '\n') {
                    return new int[] {i, j};
                }
            }
            return new int[] {i, s.length()};
        }
        int j = i;
        while (j < s.length() && " \t\r\n,;&}])\"'\\<>".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j == i ? null : new int[] {i, j};
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
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
