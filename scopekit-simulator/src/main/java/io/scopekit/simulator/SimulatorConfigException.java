package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/** Reports every problem of a simulator configuration, each as {@code file:line:column: what was expected}. */
@API(status = EXPERIMENTAL)
public final class SimulatorConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems, one line each. */
    private final List<String> problems;

    /** Creates the exception from one or more problems. */
    public SimulatorConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Returns the problems, one line each. */
    public List<String> problems() {
        return problems;
    }
}
