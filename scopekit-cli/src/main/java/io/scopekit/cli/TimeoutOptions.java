package io.scopekit.cli;

import io.scopekit.harness.Timeouts;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The four bounds of a run's target calls (docs/timeouts.md), for {@code verify} and for {@code certify-port}, which
 * passes them on to the run it starts: one mixin, so both describe and default them alike.
 */
final class TimeoutOptions {
    @Option(names = "--step-timeout", paramLabel = "DURATION", defaultValue = Timeouts.DEFAULT_STEP_TEXT,
            description = "Longest one target call may take (creating the target, opening a session, one action); "
                    + "a call that takes longer is a target error (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(names = "--scenario-timeout", paramLabel = "DURATION", defaultValue = Timeouts.DEFAULT_SCENARIO_TEXT,
            description = "Longest the target calls of one scenario may take together (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--run-timeout", paramLabel = "DURATION", defaultValue = Timeouts.DEFAULT_RUN_TEXT,
            description = "Longest the target calls of the whole run may take together (default: ${DEFAULT-VALUE}).")
    String run;

    @Option(names = "--target-timeout", paramLabel = "DURATION", defaultValue = Timeouts.DEFAULT_TARGET_TEXT,
            description = "For an http(s):// target (certify-port: the Node host): the connect timeout and the "
                    + "longest one request may take until its whole answer is read (default: ${DEFAULT-VALUE}).")
    String target;

    /** The four as command-line arguments, for a run this command starts in turn. */
    List<String> asArguments() {
        return List.of("--step-timeout", step, "--scenario-timeout", scenario, "--run-timeout", run,
                "--target-timeout", target);
    }
}
