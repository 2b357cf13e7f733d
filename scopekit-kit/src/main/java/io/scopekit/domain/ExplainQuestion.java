package io.scopekit.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The words of an {@code explain} command line, by option name ({@code --scope}), as the command parsed them: each
 * domain reads the options it understands, so the command line need not know which options belong to which domain.
 * An option not given has its default (a missing text or list is {@code null}, a missing flag {@code false}).
 *
 * @param words each option's value, by its longest name
 */
public record ExplainQuestion(Map<String, @Nullable Object> words) {

    public ExplainQuestion {
        Objects.requireNonNull(words, "words");
    }

    /** Returns the text given to {@code option}, or {@code null}. */
    public @Nullable String text(String option) {
        return (String) value(option);
    }

    /** Returns the values given to the repeatable {@code option}, or {@code null} when it has no default. */
    @SuppressWarnings("unchecked")
    public @Nullable List<String> list(String option) {
        return (List<String>) value(option);
    }

    /** Tells whether the flag {@code option} was given. */
    public boolean flag(String option) {
        return Boolean.TRUE.equals(value(option));
    }

    private @Nullable Object value(String option) {
        if (!words.containsKey(option)) {
            // A domain asking for an option the command does not declare is a kit defect, not bad input.
            throw new IllegalStateException("explain declares no option " + option);
        }
        return words.get(option);
    }
}
