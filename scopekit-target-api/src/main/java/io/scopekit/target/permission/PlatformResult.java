package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.permission.PlatformObservation;
import org.apiguardian.api.API;

/**
 * Holds what {@link PlatformSession#perform} returns: the platform's answer ({@link Observed}) or a
 * {@link PlatformError} saying why the target could not handle the request.
 *
 * <p>Both are plain values; on the wire they are told apart by the presence of an {@code error} member, as in
 * the consent SPI (docs/target-api.md).
 */
@API(status = STABLE, since = "0.1")
public sealed interface PlatformResult permits PlatformResult.Observed, PlatformError {

    /**
     * Returns the observation, or throws when this is a {@link PlatformError}; for in-process callers that treat a
     * target error as a bug.
     *
     * @throws IllegalStateException carrying the error's message when this is a {@link PlatformError}
     */
    default PlatformObservation orElseThrow() {
        if (this instanceof Observed observed) {
            return observed.observation();
        }
        throw new IllegalStateException(((PlatformError) this).message());
    }

    /**
     * Wraps the platform's answer.
     *
     * @param observation what the platform answered (an error body is an observation too)
     */
    @API(status = STABLE, since = "0.1")
    record Observed(PlatformObservation observation) implements PlatformResult {
        public Observed {
            java.util.Objects.requireNonNull(observation, "observation");
        }
    }
}
