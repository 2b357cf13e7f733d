package io.scopekit.oracle.internal;

/** Reads rule metadata ({@code @source_seed("…")} and friends) the same way for every rule set. */
final class RuleMetadata {
    private RuleMetadata() {}

    /** Returns a metadata value as text, without the quotes the classic model keeps and the executable one drops. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
