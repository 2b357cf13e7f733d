package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Decides what a conforming open platform must answer to one request (an API call, a lifecycle step, an event
 * delivery) in one app's state, with the rules and sources behind it.
 *
 * <p>Implementations are thread-safe; one instance serves a whole run. Every decision is bounded: a rule base that
 * loops is stopped after a fixed number of rule firings and reported as an {@link IllegalStateException}.
 */
@API(status = EXPERIMENTAL)
public interface PermissionOracle {

    /**
     * Returns the expected answer to {@code situation}'s request.
     *
     * @throws IllegalArgumentException when the situation names an unknown model, API, or a permission the model's
     *                                  catalog lacks where one is required; the message lists valid choices
     */
    PermissionDecision decide(PermissionSituation situation);
}
