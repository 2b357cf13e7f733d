package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckComparison;
import io.scopekit.target.Strictness;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether what a target reported matches what the oracle expects, given how strictly the target asked to
 * be compared. The comparisons themselves live in {@link CheckComparison}, which recomputes a recorded check's
 * status from the record alone with the same code ({@code report verify}).
 *
 * @param <T> the type of the expectation
 */
@API(status = EXPERIMENTAL)
@FunctionalInterface
public interface AspectMatcher<T> {

    /** Returns whether {@code observed} matches {@code expected} under {@code strictness}. */
    boolean test(T expected, @Nullable Object observed, Strictness strictness);

    /** Matches when both are equal, whatever the strictness. */
    static <T> AspectMatcher<T> equality() {
        return (expected, observed, strictness) -> CheckComparison.equal(expected, observed);
    }

    /**
     * Matches a message containing one of the documented phrases (any message when none is documented), whatever
     * the strictness.
     */
    static AspectMatcher<List<String>> containsAny() {
        return (expected, observed, strictness) -> CheckComparison.containsAny(expected, observed);
    }
}
