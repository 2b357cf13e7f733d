package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.harness.internal.CapturedSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Names what a run uses: the target, and the spec and rule directories that override the embedded ones.
 *
 * @param target the target specification ({@code reference}, a factory name, {@code class:FQN}, a URL)
 * @param specs  a platform-specs directory, or {@code null} for the embedded specs
 * @param rules  a rules directory, or {@code null} for the embedded rules
 * @param timeouts how long target calls may take (docs/timeouts.md)
 */
@API(status = EXPERIMENTAL)
public record RunSettings(String target, @Nullable Path specs, @Nullable Path rules, Timeouts timeouts) {
    /** The configuration parameter naming the target. */
    public static final String TARGET = "scopekit.target";
    /** The configuration parameter naming a specs directory. */
    public static final String SPECS = "scopekit.specs";
    /** The configuration parameter naming a rules directory. */
    public static final String RULES = "scopekit.rules";
    /** The configuration parameter bounding one target call ({@code 30s}, {@code 500ms}, ...). */
    public static final String STEP_TIMEOUT = "scopekit.timeout.step";
    /** The configuration parameter bounding the target calls of one scenario. */
    public static final String SCENARIO_TIMEOUT = "scopekit.timeout.scenario";
    /** The configuration parameter bounding the target calls of a whole run. */
    public static final String RUN_TIMEOUT = "scopekit.timeout.run";
    /** The configuration parameter bounding one request to a network target (connect, and the whole answer). */
    public static final String TARGET_TIMEOUT = "scopekit.timeout.target";

    /** Creates the settings; a blank target means the default one, and directories are made absolute. */
    public RunSettings {
        target = target == null || target.isBlank() ? Targets.DEFAULT : target.trim();
        specs = specs == null ? null : specs.toAbsolutePath().normalize();
        rules = rules == null ? null : rules.toAbsolutePath().normalize();
        timeouts = timeouts == null ? Timeouts.defaults() : timeouts;
    }

    /** Creates the settings with the default {@link Timeouts}. */
    public RunSettings(String target, @Nullable Path specs, @Nullable Path rules) {
        this(target, specs, rules, Timeouts.defaults());
    }

    /** Returns the settings of the default run: the reference target over the embedded specs and rules. */
    public static RunSettings defaults() {
        return new RunSettings(Targets.DEFAULT, null, null);
    }

    /**
     * Reads the settings from configuration parameters ({@value #TARGET}, {@value #SPECS}, {@value #RULES}).
     *
     * @param parameters looks up one parameter; empty or blank when it is not set
     */
    public static RunSettings from(Function<String, Optional<String>> parameters) {
        Timeouts d = Timeouts.defaults();
        return new RunSettings(value(parameters, TARGET), path(value(parameters, SPECS)),
                path(value(parameters, RULES)), new Timeouts(duration(parameters, STEP_TIMEOUT, d.step()),
                        duration(parameters, SCENARIO_TIMEOUT, d.scenario()), duration(parameters, RUN_TIMEOUT, d.run()),
                        duration(parameters, TARGET_TIMEOUT, d.target())));
    }

    /**
     * Returns the settings of the JUnit Platform run in progress — the launcher's configuration parameters, or a
     * running suite's own — falling back to system properties.
     */
    public static RunSettings captured() {
        return from(CapturedSettings::get);
    }

    private static @Nullable String value(Function<String, Optional<String>> parameters, String key) {
        return parameters.apply(key).filter(v -> !v.isBlank()).map(String::trim).orElse(null);
    }

    private static java.time.Duration duration(Function<String, Optional<String>> parameters, String key,
            java.time.Duration fallback) {
        String v = value(parameters, key);
        return v == null ? fallback : Timeouts.parse(v);
    }

    private static @Nullable Path path(@Nullable String value) {
        return value == null ? null : Path.of(value);
    }
}
