package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

/** The count of finished scenarios an interrupted run states (issue 24, item 12). */
class ProgressTest {

    @Test
    void should_keep_the_frozen_count_when_scenarios_finish_after_an_interrupt() {
        // GIVEN a run with two scenarios finished
        Progress progress = new Progress(new PrintWriter(new StringWriter()), false);
        progress.executionFinished(scenario("a"), TestExecutionResult.successful());
        progress.executionFinished(scenario("b"), TestExecutionResult.successful());

        // WHEN SIGTERM freezes the count, and a scenario still running finishes while the run record is written
        int stated = progress.freeze();
        progress.executionFinished(scenario("c"), TestExecutionResult.successful());

        // THEN the console line and run.json, which both read the count after the freeze, state the same number
        then(stated).isEqualTo(2);
        then(progress.done()).isEqualTo(stated);
    }

    private static TestIdentifier scenario(String name) {
        return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.forEngine("cucumber").append("scenario", name),
                name) {
            @Override
            public Type getType() {
                return Type.TEST;
            }
        });
    }
}
