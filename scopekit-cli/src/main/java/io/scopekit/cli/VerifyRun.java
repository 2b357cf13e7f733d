package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.run.TargetProbe;
import io.scopekit.run.RunFingerprints;
import io.scopekit.run.KitVersion;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.scopekit.content.KitContent;
import io.scopekit.harness.FeatureRun;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import io.scopekit.harness.Timeouts;
import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.ReportInputException;
import io.scopekit.report.Reports;
import io.scopekit.report.RunInfo;
import io.scopekit.report.TerminalText;
import io.scopekit.report.ScopekitReportPlugin;
import io.scopekit.report.Waiver;
import io.scopekit.report.Waivers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import io.cucumber.tagexpressions.Expression;
import io.scopekit.domain.Domains;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.launcher.TestIdentifier;

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

    /** A run of {@code options}, printing to the streams its command line was given. */
    VerifyRun(VerifyCommand options) {
        this.options = options;
        this.out = options.spec.commandLine().getOut();
        this.err = options.spec.commandLine().getErr();
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
            // Before the run started (its directory, its first run.json): nothing ran, nothing to mark.
            throw CliFailure.notWritten("cannot write the reports: " + e.getMessage());
        }
    }

    private int run() throws IOException {
        for (var dir : Map.of("--specs", nz(options.specs.dir), "--rules", nz(options.rules.dir),
                "--features", nz(options.features.dir)).entrySet()) {
            if (!dir.getValue().toString().isEmpty() && !Files.isDirectory(dir.getValue())) {
                throw CliFailure.badInput(dir.getKey() + " " + dir.getValue() + ": not a directory");
            }
        }
        Timeouts timeouts = timeouts();
        Map<String, byte[]> specFiles = read(options.specs.dir, "platform-specs", ".yaml", ".yml");
        Map<String, byte[]> featureFiles = read(options.features.dir, "features", ".feature");
        Map<String, byte[]> ruleFiles = read(options.rules.dir, "rules", ".drl");
        List<String> known = RunFingerprints.platformIds(specFiles);
        checkPlatforms(known);
        String tagExpression = tagExpression(options.platforms);
        Progress progress = new Progress(err, Progress.stderrIsTerminal());
        Shard shard = null;
        if (options.shard != null) {
            try {
                shard = Shard.parse(options.shard);
            } catch (IllegalArgumentException e) {
                throw CliFailure.badInput(e.getMessage());
            }
        }
        // Every input is checked before anything runs, and every problem is reported at once.
        KitInputs inputs = new KitInputs();
        List<Waiver> waivers = List.of();
        if (options.waiversFile != null) {
            try {
                waivers = Waivers.load(options.waiversFile);
            } catch (ReportInputException e) {
                inputs.add(e);
            }
        }
        Path latest = options.report.root.resolve(Reports.LATEST);
        if (Files.isDirectory(latest, LinkOption.NOFOLLOW_LINKS)) {
            inputs.add(latest + ": is a directory, not the pointer to the newest run (remove it, or use another "
                    + "--report root)");
        }
        if (options.specs.dir != null && RunFingerprints.platformIds(specFiles).isEmpty()) {
            inputs.add(options.specs.dir + ": no spec files (expected *.yaml platform specs directly in this folder)");
        }
        if (options.features.dir != null && featureFiles.isEmpty()) {
            inputs.add(options.features.dir + ": no .feature files");
        }
        inputs.checkFeatures(featureFiles, options.features.dir);
        Instant started = options.clock.instant();
        String runId = Reports.newRunId(started);
        Path runDir = options.report.root.resolve(runId);

        RunSettings settings = new RunSettings(options.target.value, options.specs.dir, options.rules.dir, timeouts);
        RunResources resources = RunResources.shared(settings);
        FeatureRun featureRun = featureRun(settings, tagExpression, runDir, shard, featureFiles.keySet(), null);

        // Three independent start-up jobs share the two cores: the target and then the catalog and oracle are
        // built on a helper thread while Cucumber parses the features here.
        ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "scopekit-verify-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> prepared = helper.submit(resources::prepare);
            Future<RunInfo.TargetInfo> probe = helper.submit(() -> TargetProbe.probe(resources));
            long selected = -1;
            List<TestIdentifier> chosen = List.of();
            if (!inputs.hasProblems()) {
                chosen = VerifyControls.selected(featureRun.discover(),
                        tagExpression == null ? null : TagExpressionParser.parse(tagExpression));
                selected = chosen.size();
            }
            awaitInputs(prepared, inputs);
            if (inputs.hasProblems() && options.rules.dir != null) {
                // The oracle is built over the specs, so broken specs hide broken rules: compile the rules alone.
                try {
                    Domains.checkRules(options.rules.dir);
                } catch (RuntimeException e) {
                    inputs.addIfRules(e);
                }
            }
            inputs.throwIfAny();
            RunInfo.TargetInfo targetInfo = await(probe);
            CoverageSelection.Selection judged = CoverageSelection.select(resources.catalog(), known,
                    options.platforms, targetInfo, err);
            if (options.platforms.isEmpty() && !judged.platforms().equals(known) || judged.containers() != null) {
                // A target of fewer platforms (app kinds, containers) is run on those only: the others would all
                // fail, though it never claimed them. The features are discovered again under the narrower selection.
                if (options.platforms.isEmpty()) {
                    tagExpression = tagExpression(judged.platforms());
                }
                featureRun = featureRun(settings, tagExpression, runDir, shard, featureFiles.keySet(),
                        judged.containers() == null ? null
                                : CoverageSelection.containerFilter(judged.containers(), judged.ports()));
                chosen = VerifyControls.selected(featureRun.discover(),
                        tagExpression == null ? null : TagExpressionParser.parse(tagExpression));
                selected = chosen.size();
            }
            // --list shows what this target's run would run: after the narrowing by what the target declares.
            if (options.list && !chosen.isEmpty()) {
                VerifyControls.list(out, chosen);
                return ExitCode.OK;
            }
            if (selected == 0 && shard == null) {
                throw CliFailure.badInput("no scenario matched the selection (platforms, --tags, --features); "
                        + "nothing was run and no report was written");
            }

            Reports.removeStaleWrites(options.report.root, timeouts.run());
            Files.createDirectories(runDir);
            RunInfo info = new RunInfo(runId, KitVersion.current(), started.toString(), targetInfo,
                    tagExpression, shard == null ? null : shard.toString(),
                    options.waiversFile == null ? null : options.waiversFile.toString(),
                    fileHashes(specFiles, ruleFiles, featureFiles));
            Reports.writeRunInfo(runDir, info);
            RunGuard.running(runDir, info, progress);
            err.println("scopekit: run " + runId + " against " + TerminalText.of(targetInfo.name()) + " "
                    + TerminalText.of(targetInfo.version())
                    + (shard == null ? "" : " (shard " + shard + ")"));
            resources.startRun();
            progress.expect(selected);
            if (options.failFast) {
                CancellationToken token = CancellationToken.create();
                featureRun.execute(token, progress, VerifyControls.failFast(token));
            } else {
                featureRun.execute(progress);
            }
            return finish(runDir, info, runId, waivers, progress, shard, resources);
        } finally {
            RunGuard.ended();
            helper.shutdownNow();
            resources.close();
        }
    }

    private int finish(Path runDir, RunInfo info, String runId, List<Waiver> waivers, Progress progress, Shard shard,
            RunResources resources) throws IOException {
        Reports.removeUnfinishedWrites(runDir);
        IOException lost = Reports.takeWriteFailure(runDir);
        if (lost != null) {
            return notWritten(runDir, info, progress, "the Cucumber reports (" + ScopekitReportPlugin.MESSAGES + ", "
                    + ScopekitReportPlugin.CUCUMBER_HTML + ", " + ScopekitReportPlugin.JUNIT_XML + ")", lost);
        }
        Path rerun;
        ConformanceSummary summary;
        try {
            if (!Files.exists(runDir.resolve(ScopekitReportPlugin.MESSAGES)) && progress.done() == 0) {
                // Cucumber emits no messages when nothing is selected; an empty stream keeps summary and merge
                // uniform.
                Files.createFile(runDir.resolve(ScopekitReportPlugin.MESSAGES));
            }
            try {
                summary = Reports.summarise(List.of(runDir), waivers,
                        options.waiversFile == null ? null : options.waiversFile.toString(), runId,
                        LocalDate.ofInstant(options.clock.instant(), ZoneOffset.UTC));
            } catch (ReportInputException e) {
                return notWritten(runDir, info, progress, ScopekitReportPlugin.MESSAGES, new IOException(
                        "the run wrote no usable messages stream: " + e.getMessage(), e));
            }
            if (summary.totals().scenarios() != progress.done()) {
                // A summary of fewer (or more) scenarios than ran would be a verdict on some other run.
                return notWritten(runDir, info, progress, ScopekitReportPlugin.MESSAGES, new IOException(
                        "the messages stream holds " + summary.totals().scenarios() + " scenarios but "
                                + progress.done() + " ran"));
            }
            if (progress.kitDefect() != null) {
                // The rules, not the target, are broken: no verdict on the target, and latest stays where it was.
                Reports.writeRunInfo(runDir, info.ended(RunInfo.COMPLETE, summary.totals().scenarios()));
                Reports.writeSummary(summary, runDir);
                err.println("scopekit verify: " + progress.kitDefect());
                err.println("scopekit verify: the run's reports are in " + runDir + "; " + Reports.LATEST
                        + " not moved");
                return ExitCode.BAD_INPUT;
            }
            // run.json complete first, because the summary's certificate and attestation.json hold its hash; then
            // the summary, latest last. Whatever fails, notWritten marks run.json failed and removes the summary, so
            // nothing claims a verdict.
            Reports.writeRunInfo(runDir, info.ended(RunInfo.COMPLETE, summary.totals().scenarios()));
            Reports.writeSummary(summary, runDir);
            rerun = VerifyControls.writeRerun(runDir, summary);
            Reports.pointLatest(options.report.root, runId);
        } catch (IOException | UncheckedIOException e) {
            return notWritten(runDir, info, progress, "the reports", e instanceof UncheckedIOException u
                    ? u.getCause() : (IOException) e);
        }
        if (options.json) {
            java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
            Reports.writeSummaryJson(summary, json);
            out.println(json.toString(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } else {
            VerifyPrinter.print(out, summary, runDir);
            VerifyPrinter.printFailures(out, summary, runDir);
            if (rerun != null) {
                out.println("rerun the failed scenarios: scopekit verify --rerun " + rerun);
                out.flush();
            }
        }

        if (summary.targetUnreachable() || progress.unreachable() != null) {
            err.println("scopekit verify: target unreachable"
                    + (progress.unreachable() == null ? "" : ": " + progress.unreachable()));
            return ExitCode.UNREACHABLE;
        }
        io.scopekit.target.Reachability.Tally calls = resources.targetCallsSinceStart();
        if (calls.lost()) {
            // It answered the probe and then died: its failures say nothing about its behaviour.
            err.println("scopekit verify: target unreachable: all " + Plural.count(calls.calls(), "call") + " after the start-up "
                    + "probe failed to connect (the target stopped answering)");
            return ExitCode.UNREACHABLE;
        }
        return ExitCode.of(summary);
    }

    /**
     * Ends a run whose reports could not be written: no verdict is printed, the files that carry one (summaries,
     * badge, rerun list) are removed, {@code run.json} says failed (when it can still be written) and latest is not
     * moved.
     */
    private int notWritten(Path runDir, RunInfo info, Progress progress, String what, IOException cause) {
        Reports.removeVerdict(runDir);
        String marked;
        try {
            Reports.removeUnfinishedWrites(runDir);
            Reports.writeRunInfo(runDir, info.ended(RunInfo.FAILED, progress.done()));
            marked = "the run is marked failed";
        } catch (IOException | UncheckedIOException e) {
            marked = "the run could not even be marked failed (" + e.getMessage() + "); its " + Reports.RUN_JSON
                    + " does not say complete";
        }
        err.println("scopekit verify: cannot write the reports in " + runDir + ": " + what + ": "
                + describe(cause));
        err.println("scopekit verify: no verdict; " + marked + ", " + Reports.LATEST + " not moved (exit "
                + ExitCode.REPORT_NOT_WRITTEN + ")");
        err.flush();
        return ExitCode.REPORT_NOT_WRITTEN;
    }

    // "File too large" alone does not say which file: Java's FileSystemException messages do, plain IOExceptions not.
    private static String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.nio.file.FileSystemException ? message : message
                + (e.getCause() == null || e.getCause().getMessage() == null ? "" : " (" + e.getCause().getMessage()
                + ")");
    }

    private FeatureRun featureRun(RunSettings settings, String tagExpression, Path runDir, Shard shard,
            java.util.Set<String> embedded, org.junit.platform.launcher.@Nullable PostDiscoveryFilter coverage) {
        FeatureRun.Builder features = FeatureRun.with(settings)
                .glue(options.glue)
                .tags(tagExpression)
                .plugin(ScopekitReportPlugin.class.getName() + ":" + runDir.toAbsolutePath())
                .threads(THREADS);
        if (options.rerun != null) {
            VerifyControls.readRerun(options.rerun).forEach(l -> features.scenarioAt(l.uri(), l.line()));
        } else if (options.features.dir != null) {
            features.featuresIn(options.features.dir);
        } else {
            features.embeddedFeatures(embedded);
        }
        if (shard != null) {
            features.filter(shard);
        }
        if (options.name != null) {
            features.filter(VerifyControls.nameFilter(options.name));
        }
        if (coverage != null) {
            features.filter(coverage);
        }
        return features.build();
    }

    private Timeouts timeouts() {
        try {
            return new Timeouts(Timeouts.parse(options.timeouts.step), Timeouts.parse(options.timeouts.scenario),
                    Timeouts.parse(options.timeouts.run), Timeouts.parse(options.timeouts.target));
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput("timeout " + e.getMessage());
        }
    }

    private static Map<String, byte[]> read(Path dir, String folder, String... suffixes) {
        try {
            return KitContent.read(dir, folder, suffixes);
        } catch (UncheckedIOException e) {
            throw CliFailure.badInput(e.getMessage());
        }
    }

    private static void awaitInputs(Future<?> prepared, KitInputs inputs) {
        try {
            prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.badInput("interrupted while loading specs and rules");
        } catch (ExecutionException e) {
            inputs.add(e.getCause());
        }
    }

    private RunInfo.TargetInfo await(Future<RunInfo.TargetInfo> probe) {
        try {
            return probe.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.badInput("interrupted while starting the target");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TargetProbe.Failure f) {
                throw f.unreachable() ? CliFailure.unreachable(f.getMessage()) : CliFailure.badInput(f.getMessage());
            }
            if (e.getCause() instanceof CliFailure f) {
                throw f;
            }
            throw CliFailure.badInput("--target " + options.target.value + " failed to start: " + e.getCause());
        }
    }

    private static Path nz(Path p) {
        return p == null ? Path.of("") : p;
    }

    private static List<RunInfo.FileHash> fileHashes(Map<String, byte[]> specFiles, Map<String, byte[]> ruleFiles,
            Map<String, byte[]> featureFiles) {
        List<RunInfo.FileHash> hashes = new ArrayList<>(RunFingerprints.hashes("spec", specFiles));
        hashes.addAll(RunFingerprints.hashes("rule", ruleFiles));
        hashes.addAll(RunFingerprints.hashes("feature", featureFiles));
        return hashes;
    }

    private void checkPlatforms(List<String> known) {
        for (String p : options.platforms) {
            if (!known.contains(p)) {
                throw CliFailure.badInput("unknown platform '" + p + "' (expected one of: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    private String tagExpression(List<String> platforms) {
        String expr = null;
        if (!platforms.isEmpty()) {
            expr = "(" + String.join(" or ", platforms.stream().distinct().map(p -> "@platform-" + p)
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
