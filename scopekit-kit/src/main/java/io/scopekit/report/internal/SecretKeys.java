package io.scopekit.report.internal;

import java.util.List;
import java.util.Locale;

/**
 * Decides whether a key names a secret, after the spelling variants a target may use are folded together:
 * {@code secretKey}, {@code SECRET_KEY}, {@code secret-key} and {@code tok&#92;u0065n} (once unescaped) all compare
 * the same way.
 */
public final class SecretKeys {

    // Matched anywhere in the folded key: app1_secret, tokenValue, token_2, x-api-key, aws_access_key_id.
    private static final List<String> WORDS = List.of("token", "secret", "password", "passwd", "passphrase", "apikey",
            "privatekey", "accesskey", "authcode", "credential", "cookie", "authorization", "sessionid", "signingkey",
            "clientkey", "encryptionkey");

    // A key that describes a secret rather than holding one: tokenTypes: [tenant, user], token_type: Bearer,
    // TokenStatus, userTokenDebugFree, expires_in. Their values stay readable.
    private static final List<String> DESCRIPTIVE_ENDINGS = List.of("type", "types", "status", "kind", "count",
            "length", "debugfree", "expire", "expires", "expiresin", "expiry", "ttl", "scope", "scopes", "policy");

    private SecretKeys() {}

    /** Returns {@code key} lower-cased with every character but letters and digits removed. */
    public static String fold(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Returns true when the value of {@code key} must be masked, whatever its type. */
    public static boolean isSecret(String key) {
        String folded = fold(key);
        if (folded.equals("pwd") || folded.endsWith("pwd")) {
            return true;
        }
        boolean named = false;
        for (String w : WORDS) {
            if (folded.contains(w)) {
                named = true;
                break;
            }
        }
        if (!named) {
            return false;
        }
        for (String e : DESCRIPTIVE_ENDINGS) {
            if (folded.endsWith(e)) {
                return false;
            }
        }
        return true;
    }

    /** Returns true for a plural key ({@code tokens}, {@code secrets}) whose value is a small count: prose, not data. */
    public static boolean isCount(String key, String value) {
        return fold(key).endsWith("s") && value.length() <= 6 && value.chars().allMatch(Character::isDigit);
    }
}
