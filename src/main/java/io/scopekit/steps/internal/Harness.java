package io.scopekit.steps.internal;

import io.scopekit.oracle.ConsentOracle;
import io.scopekit.target.Target;
import io.scopekit.target.Targets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the expensive parts of a run — the oracle (a Drools knowledge base) and the target — across all
 * scenarios of a JVM, keyed by the configuration that selects them.
 */
public final class Harness {
    private static final Map<String, Target> TARGETS = new ConcurrentHashMap<>();
    private static final Map<String, ConsentOracle> ORACLES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TARGETS.values().forEach(Harness::closeQuietly),
                "scopekit-target-close"));
    }

    private Harness() {}

    /** Returns the target configured by {@code scopekit.target} (default {@code reference}). */
    public static Target target() {
        String spec = Settings.get(Settings.TARGET).orElse(Targets.DEFAULT);
        return TARGETS.computeIfAbsent(spec, Targets::resolve);
    }

    /** Returns the oracle over the embedded specs and rules, or those named by scopekit.specs / scopekit.rules. */
    public static ConsentOracle oracle() {
        return oracle(specsDir(), Settings.get(Settings.RULES).map(Path::of).orElse(null));
    }

    /**
     * Builds the oracle and spec index for the given {@code scopekit.specs} / {@code scopekit.rules} values
     * (null: embedded) before the first scenario needs them, so a runner can do it on a spare core while
     * Cucumber discovers the scenarios. A scenario asking meanwhile waits for this build instead of starting
     * its own.
     */
    public static void prepare(String specs, String rules) {
        Path specsDir = specs == null || specs.isBlank() ? null : Path.of(specs.trim());
        oracle(specsDir, rules == null || rules.isBlank() ? null : Path.of(rules.trim()));
        SpecIndex.of(specsDir);
    }

    private static ConsentOracle oracle(Path specs, Path rules) {
        return ORACLES.computeIfAbsent(specs + "|" + rules, key -> OracleLoader.load(specs, rules));
    }

    /** Returns the spec index matching {@link #oracle()}'s specs. */
    public static SpecIndex specIndex() {
        return SpecIndex.of(specsDir());
    }

    private static Path specsDir() {
        return Settings.get(Settings.SPECS).map(Path::of).orElse(null);
    }

    private static void closeQuietly(Target target) {
        try {
            target.close();
        } catch (Exception e) {
            // Closing at JVM exit is best effort; a failure here cannot change any result.
        }
    }
}
