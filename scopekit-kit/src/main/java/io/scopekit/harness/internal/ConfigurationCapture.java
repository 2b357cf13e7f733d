package io.scopekit.harness.internal;

import io.scopekit.harness.RunSettings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.suite.api.ConfigurationParameter;

/**
 * Captures the {@code scopekit.*} configuration parameters for the step definitions.
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}, so any
 * launcher (Maven Surefire, an IDE, the {@code verify} command) picks it up. A suite's own
 * {@code @ConfigurationParameter}s never reach launcher listeners, so they are read from the suite class when
 * its container starts.
 */
public final class ConfigurationCapture implements TestExecutionListener {
    private static final List<String> KEYS = List.of(RunSettings.TARGET, RunSettings.SPECS, RunSettings.RULES,
            RunSettings.STEP_TIMEOUT, RunSettings.SCENARIO_TIMEOUT, RunSettings.RUN_TIMEOUT,
            RunSettings.TARGET_TIMEOUT);

    private final Deque<String> suites = new ArrayDeque<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        ConfigurationParameters parameters = testPlan.getConfigurationParameters();
        Map<String, String> layer = new HashMap<>();
        for (String key : KEYS) {
            parameters.get(key).ifPresent(value -> layer.put(key, value));
        }
        CapturedSettings.push(layer);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        CapturedSettings.pop();
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        suiteClass(identifier).ifPresent(type -> {
            Map<String, String> layer = new HashMap<>();
            for (ConfigurationParameter parameter : type.getAnnotationsByType(ConfigurationParameter.class)) {
                if (KEYS.contains(parameter.key())) {
                    layer.put(parameter.key(), parameter.value());
                }
            }
            CapturedSettings.push(layer);
            suites.push(identifier.getUniqueId());
        });
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!suites.isEmpty() && suites.peek().equals(identifier.getUniqueId())) {
            suites.pop();
            CapturedSettings.pop();
        }
    }

    private static Optional<Class<?>> suiteClass(TestIdentifier identifier) {
        if (!identifier.isContainer()) {
            return Optional.empty();
        }
        return identifier.getSource()
                .filter(ClassSource.class::isInstance)
                .<Class<?>>map(source -> safeClass((ClassSource) source))
                .filter(type -> type != null && type.isAnnotationPresent(org.junit.platform.suite.api.Suite.class));
    }

    private static Class<?> safeClass(ClassSource source) {
        try {
            return source.getJavaClass();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
