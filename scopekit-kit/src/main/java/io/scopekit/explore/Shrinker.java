package io.scopekit.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing list to a 1-minimal one by delta debugging (Zeller and Hildebrandt, "Simplifying and Isolating
 * Failure-Inducing Input", IEEE TSE 28(2), 2002: the ddmin algorithm, complements only): split the list into n
 * chunks, drop any chunk whose removal still fails (then n - 1 chunks), else double n, until n is the list's size —
 * at which point removing any single element makes the failure go away.
 *
 * <p>Written here rather than taken from jqwik: jqwik's generators and shrinking are driven by its own test engine
 * (a property's shrinking runs inside its lifecycle), while explore drives the run engine itself from the command
 * line; ddmin over the step list is all a sequence needs, and the values inside a step are simplified after it
 * ({@link Explorer}).
 */
final class Shrinker {
    private Shrinker() {}

    /**
     * Returns a 1-minimal sublist of {@code input} (order kept) for which {@code fails} holds; {@code fails} must hold
     * for {@code input}.
     */
    static <T> List<T> ddmin(List<T> input, Predicate<List<T>> fails) {
        List<T> current = List.copyOf(input);
        int n = 2;
        while (current.size() >= 2) {
            int chunk = (int) Math.ceil(current.size() / (double) n);
            boolean reduced = false;
            for (int start = 0; start < current.size(); start += chunk) {
                List<T> complement = new ArrayList<>(current.subList(0, start));
                complement.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
                if (!complement.isEmpty() && fails.test(complement)) {
                    current = List.copyOf(complement);
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (n >= current.size()) {
                    break;
                }
                n = Math.min(n * 2, current.size());
            }
        }
        return current;
    }
}
