package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A conversation whose last exchange a {@link CheckRecorder} can check, whatever its domain: the domain says what
 * a check of one aspect reads (where it ran, the decision, the target's answer, the strictness it asked for), the
 * recorder compares and records it the same way for every domain.
 *
 * @param <A> the domain's aspect type
 * @param <D> the domain's decision type
 * @param <O> the domain's observation type
 */
@API(status = EXPERIMENTAL)
public interface CheckSource<A, D, O> {

    /**
     * Returns what a check of {@code aspect} reads of the last exchange.
     *
     * @throws IllegalStateException when nothing was performed yet, or the conversation is not set up to be checked
     */
    CheckedExchange<D, O> lastFor(A aspect);
}
