package io.scopekit.testsupport.bell;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The third domain's oracle: a muted bell stays silent, any other rings. It counts its builds, so a test can tell
 * whether {@link io.scopekit.harness.RunResources} built it once per run, once per JVM, or not at all.
 *
 * @param specs how many specs the catalog it was built over holds (it is built from the run's catalog, as any oracle)
 */
public record BellOracle(int specs) {

    /** How many oracles were built in this JVM. */
    public static final AtomicInteger BUILDS = new AtomicInteger();

    public BellOracle {
        BUILDS.incrementAndGet();
    }

    /** Decides what pressing the bell does. */
    public Bell press(boolean muted) {
        return muted ? Bell.SILENT : Bell.RING;
    }
}
