package io.scopekit.oracle.internal;

import io.scopekit.spec.Version;

/**
 * Version comparisons the rules call from their constraints.
 *
 * <p>Public because the generated executable model calls it; not part of the API.
 */
public final class Versions {
    private Versions() {}

    /** True when {@code version} is known and strictly below {@code bound} (5.9 < 5.21; 5.2 == 5.2.0). */
    public static boolean below(Version version, Version bound) {
        return version != null && bound != null && version.compareTo(bound) < 0;
    }
}
