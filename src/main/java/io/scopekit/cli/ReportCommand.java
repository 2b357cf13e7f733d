package io.scopekit.cli;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.ReportInputException;
import io.scopekit.report.Reports;
import io.scopekit.report.Waiver;
import io.scopekit.report.Waivers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Groups the report commands. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Work with run reports.",
        subcommands = ReportCommand.Merge.class)
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Rebuilds one summary from shard report directories. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Merges shard report directories (from verify --shard K/N) into one: the messages stream,",
                    "run descriptions and a conformance summary rebuilt from them.",
                    "Exit codes: 0 conformant, 1 non-conformant, 2 bad input, 3 target unreachable."})
    static final class Merge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard report directories")
        List<Path> dirs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for the merged report")
        Path out;

        @Option(names = "--waivers", paramLabel = "FILE", description = "YAML waivers file")
        Path waiversFile;

        @Override
        public Integer call() {
            try {
                for (Path d : dirs) {
                    if (!Files.isDirectory(d)) {
                        throw new ReportInputException(d + ": not a directory");
                    }
                }
                if (dirs.stream().allMatch(io.scopekit.explore.ExploreReport::isExploreRun)) {
                    // Shards of `explore --shard K/N` (issue 14): counts summed, coverage united.
                    io.scopekit.explore.ExploreReport.Merged merged;
                    try {
                        merged = io.scopekit.explore.ExploreReport.merge(dirs, out);
                    } catch (IllegalArgumentException e) {
                        throw new ReportInputException(e.getMessage());
                    }
                    merged.lines().forEach(spec.commandLine().getOut()::println);
                    return merged.divergence() ? ExitCode.FINDINGS : ExitCode.OK;
                }
                List<Waiver> waivers = waiversFile == null ? List.of() : Waivers.load(waiversFile);
                Clock clock = Clock.systemUTC();
                String runId = "merged-" + Reports.newRunId(clock.instant());
                ConformanceSummary summary = Reports.merge(dirs, out, waivers,
                        waiversFile == null ? null : waiversFile.toString(), runId,
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
                spec.commandLine().getOut().println(summary.verdict() + ": " + summary.totals().scenarios()
                        + " scenarios from " + dirs.size() + " directories; summary " + out.resolve(Reports.SUMMARY_HTML));
                if (summary.targetUnreachable()) {
                    return ExitCode.UNREACHABLE;
                }
                return summary.conformant() ? ExitCode.OK : ExitCode.FINDINGS;
            } catch (ReportInputException e) {
                throw CliFailure.badInput(e.getMessage());
            } catch (IOException e) {
                throw CliFailure.badInput("cannot write " + out + ": " + e.getMessage());
            }
        }
    }
}
