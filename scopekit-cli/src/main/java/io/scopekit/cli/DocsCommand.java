package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.content.KitContent;
import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.ReportInputException;
import io.scopekit.report.Reports;
import io.scopekit.report.ScenarioResult;
import io.scopekit.site.DocsSite;
import io.scopekit.spec.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the documentation site ({@code scopekit docs}): specs, rules, features and optionally a run's results. */
@Command(name = "docs", mixinStandardHelpOptions = true)
final class DocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SpecsDirOption specs;

    @Option(names = "--report", paramLabel = "RUN_DIR")
    Path report;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Mixin
    FeaturesDirOption features;

    @Mixin
    RulesDirOption rules;

    @Option(names = "--certifications", paramLabel = "DIR")
    Path certifications;

    @Override
    public Integer call() {
        Path runDir = report == null ? null : runDirectory(report);
        Path target = out != null ? out : runDir != null ? runDir.resolve(Reports.SITE_DIR) : Path.of(Reports.SITE_DIR);
        ConformanceSummary summary = null;
        List<ScenarioResult> scenarios = List.of();
        try {
            if (runDir != null) {
                Path summaryFile = runDir.resolve(Reports.SUMMARY_JSON);
                if (!Files.isRegularFile(summaryFile)) {
                    throw CliFailure.badInput(runDir + ": no " + Reports.SUMMARY_JSON
                            + " (expected a report directory written by 'scopekit verify')");
                }
                summary = Reports.readSummary(summaryFile);
                scenarios = Reports.readScenarios(runDir);
            }
            var inputs = new DocsSite.Inputs(specs.load(), KitContent.read(rules.dir, "rules", ".drl"),
                    KitContent.read(features.dir, "features", ".feature"), summary, scenarios, certificationsDir());
            long start = System.nanoTime();
            DocsSite.Written written = DocsSite.write(inputs, target);
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().println("docs: " + Plural.count(written.pages(), "page") + ", " + written.bytes() / 1024
                    + " KiB in " + millis + " ms: " + written.index());
            return ExitCode.OK;
        } catch (SpecException | ReportInputException e) {
            throw CliFailure.badInput(e.getMessage());
        } catch (IOException e) {
            throw CliFailure.badInput("cannot read or write the site (" + target + "): " + e.getMessage());
        }
    }

    /** --certifications, else the kit's own certifications/ when it has one (a jar moved elsewhere has none). */
    private java.nio.file.@org.jspecify.annotations.Nullable Path certificationsDir() {
        if (certifications != null) {
            return certifications;
        }
        Path own = NodeHostProcess.kitHome().resolve("certifications");
        return Files.isDirectory(own) ? own : null;
    }

    // reports/latest is a symlink, or where links are not possible a file naming the run.
    private static Path runDirectory(Path report) {
        if (Files.isDirectory(report)) {
            return report;
        }
        if (Files.isRegularFile(report)) {
            try {
                String runId = Files.readString(report, StandardCharsets.UTF_8).trim();
                Path dir = report.resolveSibling(runId);
                if (!runId.isEmpty() && Files.isDirectory(dir)) {
                    return dir;
                }
            } catch (IOException e) {
                throw CliFailure.badInput(report + ": cannot read (" + e.getMessage() + ")");
            }
        }
        throw CliFailure.badInput(report + ": not a report directory (expected a directory written by 'scopekit verify')");
    }
}
