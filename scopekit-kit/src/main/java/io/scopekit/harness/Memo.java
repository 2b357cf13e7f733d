package io.scopekit.harness;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Builds a value once, on first use, and remembers a failure as well as a success. */
final class Memo<T> {
    // Volatile, so that a part once built is read without the lock: explore's workers read the catalog, the oracle and
    // the target at every step, and would otherwise queue on each other.
    private volatile @Nullable T value;
    private @Nullable RuntimeException failure;

    @Nullable T peek() {
        return value;
    }

    /** Returns the value, built by {@code supplier} on the first call; a failed build fails every later call alike. */
    T get(Supplier<T> supplier) {
        T built = value;
        return built != null ? built : build(supplier);
    }

    private synchronized T build(Supplier<T> supplier) {
        if (value != null) {
            return value;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            value = supplier.get();
            return value;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    synchronized void forget(Consumer<T> release) {
        T built = value;
        value = null;
        failure = null;
        if (built != null) {
            release.accept(built);
        }
    }
}
