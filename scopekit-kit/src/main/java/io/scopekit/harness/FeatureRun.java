package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs Gherkin features on the JUnit Platform with the Cucumber engine and the kit's step definitions, against the
 * target and specs of a {@link RunSettings}: the entry point of {@code scopekit verify}.
 *
 * <p>Cucumber is reached only through the launcher and its configuration parameters, so the engine itself has no
 * dependency on Cucumber's API. Discovery and execution are separate steps, so a caller can do other start-up
 * work between them.
 */
@API(status = EXPERIMENTAL)
public final class FeatureRun {
    /** The glue package of the kit's step definitions. */
    public static final String KIT_GLUE = "io.scopekit.steps";

    private final Launcher launcher = LauncherFactory.create();
    private final LauncherDiscoveryRequestBuilder request;
    private @Nullable TestPlan plan;

    private FeatureRun(LauncherDiscoveryRequestBuilder request) {
        this.request = request;
    }

    /** Starts describing a run with {@code settings}. */
    public static Builder with(RunSettings settings) {
        return new Builder(settings);
    }

    /** Discovers the scenarios (parsing every selected feature) and returns the plan; once. */
    public synchronized TestPlan discover() {
        if (plan == null) {
            plan = launcher.discover(request.build());
        }
        return plan;
    }

    /** Runs the discovered scenarios (discovering them first if needed), reporting to {@code listeners}. */
    public void execute(TestExecutionListener... listeners) {
        launcher.execute(discover(), listeners);
    }

    /**
     * Runs the discovered scenarios like {@link #execute(TestExecutionListener...)}; once {@code token} is
     * cancelled (a listener may do so on the first failure) the scenarios not yet started are skipped.
     */
    public void execute(org.junit.platform.engine.CancellationToken token, TestExecutionListener... listeners) {
        launcher.execute(org.junit.platform.launcher.core.LauncherExecutionRequestBuilder.request(discover())
                .listeners(listeners).cancellationToken(token).build());
    }

    /** Describes a run: which features, which glue, filters, plugins and parallelism. */
    @API(status = EXPERIMENTAL)
    public static final class Builder {
        private final RunSettings settings;
        private final List<DiscoverySelector> selectors = new ArrayList<>();
        private final List<PostDiscoveryFilter> filters = new ArrayList<>();
        private final Map<String, String> parameters = new TreeMap<>();
        private String glue = KIT_GLUE;
        private int threads = 1;

        private Builder(RunSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** Selects every feature below {@code directory}. */
        public Builder featuresIn(Path directory) {
            selectors.add(selectDirectory(directory.toFile()));
            return this;
        }

        /**
         * Selects features embedded in the kit, by path below {@code scopekit/features/}.
         *
         * <p>One selector per file: scanning a package of the 15,000-entry fat jar is slow.
         */
        public Builder embeddedFeatures(Collection<String> paths) {
            paths.forEach(path -> selectors.add(selectClasspathResource("scopekit/features/" + path)));
            return this;
        }

        /**
         * Selects the scenario (or examples row) at {@code line} of feature {@code uri}, as Cucumber names it in
         * messages: {@code classpath:scopekit/features/...} for embedded features, {@code file:...} for files.
         */
        public Builder scenarioAt(java.net.URI uri, int line) {
            var position = org.junit.platform.engine.discovery.FilePosition.from(line);
            if ("classpath".equals(uri.getScheme())) {
                selectors.add(selectClasspathResource(uri.getSchemeSpecificPart().replaceFirst("^/", ""), position));
            } else {
                selectors.add(org.junit.platform.engine.discovery.DiscoverySelectors.selectFile(
                        java.nio.file.Path.of(uri).toFile(), position));
            }
            return this;
        }

        /** Keeps only the scenarios matching a Cucumber tag expression; {@code null} keeps all. */
        public Builder tags(@Nullable String tagExpression) {
            if (tagExpression != null) {
                parameters.put("cucumber.filter.tags", tagExpression);
            }
            return this;
        }

        /** Adds a filter applied after discovery (e.g. a shard). */
        public Builder filter(PostDiscoveryFilter filter) {
            filters.add(filter);
            return this;
        }

        /** Adds a Cucumber plugin, {@code class[:argument]}. */
        public Builder plugin(String plugin) {
            parameters.merge("cucumber.plugin", plugin, (a, b) -> a + "," + b);
            return this;
        }

        /** Uses other glue than the kit's step definitions (the kit's own tests run fixture glue this way). */
        public Builder glue(String gluePackage) {
            this.glue = gluePackage;
            return this;
        }

        /** Runs scenarios on {@code count} threads; each scenario keeps its own conversation. */
        public Builder threads(int count) {
            this.threads = Math.max(1, count);
            return this;
        }

        /** Returns the run; nothing is discovered yet. */
        public FeatureRun build() {
            Map<String, String> config = new TreeMap<>(parameters);
            config.put("cucumber.glue", glue);
            config.put("cucumber.publish.quiet", "true");
            config.put("cucumber.junit-platform.naming-strategy", "long");
            config.put("cucumber.execution.parallel.enabled", String.valueOf(threads > 1));
            config.put("cucumber.execution.parallel.config.strategy", "fixed");
            config.put("cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(threads));
            config.put("cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(threads));
            config.put(RunSettings.TARGET, settings.target());
            config.put(RunSettings.STEP_TIMEOUT, Timeouts.format(settings.timeouts().step()));
            config.put(RunSettings.SCENARIO_TIMEOUT, Timeouts.format(settings.timeouts().scenario()));
            config.put(RunSettings.RUN_TIMEOUT, Timeouts.format(settings.timeouts().run()));
            config.put(RunSettings.TARGET_TIMEOUT, Timeouts.format(settings.timeouts().target()));
            if (settings.specs() != null) {
                config.put(RunSettings.SPECS, settings.specs().toString());
            }
            if (settings.rules() != null) {
                config.put(RunSettings.RULES, settings.rules().toString());
            }
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .filters(EngineFilter.includeEngines("cucumber"))
                    .configurationParameters(config)
                    // The kit's run must not pick up junit-platform.properties of whatever is on the class path.
                    .enableImplicitConfigurationParameters(false);
            filters.forEach(request::filters);
            return new FeatureRun(request);
        }
    }
}
