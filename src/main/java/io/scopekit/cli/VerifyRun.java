package io.scopekit.cli;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.scopekit.content.KitContent;
import io.scopekit.harness.FeatureRun;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.ReportInputException;
import io.scopekit.report.Reports;
import io.scopekit.report.RunInfo;
import io.scopekit.report.ScopekitReportPlugin;
import io.scopekit.report.Waiver;
import io.scopekit.report.Waivers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs {@code verify}: checks the inputs, runs the features through the run engine ({@link FeatureRun}), writes
 * the reports and decides the exit code.
 */
final class VerifyRun {
    /** Scenarios run on this many threads; each keeps its own conversation and oracle session. */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final VerifyCommand options;
    private final PrintWriter out;
    private final PrintWriter err;

    VerifyRun(VerifyCommand options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs and returns the exit code.
     *
     * @throws CliFailure for bad input or an unreachable target found before the scenarios run
     */
    int execute() {
        try {
            return run();
        } catch (IOException | UncheckedIOException e) {
            throw CliFailure.badInput("cannot write reports: " + e.getMessage());
        }
    }

    private int run() throws IOException {
        for (var dir : Map.of("--specs", nz(options.specs), "--rules", nz(options.rules),
                "--features", nz(options.features)).entrySet()) {
            if (!dir.getValue().toString().isEmpty() && !Files.isDirectory(dir.getValue())) {
                throw CliFailure.badInput(dir.getKey() + " " + dir.getValue() + ": not a directory");
            }
        }
        Map<String, byte[]> specFiles = KitContent.read(options.specs, "platform-specs", ".yaml", ".yml");
        Map<String, byte[]> featureFiles = KitContent.read(options.features, "features", ".feature");
        String tagExpression = tagExpression(RunFingerprints.platformIds(specFiles));
        Progress progress = new Progress(err, System.console() != null);
        Shard shard = null;
        if (options.shard != null) {
            try {
                shard = Shard.parse(options.shard);
            } catch (IllegalArgumentException e) {
                throw CliFailure.badInput(e.getMessage());
            }
        }
        List<Waiver> waivers = List.of();
        if (options.waiversFile != null) {
            try {
                waivers = Waivers.load(options.waiversFile);
            } catch (ReportInputException e) {
                throw CliFailure.badInput(e.getMessage());
            }
        }
        Instant started = options.clock.instant();
        String runId = Reports.newRunId(started);
        Path runDir = options.reportRoot.resolve(runId);

        RunSettings settings = new RunSettings(options.target, options.specs, options.rules);
        RunResources resources = RunResources.shared(settings);
        FeatureRun.Builder features = FeatureRun.with(settings)
                .glue(options.glue)
                .tags(tagExpression)
                .plugin(ScopekitReportPlugin.class.getName() + ":" + runDir.toAbsolutePath())
                .threads(THREADS);
        if (options.features != null) {
            features.featuresIn(options.features);
        } else {
            features.embeddedFeatures(featureFiles.keySet());
        }
        if (shard != null) {
            features.filter(shard);
        }
        FeatureRun featureRun = features.build();

        // Three independent start-up jobs share the two cores: the target and then the catalog and oracle are
        // built on a helper thread while Cucumber parses the features here.
        ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "scopekit-verify-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<RunInfo.TargetInfo> probe = helper.submit(() -> TargetProbe.probe(resources));
            if (FeatureRun.KIT_GLUE.equals(options.glue)) {
                helper.submit(() -> prepare(resources));
            }
            featureRun.discover();
            RunInfo.TargetInfo targetInfo = await(probe);

            Files.createDirectories(runDir);
            Reports.writeRunInfo(runDir, new RunInfo(runId, KitVersion.current(), started.toString(), targetInfo,
                    tagExpression, shard == null ? null : shard.toString(),
                    options.waiversFile == null ? null : options.waiversFile.toString(),
                    fileHashes(specFiles, featureFiles)));
            err.println("scopekit: run " + runId + " against " + targetInfo.name() + " " + targetInfo.version()
                    + (shard == null ? "" : " (shard " + shard + ")"));
            featureRun.execute(progress);
        } finally {
            helper.shutdownNow();
            resources.close();
        }
        Reports.removeUnfinishedWrites(runDir);
        if (!Files.exists(runDir.resolve(ScopekitReportPlugin.MESSAGES)) && progress.done() == 0) {
            // Cucumber emits no messages when nothing is selected; an empty stream keeps summary and merge uniform.
            Files.createFile(runDir.resolve(ScopekitReportPlugin.MESSAGES));
        }

        ConformanceSummary summary;
        try {
            summary = Reports.summarise(List.of(runDir), waivers,
                    options.waiversFile == null ? null : options.waiversFile.toString(), runId,
                    LocalDate.ofInstant(options.clock.instant(), ZoneOffset.UTC));
        } catch (ReportInputException e) {
            throw CliFailure.badInput("the run wrote no usable messages stream: " + e.getMessage());
        }
        Reports.writeSummary(summary, runDir);
        Reports.pointLatest(options.reportRoot, runId);
        VerifyPrinter.print(out, summary, runDir);

        var totals = summary.totals();
        if (summary.targetUnreachable() || progress.unreachable() != null) {
            err.println("scopekit verify: target unreachable"
                    + (progress.unreachable() == null ? "" : ": " + progress.unreachable()));
            return ExitCode.UNREACHABLE;
        }
        if (totals.scenarios() == 0 && shard == null) {
            err.println("scopekit verify: no scenario matched the selection (platforms, --tags, --features)");
            return ExitCode.BAD_INPUT;
        }
        return summary.conformant() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private RunInfo.TargetInfo await(Future<RunInfo.TargetInfo> probe) {
        try {
            return probe.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.badInput("interrupted while starting the target");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CliFailure f) {
                throw f;
            }
            throw CliFailure.badInput("--target " + options.target + " failed to start: " + e.getCause());
        }
    }

    // A failure here is not reported: the first scenario meets the same failure and reports it with its message.
    private static void prepare(RunResources resources) {
        try {
            resources.prepare();
        } catch (RuntimeException | LinkageError e) {
            // see above
        }
    }

    private static Path nz(Path p) {
        return p == null ? Path.of("") : p;
    }

    private List<RunInfo.FileHash> fileHashes(Map<String, byte[]> specFiles, Map<String, byte[]> featureFiles) {
        List<RunInfo.FileHash> hashes = new ArrayList<>(RunFingerprints.hashes("spec", specFiles));
        hashes.addAll(RunFingerprints.hashes("rule", KitContent.read(options.rules, "rules", ".drl")));
        hashes.addAll(RunFingerprints.hashes("feature", featureFiles));
        return hashes;
    }

    private String tagExpression(List<String> known) {
        for (String p : options.platforms) {
            if (!known.contains(p)) {
                throw CliFailure.badInput("unknown platform '" + p + "' (expected one of: "
                        + String.join(", ", known) + ")");
            }
        }
        String expr = null;
        if (!options.platforms.isEmpty()) {
            expr = "(" + String.join(" or ", options.platforms.stream().distinct().map(p -> "@platform-" + p)
                    .toList()) + ")";
        }
        String tags = options.tags;
        if (tags != null && !tags.isBlank()) {
            try {
                TagExpressionParser.parse(tags);
            } catch (TagExpressionException e) {
                throw CliFailure.badInput("--tags '" + tags + "': " + e.getMessage());
            }
            expr = expr == null ? "(" + tags + ")" : expr + " and (" + tags + ")";
        }
        return expr;
    }
}
