package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Makes text that came from a target (its identity, its errors, a port's name) safe to print on a terminal and to
 * show in a certificate: secrets redacted, control characters written as visible escapes ({@code &#92;u001b},
 * {@code \r}, {@code &#92;u0000}), bidirectional overrides shown rather than obeyed, and the length bounded.
 *
 * <p>An escape sequence could recolour or clear the reader's terminal, a carriage return could overwrite a line
 * with a forged {@code conformant: ...}, a right-to-left override could make a name read as another, and a
 * megabyte-long name would bury the verdict. Every place that prints target text goes through here.
 */
@API(status = EXPERIMENTAL)
public final class TerminalText {

    /** How many characters of one piece of target text are printed; the rest becomes {@value #ELLIPSIS}. */
    public static final int MAX_LENGTH = 200;
    /** How many characters of one line of an error message are printed. */
    public static final int MAX_LINE = 2_000;
    /** What marks a cut. */
    public static final String ELLIPSIS = "…";

    private TerminalText() {}

    /**
     * One piece of target text on one line: redacted, every control character (line breaks included) escaped,
     * bidi controls escaped, at most {@value #MAX_LENGTH} characters plus {@value #ELLIPSIS}.
     */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        // Only the first MAX_LENGTH characters are shown; redacting a few times more keeps a secret that starts
        // before the cut whole while it is recognised, and a megabyte-long name costs no more than a short one.
        String head = text.length() > 4 * MAX_LENGTH ? text.substring(0, 4 * MAX_LENGTH) : text;
        return bound(escape(Redactor.redact(head), false), MAX_LENGTH, text.length() > head.length());
    }

    /**
     * An error message that may quote target text: redacted and escaped as {@link #of} but line breaks kept, each
     * line bounded to {@value #MAX_LINE} characters.
     */
    public static String message(String text) {
        if (text == null) {
            return "null";
        }
        String escaped = escape(Redactor.redact(text), true);
        if (escaped.length() <= MAX_LINE) {
            return escaped;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : escaped.split("\n", -1)) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(bound(line, MAX_LINE, false));
        }
        return sb.toString();
    }

    /** Shows bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) as {@code &#92;u202e} text. */
    public static String bidiVisible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidi(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(unicode(c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Returns true for a character that changes the direction of the text around it. */
    public static boolean isBidi(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    private static String escape(String text, boolean keepLineBreaks) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\n' && !keepLineBreaks) {
                replacement = "\\n";
            } else if (c == '\r') {
                replacement = "\\r";
            } else if (c == '\t') {
                replacement = keepLineBreaks ? null : "\\t";
            } else if (c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || isBidi(c) || c == '\u2028'
                    || c == '\u2029') {
                replacement = unicode(c);
            }
            if (replacement != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(replacement);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String bound(String text, int max, boolean cut) {
        if (text.length() <= max) {
            return cut ? text + ELLIPSIS : text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + ELLIPSIS;
    }

    private static String unicode(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
}
