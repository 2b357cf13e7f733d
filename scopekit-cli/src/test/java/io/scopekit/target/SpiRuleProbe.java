package io.scopekit.target;

import io.scopekit.spec.SpecCatalog;

/**
 * Breaks the SPI's dependency rule on purpose: a class in {@code io.scopekit.target} that uses the spec layer, so
 * {@code SpiDependenciesArchitectureTest} can show its rule catches such a class. Test code only.
 */
public final class SpiRuleProbe {
    private SpiRuleProbe() {}

    /** Names the spec layer's catalog, which the SPI must not know. */
    public static Class<?> dependency() {
        return SpecCatalog.class;
    }
}
