package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Reports consent rules that do not compile, each problem with its rule file and line.
 *
 * <p>Thrown by the oracle factories at start-up, never at first use; the CLI maps it to exit code 2.
 */
@API(status = EXPERIMENTAL)
public final class RulesInvalidException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems one line per problem, {@code file:line: message}
     */
    public RulesInvalidException(List<String> problems) {
        super("consent rules do not compile:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Returns one line per problem, {@code file:line: message}. */
    public List<String> problems() {
        return problems;
    }
}
