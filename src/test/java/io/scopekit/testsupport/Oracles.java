package io.scopekit.testsupport;

import io.scopekit.oracle.ConsentOracle;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the consent oracle on the class path for tests that compare against it. */
public final class Oracles {
    private Oracles() {}

    /** Returns the first {@link ConsentOracle} registered through {@link ServiceLoader}, if any. */
    public static Optional<ConsentOracle> find() {
        return ServiceLoader.load(ConsentOracle.class).findFirst();
    }
}
