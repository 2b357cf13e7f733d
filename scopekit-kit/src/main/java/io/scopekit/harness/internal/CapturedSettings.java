package io.scopekit.harness.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Holds the ScopeKit configuration parameters of the JUnit Platform run in progress, as captured by
 * {@link ConfigurationCapture}.
 *
 * <p>Cucumber does not hand JUnit Platform configuration parameters to glue code (cucumber-jvm issue 2745), so
 * the capture listener pushes them here: the launcher's parameters when a test plan starts, a suite class's
 * {@code @ConfigurationParameter}s while that suite runs. Lookups fall back to system properties. This is the one
 * piece of static state of a run, and it exists only because of that gap.
 */
public final class CapturedSettings {
    private static final Deque<Map<String, String>> LAYERS = new ArrayDeque<>();

    private CapturedSettings() {}

    static synchronized void push(Map<String, String> layer) {
        LAYERS.push(Map.copyOf(layer));
    }

    static synchronized void pop() {
        if (!LAYERS.isEmpty()) {
            LAYERS.pop();
        }
    }

    /** Returns the innermost value of {@code key}: running suite, then test plan, then system property. */
    public static synchronized Optional<String> get(String key) {
        for (Map<String, String> layer : LAYERS) {
            String value = layer.get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.ofNullable(System.getProperty(key)).filter(v -> !v.isBlank()).map(String::trim);
    }
}
