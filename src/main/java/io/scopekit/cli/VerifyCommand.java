package io.scopekit.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Redactor;
import io.scopekit.report.ReportInputException;
import io.scopekit.report.Reports;
import io.scopekit.report.RunInfo;
import io.scopekit.report.ScopekitReportPlugin;
import io.scopekit.report.Waiver;
import io.scopekit.report.Waivers;
import io.scopekit.steps.internal.Harness;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the conformance scenarios against a target and writes the reports. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Runs the conformance scenarios against a target and writes JUnit XML, Cucumber messages/HTML",
                "and a conformance summary with certificate to REPORT/<run-id>/ (and REPORT/latest).",
                "Exit codes: 0 conformant, 1 non-conformant, 2 bad input, 3 target unreachable."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", defaultValue = "reference", paramLabel = "TARGET",
            description = "reference (default), a TargetFactory name, class:FQN, or an http(s):// URL")
    String target;

    @Option(names = "--platform", paramLabel = "P",
            description = "platform spec id to run (repeatable); default: every platform")
    List<String> platforms = new ArrayList<>();

    @Option(names = "--tags", paramLabel = "EXPR", description = "Cucumber tag expression, e.g. '@req-FG-DENIED-CALL'")
    String tags;

    @Option(names = "--report", defaultValue = "reports", paramLabel = "DIR",
            description = "report root; the run goes to DIR/<run-id>/ (default: ${DEFAULT-VALUE})")
    Path reportRoot;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only shard K of N (stable split by scenario)")
    String shard;

    @Option(names = "--waivers", paramLabel = "FILE", description = "YAML waivers file")
    Path waiversFile;

    @Option(names = "--specs", paramLabel = "DIR", description = "platform specs directory (default: embedded)")
    Path specs;

    @Option(names = "--rules", paramLabel = "DIR", description = "oracle rules directory (default: embedded)")
    Path rules;

    @Option(names = "--features", paramLabel = "DIR", description = "features directory (default: embedded)")
    Path features;

    // Lets the kit's own tests run fixture glue through the real command.
    @Option(names = "--glue", hidden = true, defaultValue = DEFAULT_GLUE)
    String glue;

    Clock clock = Clock.systemUTC();

    private static final String DEFAULT_GLUE = "io.scopekit.steps";
    /** Scenarios run on this many threads; each keeps its own scenario state and oracle session. */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (BadInput e) {
            err.println("scopekit verify: " + Redactor.redact(e.getMessage()));
            return ExitCode.BAD_INPUT;
        } catch (TargetProbe.Failure e) {
            err.println("scopekit verify: " + Redactor.redact(e.getMessage()));
            return e.exitCode;
        } catch (IOException e) {
            err.println("scopekit verify: cannot write reports: " + Redactor.redact(String.valueOf(e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
    }

    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    private int run(PrintWriter out, PrintWriter err) throws BadInput, TargetProbe.Failure, IOException {
        for (var dir : Map.of("--specs", nz(specs), "--rules", nz(rules), "--features", nz(features)).entrySet()) {
            if (!dir.getValue().toString().isEmpty() && !Files.isDirectory(dir.getValue())) {
                throw new BadInput(dir.getKey() + " " + dir.getValue() + ": not a directory");
            }
        }
        Map<String, byte[]> specFiles = KitContent.read(specs, "platform-specs", ".yaml", ".yml");
        Map<String, byte[]> featureFiles = KitContent.read(features, "features", ".feature");
        String tagExpression = tagExpression(KitContent.platformIds(specFiles));
        Progress progress = new Progress(err, System.console() != null);
        Shard shardFilter = null;
        if (shard != null) {
            try {
                shardFilter = Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new BadInput(e.getMessage());
            }
        }
        List<Waiver> waivers = List.of();
        if (waiversFile != null) {
            try {
                waivers = Waivers.load(waiversFile);
            } catch (ReportInputException e) {
                throw new BadInput(e.getMessage());
            }
        }
        Instant started = clock.instant();
        String runId = Reports.newRunId(started);
        Path runDir = reportRoot.resolve(runId);

        // Three independent start-up jobs share the two cores: the target (which loads and validates the specs)
        // and then the oracle are built on a helper thread while Cucumber parses the features here.
        ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "scopekit-verify-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<RunInfo.TargetInfo> probe = helper.submit(() -> TargetProbe.probe(target));
            if (DEFAULT_GLUE.equals(glue)) {
                helper.submit(() -> prepareOracle());
            }
            Launcher launcher = LauncherFactory.create();
            TestPlan plan = launcher.discover(request(runDir, tagExpression, shardFilter, featureFiles.keySet()));
            RunInfo.TargetInfo targetInfo = await(probe);

            Files.createDirectories(runDir);
            Reports.writeRunInfo(runDir, new RunInfo(runId, KitVersion.current(), started.toString(), targetInfo,
                    tagExpression, shardFilter == null ? null : shardFilter.toString(),
                    waiversFile == null ? null : waiversFile.toString(), fileHashes(specFiles, featureFiles)));
            err.println("scopekit: run " + runId + " against " + targetInfo.name() + " " + targetInfo.version()
                    + (shardFilter == null ? "" : " (shard " + shardFilter + ")"));
            launcher.execute(plan, progress);
        } finally {
            helper.shutdownNow();
        }
        Reports.removeUnfinishedWrites(runDir);
        if (!Files.exists(runDir.resolve(ScopekitReportPlugin.MESSAGES)) && progress.done() == 0) {
            // Cucumber emits no messages when nothing is selected; an empty stream keeps summary and merge uniform.
            Files.createFile(runDir.resolve(ScopekitReportPlugin.MESSAGES));
        }

        ConformanceSummary summary;
        try {
            summary = Reports.summarise(List.of(runDir), waivers,
                    waiversFile == null ? null : waiversFile.toString(), runId,
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        } catch (ReportInputException e) {
            err.println("scopekit verify: the run wrote no usable messages stream: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Reports.writeSummary(summary, runDir);
        Reports.pointLatest(reportRoot, runId);

        var t = summary.totals();
        out.println(summary.verdict() + ": " + t.scenarios() + " scenarios, " + t.steps() + " steps; checks "
                + t.checks().passed() + " passed, " + t.checks().failed() + " failed, " + t.checks().waived()
                + " waived, " + t.checks().unspecified() + " unspecified, " + t.checks().unsupported()
                + " unsupported; " + summary.errors().size() + " scenario errors");
        summary.waivers().noLongerNeeded().forEach(w -> out.println("note: waiver for " + w.requirement()
                + " (line " + w.line() + ") no longer needed"));
        summary.waivers().unmatched().forEach(w -> out.println("note: waiver for " + w.requirement()
                + " (line " + w.line() + ") matches nothing"));
        out.println("reports: " + runDir.resolve(Reports.SUMMARY_HTML));
        out.flush();

        if (summary.targetUnreachable() || progress.unreachable() != null) {
            err.println("scopekit verify: target unreachable"
                    + (progress.unreachable() == null ? "" : ": " + progress.unreachable()));
            return ExitCode.UNREACHABLE;
        }
        if (t.scenarios() == 0 && shardFilter == null) {
            err.println("scopekit verify: no scenario matched the selection (platforms, --tags, --features)");
            return ExitCode.BAD_INPUT;
        }
        return summary.conformant() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private RunInfo.TargetInfo await(Future<RunInfo.TargetInfo> probe) throws TargetProbe.Failure {
        try {
            return probe.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetProbe.Failure(ExitCode.BAD_INPUT, "interrupted while starting the target");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TargetProbe.Failure f) {
                throw f;
            }
            throw new TargetProbe.Failure(ExitCode.BAD_INPUT, "--target " + target + " failed to start: " + e.getCause());
        }
    }

    // A failure here is not reported: the first scenario builds the oracle again and fails with the real message.
    private void prepareOracle() {
        try {
            Harness.prepare(specs == null ? null : specs.toAbsolutePath().toString(),
                    rules == null ? null : rules.toAbsolutePath().toString());
        } catch (RuntimeException | LinkageError e) {
            // see above
        }
    }

    private static Path nz(Path p) {
        return p == null ? Path.of("") : p;
    }

    private List<RunInfo.FileHash> fileHashes(Map<String, byte[]> specFiles, Map<String, byte[]> featureFiles) {
        List<RunInfo.FileHash> hashes = new ArrayList<>(KitContent.hashes("spec", specFiles));
        hashes.addAll(KitContent.hashes("rule", KitContent.read(rules, "rules", ".drl")));
        hashes.addAll(KitContent.hashes("feature", featureFiles));
        return hashes;
    }

    private String tagExpression(List<String> known) throws BadInput {
        for (String p : platforms) {
            if (!known.contains(p)) {
                throw new BadInput("unknown platform '" + p + "' (expected one of: " + String.join(", ", known) + ")");
            }
        }
        String expr = null;
        if (!platforms.isEmpty()) {
            expr = "(" + String.join(" or ", platforms.stream().distinct().map(p -> "@platform-" + p).toList()) + ")";
        }
        if (tags != null && !tags.isBlank()) {
            try {
                TagExpressionParser.parse(tags);
            } catch (TagExpressionException e) {
                throw new BadInput("--tags '" + tags + "': " + e.getMessage());
            }
            expr = expr == null ? "(" + tags + ")" : expr + " and (" + tags + ")";
        }
        return expr;
    }

    private LauncherDiscoveryRequest request(Path runDir, String tagExpression, Shard shardFilter,
            java.util.Set<String> featurePaths) {
        Map<String, String> config = new TreeMap<>();
        config.put("cucumber.glue", glue);
        config.put("cucumber.plugin", ScopekitReportPlugin.class.getName() + ":" + runDir.toAbsolutePath());
        config.put("cucumber.publish.quiet", "true");
        config.put("cucumber.junit-platform.naming-strategy", "long");
        config.put("cucumber.execution.parallel.enabled", String.valueOf(THREADS > 1));
        config.put("cucumber.execution.parallel.config.strategy", "fixed");
        config.put("cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(THREADS));
        config.put("cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(THREADS));
        config.put("scopekit.target", target);
        if (tagExpression != null) {
            config.put("cucumber.filter.tags", tagExpression);
        }
        if (specs != null) {
            config.put("scopekit.specs", specs.toAbsolutePath().toString());
        }
        if (rules != null) {
            config.put("scopekit.rules", rules.toAbsolutePath().toString());
        }
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                // Embedded features are selected one by one: scanning a package of the 15,000-entry fat jar is slow.
                .selectors(features != null ? List.of(selectDirectory(features.toFile()))
                        : featurePaths.stream().map(f -> selectClasspathResource("scopekit/features/" + f)).toList())
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameters(config)
                // The kit's run must not pick up junit-platform.properties of whatever is on the class path.
                .enableImplicitConfigurationParameters(false);
        if (shardFilter != null) {
            builder.filters(shardFilter);
        }
        return builder.build();
    }
}
