package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;

/**
 * Signals that specs could not be loaded, carrying every problem found (loading never half-succeeds).
 */
@API(status = EXPERIMENTAL)
public final class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SpecProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found, at least one
     */
    public SpecException(List<SpecProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SpecException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Returns every problem, ordered by file, line and column. */
    public List<SpecProblem> problems() {
        return problems;
    }

    private static String summary(List<SpecProblem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in specs:");
        for (SpecProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.toString();
    }
}
