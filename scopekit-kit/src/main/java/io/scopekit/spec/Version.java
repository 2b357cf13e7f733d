package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Represents a client version such as {@code 5.21}, compared numerically per segment.
 *
 * <p>{@code 5.21 > 5.9 > 5.2} and {@code 5.2 == 5.2.0}: missing trailing segments count as zero, and
 * {@link #equals(Object)}/{@link #hashCode()} agree with {@link #compareTo(Version)}. {@link #toString()} returns the
 * text the version was parsed from, so two equal versions may print differently ({@code 5.2} and {@code 5.2.0}).
 */
@API(status = EXPERIMENTAL)
public final class Version implements Comparable<Version> {

    /** The accepted syntax: one to four dot-separated groups of digits. */
    public static final Pattern PATTERN = Pattern.compile("^\\d+(\\.\\d+){0,3}$");

    /** What a valid version looks like, for error messages. */
    public static final String EXPECTED = "digits separated by dots, e.g. 5.21";

    private static final int MAX_SEGMENT_DIGITS = 9;

    private final String text;
    private final int[] normalized;

    private Version(String text, int[] normalized) {
        this.text = text;
        this.normalized = normalized;
    }

    /**
     * Parses a version string.
     *
     * @param text the version, e.g. {@code "5.21"}
     * @return the version
     * @throws IllegalArgumentException if {@code text} is null or not one to four dot-separated groups of at most nine
     *     digits; the message quotes the input and says what was expected
     */
    public static Version parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("version is missing (expected " + EXPECTED + ")");
        }
        if (!PATTERN.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version (expected " + EXPECTED + ")");
        }
        String[] parts = text.split("\\.");
        List<Integer> segments = new ArrayList<>(parts.length);
        for (String part : parts) {
            String digits = part.replaceFirst("^0+(?=\\d)", "");
            if (digits.length() > MAX_SEGMENT_DIGITS) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not a version (segment '" + part + "' has more than " + MAX_SEGMENT_DIGITS
                                + " significant digits)");
            }
            segments.add(Integer.parseInt(digits));
        }
        int length = segments.size();
        while (length > 1 && segments.get(length - 1) == 0) {
            length--;
        }
        int[] normalized = new int[length];
        for (int i = 0; i < length; i++) {
            normalized[i] = segments.get(i);
        }
        return new Version(text, normalized);
    }

    /**
     * Parses a version string, returning empty instead of throwing when it is malformed.
     *
     * @param text the version text, may be null
     * @return the version, or empty when {@code text} is not a version
     */
    public static Optional<Version> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether this version is the same as or later than {@code gate} (gates are inclusive).
     *
     * @param gate the minimum version
     * @return {@code this >= gate}
     */
    public boolean isAtLeast(Version gate) {
        return compareTo(gate) >= 0;
    }

    /**
     * Returns the numeric segments with trailing zero segments removed ({@code 5.2.0} gives {@code [5, 2]}).
     *
     * @return the significant segments, at least one
     */
    public List<Integer> segments() {
        return Arrays.stream(normalized).boxed().toList();
    }

    @Override
    public int compareTo(Version other) {
        int length = Math.max(normalized.length, other.normalized.length);
        for (int i = 0; i < length; i++) {
            int a = i < normalized.length ? normalized[i] : 0;
            int b = i < other.normalized.length ? other.normalized[i] : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && Arrays.equals(normalized, v.normalized);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(normalized);
    }

    /** Returns the text this version was parsed from. */
    @Override
    public String toString() {
        return text;
    }
}
