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
        subcommands = {ReportCommand.Merge.class, ReportCommand.Prune.class})
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Rebuilds one summary from shard report directories. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            header = "Merges shard report directories into one report with one summary.",
            description = {"Merges shard report directories (from verify --shard K/N) into one: the messages stream,",
                    "run descriptions and a conformance summary rebuilt from them.",
                    "Exit codes: 0 conformant, 1 non-conformant, 2 bad input (also --out equal to or inside an",
                    "input), 3 target unreachable, 5 the merged report could not be written, 6 not judged,",
                    "7 conformant only where assessed."})
    static final class Merge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "DIR",
                description = "shard report directories: a run directory, or a report root (its latest run)")
        List<Path> dirs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for the merged report")
        Path out;

        @Option(names = "--waivers", paramLabel = "FILE", description = "YAML waivers file")
        Path waiversFile;

        @Option(names = "--json", description = "print the merged summary JSON on stdout instead of the verdict line")
        boolean json;

        @Override
        public Integer call() {
            try {
                for (Path d : dirs) {
                    if (!Files.isDirectory(d)) {
                        throw new ReportInputException(d + ": not a directory");
                    }
                }
                // verify --report reports/shard-1 writes reports/shard-1/<run-id>/: the root stands for its latest run
                dirs = dirs.stream().map(Reports::runDirOf).toList();
                refuseOutAmongInputs();
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
                if (json) {
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    Reports.writeSummaryJson(summary, bytes);
                    spec.commandLine().getOut().println(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    spec.commandLine().getOut().println(ConformanceSummary.verdictText(summary.verdict()) + ": "
                            + summary.totals().scenarios() + " scenarios from " + dirs.size() + " directories; summary "
                            + out.resolve(Reports.SUMMARY_HTML));
                    summary.assessmentNotes().forEach(spec.commandLine().getOut()::println);
                }
                if (summary.targetUnreachable()) {
                    return ExitCode.UNREACHABLE;
                }
                return ExitCode.of(summary);
            } catch (ReportInputException e) {
                throw CliFailure.badInput(e.getMessage());
            } catch (IOException | java.io.UncheckedIOException e) {
                throw CliFailure.notWritten("cannot write " + out + ": " + Reports.excerpt(e.getMessage()));
            }
        }

        /**
         * Refuses an {@code --out} that is one of the directories merged or inside one: the merge would rewrite the
         * run it reads (its {@code run.json} and summary) or plant a report in it.
         */
        private void refuseOutAmongInputs() {
            Path target = resolved(out);
            for (Path d : dirs) {
                Path input = resolved(d);
                if (target.equals(input)) {
                    throw CliFailure.badInput("--out " + out + " is one of the directories merged (" + d
                            + "): the merge would rewrite it; choose a new directory");
                }
                if (target.startsWith(input)) {
                    throw CliFailure.badInput("--out " + out + " is inside " + d
                            + ", one of the directories merged; choose a directory outside it");
                }
            }
        }

        // The real path of the longest existing prefix, then the rest: symlinks such as latest resolve, new folders
        // need not exist.
        private static Path resolved(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            Path existing = abs;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return abs;
            }
            try {
                return existing.toRealPath().resolve(existing.relativize(abs));
            } catch (IOException e) {
                return abs;
            }
        }
    }

    /** Removes old runs of a report root. */
    @Command(name = "prune", mixinStandardHelpOptions = true,
            header = "Removes all but the newest N runs of a report root.",
            description = {"Removes all but the newest N runs of a report root (the run 'latest' points at is kept).",
                    "Exit codes: 0 ok, 2 bad input."})
    static final class Prune implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--keep", required = true, paramLabel = "N", description = "how many of the newest runs to keep")
        int keep;

        @Parameters(arity = "0..1", paramLabel = "ROOT", defaultValue = "reports",
                description = "report root (default: ${DEFAULT-VALUE})")
        Path root;

        @Override
        public Integer call() {
            if (keep < 0) {
                throw CliFailure.badInput("--keep " + keep + ": expected 0 or more");
            }
            if (!Files.isDirectory(root)) {
                throw CliFailure.badInput(root + ": not a directory");
            }
            try {
                List<Path> removed = Reports.prune(root, keep);
                spec.commandLine().getOut().println("removed " + removed.size()
                        + (removed.size() == 1 ? " run" : " runs") + " from " + root);
                return ExitCode.OK;
            } catch (IOException e) {
                throw CliFailure.badInput("cannot prune " + root + ": " + e.getMessage());
            }
        }
    }
}
