package io.scopekit.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.harness.Where;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds one generated client-side sequence: where it runs, the client version it starts on and its steps.
 *
 * @param index         the sequence's number in the run (with the run's seed, it determines the sequence)
 * @param where         platform, container (ports) and app kind
 * @param clientVersion the starting client version; {@code null} for the newest
 * @param steps         the steps, in order
 */
@API(status = EXPERIMENTAL)
public record ClientSequence(long index, Where where, @Nullable String clientVersion, List<ClientStep> steps) {
    /** Copies the steps. */
    public ClientSequence {
        steps = List.copyOf(steps);
    }

    /** Returns the same sequence with other steps. */
    public ClientSequence withSteps(List<ClientStep> other) {
        return new ClientSequence(index, where, clientVersion, other);
    }

    /** Returns the same sequence starting on another client version. */
    public ClientSequence withClientVersion(@Nullable String version) {
        return new ClientSequence(index, where, version, steps);
    }
}
