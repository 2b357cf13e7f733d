package io.scopekit.explore;

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

    /** Draws sequence {@code index} of {@code seed}. */
    S generate(long seed, long index, int maxSteps);

    /** Runs {@code sequence} on the current thread against the target and the oracle in lockstep. */
    Result run(S sequence);

    /** Returns a smallest sequence that still shows {@code found} (fewest steps, then simplest values). */
    S shrink(S sequence, Divergence found);

    /** Returns how many steps {@code sequence} has. */
    int size(S sequence);

    /** Writes {@code sequence} as a feature in the kit's step language; {@code title} names the scenario. */
    String feature(S sequence, String title, String header);

    /** The platform the sequence runs on, for messages. */
    String where(S sequence);
}
