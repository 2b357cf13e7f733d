package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The one comparison behind a check's status: the harness's matchers ({@code harness.AspectMatcher}) call it with
 * the values of a live exchange, and {@link #recompute} calls it with the values a {@link CheckRecord} carries, so a
 * record's status can be derived again by anyone from the record alone ({@code report verify}, {@code report merge}).
 *
 * <p>A record keeps its values as text ({@code harness.Text}); the comparisons read that text back where the match
 * needs structure (the prompts' kinds at {@code pattern} strictness) and compare the text itself otherwise. It
 * knows aspects only by their recorded names, never a domain's vocabulary.
 */
@API(status = EXPERIMENTAL)
public final class CheckComparison {

    /** Wire name of {@code Strictness.EXACT}. */
    public static final String EXACT = "exact";
    /** Wire name of {@code Strictness.PATTERN}. */
    public static final String PATTERN = "pattern";
    /** Wire name of {@code Strictness.UNSUPPORTED}. */
    public static final String UNSUPPORTED = "unsupported";

    private static final String NONE = "none";
    private static final String UNSPECIFIED = "unspecified";
    private static final String TARGET_ERROR = "error: ";
    /** The aspects compared by {@link #containsAny}: the consent error message and the platform's message. */
    private static final List<String> PHRASES = List.of("err_msg", "message");
    private static final Pattern KINDED = Pattern.compile("([a-z][a-z-]*)\\(([^()]*)\\)");

    private CheckComparison() {}

    /** Matches when both are equal, whatever the strictness. */
    public static boolean equal(@Nullable Object expected, @Nullable Object observed) {
        return Objects.equals(expected, observed);
    }

    /**
     * Matches a message that contains one of the documented phrases (any message when none is documented): how an
     * {@code err_msg} or a platform {@code message} is compared.
     */
    public static boolean containsAny(List<String> phrases, @Nullable Object observed) {
        return observed instanceof String text && (phrases.isEmpty() || phrases.stream().anyMatch(text::contains));
    }

    /**
     * Matches two lists of a domain's structured values: exactly, or at {@code pattern} strictness by each value's
     * {@code kind} and their order only (how prompts are compared: a pattern-level target may not know which scope a
     * prompt named).
     */
    @SuppressWarnings("unchecked")
    public static <T> boolean kindsInOrder(List<T> expected, @Nullable Object observed, boolean pattern,
            Function<? super T, ?> kind) {
        if (!(observed instanceof List<?> list)) {
            return false;
        }
        if (pattern) {
            return expected.stream().map(kind).toList().equals(list.stream().map(p -> kind.apply((T) p)).toList());
        }
        return expected.equals(list);
    }

    /**
     * Derives a record's status from its own values — expected, stated, observed — under its recorded strictness,
     * the way {@code harness.CheckRecorder} decided it: the sources silent ({@code expected} is {@code unspecified})
     * leave it unjudged; a statement that differs from the oracle is a kit defect ({@code failed}); an aspect the
     * target declared {@code unsupported} is not compared; otherwise the observation must match the expectation.
     *
     * @throws MalformedCheckRecordException when the record has no strictness (an older kit) or an unknown one
     */
    public static String recompute(CheckRecord record) {
        String strictness = record.strictness();
        if (strictness == null) {
            throw new MalformedCheckRecordException("no recorded strictness (written by a kit before issue 24)", null);
        }
        if (!List.of(EXACT, PATTERN, UNSUPPORTED).contains(strictness)) {
            throw new MalformedCheckRecordException("strictness '" + strictness
                    + "': expected exact, pattern or unsupported", null);
        }
        String stated = Objects.requireNonNullElse(record.statedInScenario(), UNSPECIFIED);
        if (UNSPECIFIED.equals(record.expected())) {
            return UNSPECIFIED.equals(stated) ? "unspecified" : "failed";
        }
        if (!stated.equals(record.expected())) {
            return "failed";
        }
        if (UNSUPPORTED.equals(strictness)) {
            return "unsupported";
        }
        String observed = record.observed();
        if (observed == null || observed.startsWith(TARGET_ERROR)) {
            return "failed";
        }
        return matches(record.aspect(), record.expected(), observed, PATTERN.equals(strictness)) ? "passed" : "failed";
    }

    private static boolean matches(String aspect, String expected, String observed, boolean pattern) {
        if (PHRASES.contains(aspect)) {
            // The phrases are recorded as a list's text; an absent message is recorded as "none".
            List<String> phrases = readStrings(expected);
            return phrases != null && containsAny(phrases, NONE.equals(observed) ? null : observed);
        }
        if ("prompts".equals(aspect)) {
            List<Kinded> want = readKinded(expected);
            return want != null && kindsInOrder(want, readKinded(observed), pattern, Kinded::kind);
        }
        return equal(expected, observed);
    }

    /** Reads a list of strings as {@code harness.Text} writes it: {@code [auth denied, auth deny]}. */
    private static @Nullable List<String> readStrings(String text) {
        if (!text.startsWith("[") || !text.endsWith("]")) {
            return null;
        }
        String inner = text.substring(1, text.length() - 1);
        return inner.isEmpty() ? List.of() : List.of(inner.split(", ", -1));
    }

    /**
     * Reads a list of kinded values as {@code harness.Text} writes one ({@code [consent(scope.record),
     * os-permission(null)]}: a kind in wire form, its subject in brackets).
     */
    private static @Nullable List<Kinded> readKinded(String text) {
        if (NONE.equals(text) || !text.startsWith("[") || !text.endsWith("]")) {
            return null;
        }
        String inner = text.substring(1, text.length() - 1);
        List<Kinded> values = new ArrayList<>();
        if (inner.isEmpty()) {
            return values;
        }
        for (String element : inner.split(", ", -1)) {
            Matcher m = KINDED.matcher(element);
            if (!m.matches()) {
                return null;
            }
            values.add(new Kinded(m.group(1), "null".equals(m.group(2)) ? null : m.group(2)));
        }
        return values;
    }

    /** A recorded value of the form {@code kind(subject)}, such as a prompt. */
    private record Kinded(String kind, @Nullable String subject) {}
}
