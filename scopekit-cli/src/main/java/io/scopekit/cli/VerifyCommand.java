package io.scopekit.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Declares the options of {@code verify}; {@link VerifyRun} runs it and {@link VerifyPrinter} prints the result. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        // the one line the command list shows (it shows only the first line of a description)
        header = "Runs the conformance scenarios against a target and writes reports with a certificate.",
        // One element per paragraph: picocli wraps each to the terminal's width, so no line breaks are written here.
        description = {"Runs the conformance scenarios against a target and writes JUnit XML, Cucumber messages/HTML "
                + "and a conformance summary with certificate to REPORT/<run-id>/ (and REPORT/latest). A target that "
                + "declares its platforms is run on those only.",
                "Exit codes: 0 conformant (every selected platform assessed), 1 non-conformant, 2 bad input (or a "
                + "kit defect), 3 target unreachable, 4 the run did not finish (something ended the JVM), 5 a report "
                + "could not be written (no verdict), 6 not judged (the target left every check of a platform "
                + "unsupported), 7 conformant only where assessed (a platform has nothing the kit can judge yet), "
                + "130 interrupted (SIGINT/SIGTERM)."},
        // --classpath is the launcher's (it builds the JVM's class path), so picocli never sees it as an option.
        footer = {"", "A class:FQN target loads from your build output: give it to the launcher, ./scopekit verify "
                + "--classpath target/classes --target class:com.acme.AcmeTarget (--classpath PATH: directories or "
                + "jars separated by ':', or SCOPEKIT_CLASSPATH; a missing entry is warned about)."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOption target;

    @Option(names = "--platform", paramLabel = "P",
            description = "platform spec id to run (repeatable); default: every platform")
    List<String> platforms = new ArrayList<>();

    @Option(names = "--tags", paramLabel = "EXPR", description = "Cucumber tag expression, e.g. '@req-FG-DENIED-CALL'")
    String tags;

    @Mixin
    ReportRootOption report;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only shard K of N (stable split by scenario)")
    String shard;

    @Option(names = "--waivers", paramLabel = "FILE", description = "YAML waivers file")
    Path waiversFile;

    @Mixin
    SpecsDirOption specs;

    @Mixin
    RulesDirOption rules;

    @Mixin
    FeaturesDirOption features;

    @Mixin
    TimeoutOptions timeouts;

    // Run controls (issue 13): what users of Cucumber and JUnit expect; VerifyControls carries them out.
    @Option(names = "--list", description = "print the scenarios the selection would run (requirement id, platform, "
            + "name, feature:line) and exit without running; no report is written")
    boolean list;

    @Option(names = "--name", paramLabel = "REGEX", description = "run only scenarios whose name matches REGEX")
    String name;

    @Option(names = "--fail-fast", description = "stop at the first failed scenario; the rest are skipped")
    boolean failFast;

    @Option(names = "--rerun", paramLabel = "FILE", description = "run only the scenarios listed in FILE "
            + "(feature:line per line; a failing run writes REPORT/<run-id>/rerun.txt)")
    Path rerun;

    @Option(names = "--json", description = "print the summary JSON (as summary.json) on stdout instead of the "
            + "verdict lines")
    boolean json;

    // Lets the kit's own tests run fixture glue through the real command.
    @Option(names = "--glue", hidden = true, defaultValue = io.scopekit.harness.FeatureRun.KIT_GLUE)
    String glue;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        return new VerifyRun(this, spec.commandLine().getOut(), spec.commandLine().getErr()).execute();
    }
}
