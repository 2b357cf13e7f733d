package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Decides what a conforming runtime must do in one situation, with the rules and sources behind it.
 *
 * <p>Implementations are thread-safe; one instance serves a whole run.
 */
@API(status = EXPERIMENTAL)
public interface ConsentOracle {

    /**
     * Returns the expected result of {@code situation}'s action.
     *
     * @throws IllegalArgumentException when the situation names an unknown platform, container, scope, API or
     *                                  an app kind the platform does not have; the message lists valid choices
     */
    Decision decide(Situation situation);
}
