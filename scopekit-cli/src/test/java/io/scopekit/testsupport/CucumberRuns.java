package io.scopekit.testsupport;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs features through the JUnit Platform launcher and the Cucumber engine, as a vendor build or the CLI would. */
public final class CucumberRuns {
    private final Map<String, String> parameters = new HashMap<>();
    private final List<DiscoverySelector> selectors = new ArrayList<>();

    private CucumberRuns() {
        parameters.put("cucumber.glue", "io.scopekit.steps");
    }

    /** Starts a run of the kit's own features. */
    public static CucumberRuns kitFeatures() {
        CucumberRuns runs = new CucumberRuns();
        runs.selectors.add(selectPackage("scopekit.features"));
        return runs;
    }

    /** Starts a run of a {@code @Suite} class through the suite engine, with no launcher-level parameters. */
    public static Result suite(Class<?> suiteClass) {
        Result result = new Result();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(suiteClass))
                .filters(includeEngines("junit-platform-suite"))
                .build(), result);
        return result;
    }

    /** Starts a run of one feature file on the test class path. */
    public static CucumberRuns feature(String classpathResource) {
        CucumberRuns runs = new CucumberRuns();
        runs.selectors.add(selectClasspathResource(classpathResource));
        return runs;
    }

    public CucumberRuns with(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    public CucumberRuns tags(String expression) {
        return with("cucumber.filter.tags", expression);
    }

    /** Runs and returns what happened to each scenario. */
    public Result run() {
        Result result = new Result();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(includeEngines("cucumber"))
                .configurationParameters(parameters)
                .build(), result);
        return result;
    }

    /** Scenario outcomes of one run. */
    public static final class Result implements TestExecutionListener {
        private final List<String> passed = Collections.synchronizedList(new ArrayList<>());
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (!identifier.isTest()) {
                return;
            }
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                passed.add(identifier.getDisplayName());
            } else {
                failures.add(identifier.getDisplayName() + " => "
                        + result.getThrowable().map(Throwable::getMessage).orElse(result.getStatus().toString()));
            }
        }

        public List<String> passed() {
            return List.copyOf(passed);
        }

        /** Each failed scenario as "name => message". */
        public List<String> failures() {
            return List.copyOf(failures);
        }
    }
}
