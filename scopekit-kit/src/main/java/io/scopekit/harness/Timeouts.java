package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Bounds how long a run waits for its target: per action, per scenario and for the whole run.
 *
 * <p>The defaults ({@value #DEFAULT_STEP_TEXT} per action, {@value #DEFAULT_SCENARIO_TEXT} per scenario,
 * {@value #DEFAULT_RUN_TEXT} per run) are far above what a conforming in-process target needs (the whole shipped
 * suite runs in seconds) and well below what a CI job tolerates; docs/timeouts.md explains them.
 *
 * @param step     the longest one target call may take: creating the target, opening a session, one action
 * @param scenario the longest the target calls of one scenario (or one generated sequence) may take together
 * @param run      the longest the target calls of a whole run may take together
 * @param target   for a target reached over the network ({@code --target http://…}): the connect timeout and the
 *                 longest one request may take until its whole answer is read
 */
@API(status = EXPERIMENTAL)
public record Timeouts(Duration step, Duration scenario, Duration run, Duration target) {
    /** The default step timeout, as written on the command line. */
    public static final String DEFAULT_STEP_TEXT = "30s";
    /** The default scenario timeout, as written on the command line. */
    public static final String DEFAULT_SCENARIO_TEXT = "2m";
    /** The default run timeout, as written on the command line. */
    public static final String DEFAULT_RUN_TEXT = "30m";
    /** The default network target timeout, as written on the command line. */
    public static final String DEFAULT_TARGET_TEXT = "10s";

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    /** Checks that every bound is positive. */
    public Timeouts {
        positive(step, "step");
        positive(scenario, "scenario");
        positive(run, "run");
        positive(target, "target");
    }

    /** Creates the bounds with the default {@value #DEFAULT_TARGET_TEXT} network target timeout. */
    public Timeouts(Duration step, Duration scenario, Duration run) {
        this(step, scenario, run, parse(DEFAULT_TARGET_TEXT));
    }

    /** Returns the documented defaults. */
    public static Timeouts defaults() {
        return new Timeouts(parse(DEFAULT_STEP_TEXT), parse(DEFAULT_SCENARIO_TEXT), parse(DEFAULT_RUN_TEXT));
    }

    /**
     * Parses a duration written as a whole number and a unit: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static Duration parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a timeout (expected a positive whole number and "
                    + "a unit: 500ms, 30s, 2m or 1h)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    /** Writes a duration the way {@link #parse(String)} reads it, in the largest unit that is exact. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }

    private static void positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the " + what + " timeout must be positive, got " + d);
        }
    }
}
