package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Issue 21, item 7: a vendor's suite in which no scenario ran (a tag filter that matches nothing) fails with a
 * message saying so, instead of writing a conformant summary of nothing.
 */
class NothingRanSuiteTest {

    @TempDir
    Path reports;

    @Test
    void should_fail_the_run_and_write_no_summary_when_no_scenario_ran() {
        // GIVEN the kit's features with a Cucumber tag filter that matches none of them, and the report plugin
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathResource("scopekit/features/kuaishou/authorize.feature"))
                .configurationParameters(Map.of(
                        "cucumber.glue", "io.scopekit.steps",
                        "cucumber.filter.tags", "@platform-no-such-platform",
                        "cucumber.plugin", ScopekitReportPlugin.class.getName() + ":" + reports,
                        "cucumber.publish.quiet", "true"))
                .enableImplicitConfigurationParameters(false)
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();

        // WHEN the run ends
        LauncherFactory.create().execute(request, listener);

        // THEN the run has a failure naming what happened, and there is no summary to mistake for a verdict
        TestExecutionSummary summary = listener.getSummary();
        then(summary.getTestsSucceededCount()).isZero();
        then(summary.getFailures()).anySatisfy(f -> then(f.getException()).hasMessageContaining(
                ScopekitReportPlugin.NOTHING_RAN));
        then(reports.resolve("summary.json")).doesNotExist();
    }
}
