package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.report.Attestation;
import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.ReportInputException;
import io.scopekit.report.Reports;
import io.scopekit.report.RunSignature;
import io.scopekit.report.RunVerification;
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
@Command(name = "report", mixinStandardHelpOptions = true,
        subcommands = {ReportCommand.Merge.class, ReportCommand.Prune.class, ReportCommand.Verify.class,
                ReportCommand.Sign.class, ReportCommand.Keygen.class})
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Rebuilds one summary from shard report directories. */
    @Command(name = "merge", mixinStandardHelpOptions = true)
    static final class Merge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "DIR", descriptionKey = "dir")
        List<Path> dirs;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;

        @Option(names = "--waivers", paramLabel = "FILE")
        Path waiversFile;

        @Option(names = "--json")
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
                            + Plural.count(summary.totals().scenarios(), "scenario") + " from "
                            + Plural.count(dirs.size(), "directory", "directories") + "; summary "
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
    @Command(name = "prune", mixinStandardHelpOptions = true)
    static final class Prune implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--keep", required = true, paramLabel = "N")
        int keep;

        @Parameters(arity = "0..1", paramLabel = "ROOT", defaultValue = "reports", descriptionKey = "root")
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
                spec.commandLine().getOut().println("removed " + Plural.count(removed.size(), "run") + " from " + root);
                return ExitCode.OK;
            } catch (IOException e) {
                throw CliFailure.badInput("cannot prune " + root + ": " + e.getMessage());
            }
        }
    }

    /** Checks a run directory against itself, its manifest and optionally its signature. */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1", paramLabel = "DIR", descriptionKey = "dir")
        Path dir;

        @Option(names = "--key", paramLabel = "JWK")
        Path key;

        @Override
        public Integer call() {
            Path run = runDir(dir);
            try {
                RunVerification.Result result = RunVerification.verify(run, key);
                if (!result.verified()) {
                    result.findings().forEach(f -> spec.commandLine().getErr().println("scopekit report verify: " + f));
                    spec.commandLine().getOut().println("does not verify: " + Plural.count(result.findings().size(), "finding") + " in " + run);
                    return ExitCode.FINDINGS;
                }
                spec.commandLine().getOut().println("verified: " + Plural.count(result.checks(), "check record") + " agree with their "
                        + "values, " + Plural.count(result.files(), "file") + " with " + Attestation.MANIFEST + ", signature "
                        + result.signature() + "; " + run);
                return ExitCode.OK;
            } catch (ReportInputException e) {
                throw CliFailure.badInput(e.getMessage());
            } catch (IOException e) {
                throw CliFailure.badInput("cannot read " + run + ": " + e.getMessage());
            }
        }
    }

    /** Signs a verified run's manifest with the certifier's private key. */
    @Command(name = "sign", mixinStandardHelpOptions = true)
    static final class Sign implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1", paramLabel = "DIR", descriptionKey = "dir")
        Path dir;

        @Option(names = "--key", required = true, paramLabel = "JWK")
        Path key;

        @Override
        public Integer call() {
            Path run = runDir(dir);
            try {
                RunVerification.Result result = RunVerification.verify(run, null);
                if (!result.verified()) {
                    result.findings().forEach(f -> spec.commandLine().getErr().println("scopekit report sign: " + f));
                    spec.commandLine().getOut().println("not signed: " + run + " does not verify");
                    return ExitCode.FINDINGS;
                }
                String keyId = RunSignature.sign(run, key);
                spec.commandLine().getOut().println("signed " + run.resolve(Attestation.SIGNATURE) + " with key "
                        + keyId);
                return ExitCode.OK;
            } catch (ReportInputException e) {
                throw CliFailure.badInput(e.getMessage());
            } catch (IOException e) {
                throw CliFailure.badInput("cannot sign " + run + ": " + e.getMessage());
            }
        }
    }

    /** Makes a key pair for signing runs. */
    @Command(name = "keygen", mixinStandardHelpOptions = true)
    static final class Keygen implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() {
            try {
                RunSignature.KeyFiles files = RunSignature.keygen(out);
                spec.commandLine().getOut().println("private key " + files.privateKey() + " (keep it secret), public key "
                        + files.publicKey() + ", key id " + files.keyId());
                return ExitCode.OK;
            } catch (ReportInputException e) {
                throw CliFailure.badInput(e.getMessage());
            } catch (IOException e) {
                throw CliFailure.badInput("cannot write " + out + ": " + e.getMessage());
            }
        }
    }

    private static Path runDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw CliFailure.badInput(dir + ": not a directory");
        }
        return Reports.runDirOf(dir);
    }
}
