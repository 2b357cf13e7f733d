package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.Strictness;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether what a target reported matches what the oracle expects, given how strictly the target asked to
 * be compared.
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
        return (expected, observed, strictness) -> Objects.equals(expected, observed);
    }
}
