package io.scopekit.oracle.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of every rule that fired in this JVM, for the test suite's rule-coverage check.
 *
 * <p>Off unless the system property {@code scopekit.oracle.coverage} is {@code true} (surefire sets it), so that
 * production decisions pay nothing for it.
 */
public final class RuleFirings {
    static final boolean ENABLED = Boolean.getBoolean("scopekit.oracle.coverage");
    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();

    private RuleFirings() {}

    static void record(String rule) {
        FIRED.add(rule);
    }

    /** True when firings are being recorded. */
    public static boolean enabled() {
        return ENABLED;
    }

    /** A snapshot of the names of the rules that fired so far. */
    public static Set<String> fired() {
        return Set.copyOf(FIRED);
    }
}
