package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Comparator;
import java.util.Objects;

/**
 * Reports one finding about a spec file at a line and column, printed as {@code file:line:column: message}.
 *
 * @param file the file as the loader saw it (path or embedded resource name)
 * @param line 1-based line; 0 when the finding is about the file as a whole
 * @param column 1-based column; 0 when the finding is about the file as a whole
 * @param message what is wrong and what was expected
 */
@API(status = EXPERIMENTAL)
public record SpecProblem(String file, int line, int column, String message) implements Comparable<SpecProblem> {

    private static final Comparator<SpecProblem> ORDER = Comparator.comparing(SpecProblem::file)
            .thenComparingInt(SpecProblem::line)
            .thenComparingInt(SpecProblem::column)
            .thenComparing(SpecProblem::message);

    /** Creates a problem; file and message must not be null. */
    public SpecProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** Orders by file, line, column, message. */
    @Override
    public int compareTo(SpecProblem other) {
        return ORDER.compare(this, other);
    }

    /** Returns {@code file:line:column: message}, or {@code file: message} for whole-file findings. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
