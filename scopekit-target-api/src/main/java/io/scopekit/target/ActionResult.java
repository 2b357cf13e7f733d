package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Holds what {@link TargetSession#perform} returns: either the {@link Observation} of the action or a
 * {@link TargetError} saying why the target could not handle it.
 *
 * <p>Both are plain values, so a failure crosses a process boundary the same way as a result; on the wire the
 * two are told apart by the presence of an {@code error} member (docs/target-api.md).
 */
@API(status = STABLE, since = "0.1")
public sealed interface ActionResult permits Observation, TargetError {

    /**
     * Returns the observation, or throws when this is a {@link TargetError}; for in-process callers (tests,
     * tools) that treat a target error as a bug.
     *
     * @throws IllegalStateException carrying the error's message when this is a {@link TargetError}
     */
    default Observation orElseThrow() {
        if (this instanceof Observation observation) {
            return observation;
        }
        TargetError error = (TargetError) this;
        throw new IllegalStateException(error.message());
    }
}
