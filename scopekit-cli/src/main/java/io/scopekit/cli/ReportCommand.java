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
        description = "Merges, prunes, verifies and signs run reports.",
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
    @Command(name = "merge", mixinStandardHelpOptions = true,
            header = "Merges shard report directories into one report with one summary.",
            description = {"Merges shard report directories (from verify --shard K/N) into one: the messages stream, "
                    + "run descriptions and a conformance summary rebuilt from them. Every check record's status is "
                    + "derived again from its own values first; a shard that does not agree is refused (exit 2).",
                    "Exit codes: 0 conformant, 1 non-conformant, 2 bad input (also --out equal to or inside an input, "
                    + "or a shard that does not verify), 3 target unreachable, 5 the merged report could not be "
                    + "written, 6 not judged, 7 conformant only where assessed."})
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
                spec.commandLine().getOut().println("removed " + Plural.count(removed.size(), "run") + " from " + root);
                return ExitCode.OK;
            } catch (IOException e) {
                throw CliFailure.badInput("cannot prune " + root + ": " + e.getMessage());
            }
        }
    }

    /** Checks a run directory against itself, its manifest and optionally its signature. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            header = "Checks that a run's results are what its files say (docs/reports.md, Verifying a run).",
            description = {"Derives every check record's status again from its own expected, stated and observed "
                    + "values under its recorded strictness, rebuilds the summary's counts and verdict from the "
                    + "messages stream, checks the SHA-256 of every file listed in attestation.json and of the "
                    + "certificate, and with --key the signature attestation.jws over the manifest.",
                    "Exit codes: 0 verified, 1 does not verify (each finding names the file, line and what differs), "
                    + "2 bad input (not a run directory, a key that cannot be read)."})
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1", paramLabel = "DIR", description = "a run directory, or a report root (its latest run)")
        Path dir;

        @Option(names = "--key", paramLabel = "JWK",
                description = "the certifier's public key (EC P-256 JWK); the run must carry a valid signature")
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
    @Command(name = "sign", mixinStandardHelpOptions = true,
            header = "Signs a run's attestation.json with a private key (detached JWS, ES256).",
            description = {"Verifies the run first (as 'report verify' does) and refuses to sign one that does not "
                    + "verify; then writes attestation.jws, a detached JWS over attestation.json.",
                    "Exit codes: 0 signed, 1 the run does not verify (not signed), 2 bad input."})
    static final class Sign implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1", paramLabel = "DIR", description = "a run directory, or a report root (its latest run)")
        Path dir;

        @Option(names = "--key", required = true, paramLabel = "JWK",
                description = "the private key (EC P-256 JWK, as 'report keygen' writes)")
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
    @Command(name = "keygen", mixinStandardHelpOptions = true,
            header = "Writes a new EC P-256 key pair for 'report sign' (private) and 'report verify --key' (public).",
            description = {"Writes the private JWK to --out (owner read/write only) and the public JWK beside it "
                    + "(key.jwk -> key.pub.jwk). Existing files are never overwritten.",
                    "Exit codes: 0 written, 2 bad input (a file already exists)."})
    static final class Keygen implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the private key's file")
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
