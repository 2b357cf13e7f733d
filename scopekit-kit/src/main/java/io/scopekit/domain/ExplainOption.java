package io.scopekit.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One option of {@code scopekit explain} that a domain reads, as data: the kit module has no picocli, so a domain
 * describes its options here and the command line declares them ({@link Domains#explainOptions()}); the domain reads
 * the parsed value back from the {@link ExplainQuestion} by {@link #name()}.
 *
 * <p>Two domains may read the same option (both answer {@code --action}): it is one option of the command, whose help
 * says each domain's part in registration order ({@link #mergedWith}).
 *
 * @param name         the option's name, with its dashes ({@code --scope})
 * @param label        what the help shows for its value ({@code S}); {@code null} for a flag
 * @param description  the domain's part of the help text; empty when the domain reads an option another describes
 * @param kind         what it takes: one text, a repeatable text, or nothing (a flag)
 * @param required     whether the command line must give it
 * @param defaultValue the text it has when not given, or {@code null}
 */
public record ExplainOption(String name, @Nullable String label, String description, Kind kind, boolean required,
        @Nullable String defaultValue) {

    /** What an option takes, and so how {@link ExplainQuestion} reads it. */
    public enum Kind {
        /** One text ({@link ExplainQuestion#text}). */
        TEXT,
        /** A text, repeatable ({@link ExplainQuestion#list}). */
        LIST,
        /** No value ({@link ExplainQuestion#flag}). */
        FLAG
    }

    public ExplainOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        if (!name.startsWith("--")) {
            throw new IllegalArgumentException("an explain option's name starts with --: " + name);
        }
        if ((kind == Kind.FLAG) != (label == null)) {
            throw new IllegalArgumentException(name + ": a flag has no value label, any other option has one");
        }
    }

    /** An optional option taking one text. */
    public static ExplainOption text(String name, String label, String description) {
        return new ExplainOption(name, label, description, Kind.TEXT, false, null);
    }

    /** An optional option taking one text each time it is given. */
    public static ExplainOption list(String name, String label, String description) {
        return new ExplainOption(name, label, description, Kind.LIST, false, null);
    }

    /** An optional flag. */
    public static ExplainOption flag(String name, String description) {
        return new ExplainOption(name, null, description, Kind.FLAG, false, null);
    }

    /** This option, which the command line must give. */
    public ExplainOption mandatory() {
        return new ExplainOption(name, label, description, kind, true, defaultValue);
    }

    /** This option, with {@code value} when not given. */
    public ExplainOption withDefault(String value) {
        return new ExplainOption(name, label, description, kind, required, value);
    }

    /**
     * The one option of the command when another domain reads {@code other} too: the same option, its help this
     * domain's part and then the other's.
     *
     * @throws IllegalStateException when the two disagree on anything but the description (a kit defect)
     */
    public ExplainOption mergedWith(ExplainOption other) {
        if (!name.equals(other.name) || !Objects.equals(label, other.label) || kind != other.kind
                || required != other.required || !Objects.equals(defaultValue, other.defaultValue)) {
            throw new IllegalStateException("two domains declare explain option " + name + " differently: " + this
                    + " and " + other);
        }
        String joined = description.isEmpty() ? other.description
                : other.description.isEmpty() ? description : description + " " + other.description;
        return new ExplainOption(name, label, joined, kind, required, defaultValue);
    }
}
