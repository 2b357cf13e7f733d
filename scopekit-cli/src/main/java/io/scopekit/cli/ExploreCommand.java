package io.scopekit.cli;

import io.scopekit.explore.ExploreReport;
import io.scopekit.explore.Explorer;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import io.scopekit.harness.Timeouts;
import io.scopekit.report.Redactor;
import io.scopekit.report.Reports;
import io.scopekit.target.TargetUnreachableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs generated action sequences against a target and the oracle in lockstep (issue 14); at the first divergence,
 * writes a shrunk counterexample that {@code verify --features} replays.
 */
@Command(name = "explore", mixinStandardHelpOptions = true)
final class ExploreCommand implements Callable<Integer> {
    @Mixin
    TargetOption target;

    @Option(names = "--platform", paramLabel = "P")
    List<String> platforms = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S")
    Long seed;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000")
    long runs;

    @Option(names = "--max-steps", paramLabel = "K", defaultValue = "10")
    int maxSteps;

    @Option(names = "--shard", paramLabel = "K/N")
    String shard;

    @Option(names = "--time-budget", paramLabel = "DURATION")
    String timeBudget;

    @Mixin
    ReportRootOption report;

    @Mixin
    SpecsDirOption specs;

    @Mixin
    RulesDirOption rules;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec command;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        int[] k = {1, 1};
        if (shard != null) {
            String[] parts = shard.split("/", -1);
            try {
                k[0] = Integer.parseInt(parts[0]);
                k[1] = Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                throw CliFailure.badInput("--shard " + shard + ": expected K/N, e.g. 1/4");
            }
        }
        Duration budget = null;
        if (timeBudget != null) {
            try {
                budget = Timeouts.parse(timeBudget);
            } catch (IllegalArgumentException e) {
                throw CliFailure.badInput("--time-budget " + timeBudget + ": " + e.getMessage());
            }
        }
        long s = seed != null ? seed : clock.millis();
        Explorer.Options options;
        try {
            options = new Explorer.Options(platforms, s, runs, maxSteps, k[0], k[1], budget);
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        String runId = Reports.newRunId(clock.instant());
        Path runDir = report.root.resolve(runId);
        err.println("scopekit: explore run " + runId + " against " + target.value + ", seed " + s
                + (shard == null ? "" : ", shard " + shard));
        err.flush();
        Explorer.Summary summary;
        try (RunResources resources = RunResources.open(new RunSettings(target.value, specs.dir, rules.dir))) {
            resources.startRun();
            try {
                Explorer.probe(resources);
            } catch (TargetUnreachableException e) {
                throw CliFailure.unreachable("target " + target.value + " is unreachable: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw CliFailure.badInput(e.getMessage());
            }
            try {
                summary = Explorer.explore(resources, options, line -> {
                    err.println(line);
                    err.flush();
                });
            } catch (IllegalArgumentException e) {
                throw CliFailure.badInput(e.getMessage());
            } catch (TargetUnreachableException e) {
                throw CliFailure.unreachable("target " + target.value + " is unreachable: " + e.getMessage());
            }
        }
        try {
            ExploreReport.write(runDir, runId, target.value, summary);
        } catch (IOException e) {
            throw CliFailure.badInput("cannot write reports: " + e.getMessage());
        }
        for (String line : ExploreReport.lines(summary)) {
            out.println(Redactor.redact(line));
        }
        if (summary.finding() != null) {
            out.println("counterexample: " + runDir.resolve(ExploreReport.COUNTEREXAMPLES)
                    .resolve(ExploreReport.fileName(summary)));
            out.println("replay: ./scopekit verify --target " + target.value + " --features "
                    + runDir.resolve(ExploreReport.COUNTEREXAMPLES));
            out.println("seed: " + s);
            return ExitCode.FINDINGS;
        }
        out.println("seed: " + s);
        return ExitCode.OK;
    }
}
