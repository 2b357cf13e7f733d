package io.scopekit.explore;

import io.scopekit.consent.BehaviourKey;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One kind of generated sequence — client-side consent, or the open platform — with how to draw, run, shrink and
 * write it.
 *
 * @param <S> the sequence type
 */
interface Domain<S> {
    /** What running one sequence found: the steps run, and the first divergence if any. */
    record Result(int steps, @Nullable Divergence divergence) {}

    /**
     * Where a run notes the oracle rules that fired and the behaviour keys reached. The sequences of a batch note into
     * a coverage of their own, which the explorer adds to the run's in sequence order, so that a run on two workers
     * reports what the same run on one reports (sequences a worker ran after the first divergence are left out).
     */
    record Coverage(Set<String> rules, Set<BehaviourKey> behaviours) {
        /** Returns an empty coverage for one worker's batch. */
        static Coverage forBatch() {
            return new Coverage(new HashSet<>(), EnumSet.noneOf(BehaviourKey.class));
        }

        /** Adds what {@code other} reached. */
        void addAll(Coverage other) {
            rules.addAll(other.rules);
            behaviours.addAll(other.behaviours);
        }
    }

    /** Draws sequence {@code index} of {@code seed}. */
    S generate(long seed, long index, int maxSteps);

    /** Runs {@code sequence} on the current thread against the target and the oracle in lockstep. */
    Result run(S sequence);

    /** As {@link #run(Object)}, noting the rules fired and the behaviour keys reached in {@code coverage}. */
    Result run(S sequence, Coverage coverage);

    /** Returns a smallest sequence that still shows {@code found} (fewest steps, then simplest values). */
    S shrink(S sequence, Divergence found);

    /** Returns how many steps {@code sequence} has. */
    int size(S sequence);

    /** Writes {@code sequence} as a feature in the kit's step language; {@code title} names the scenario. */
    String feature(S sequence, String title, String header);

    /** The platform the sequence runs on, for messages. */
    String where(S sequence);
}
