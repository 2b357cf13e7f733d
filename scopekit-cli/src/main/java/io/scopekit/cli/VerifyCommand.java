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
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOption target;

    @Option(names = "--platform", paramLabel = "P")
    List<String> platforms = new ArrayList<>();

    @Option(names = "--tags", paramLabel = "EXPR")
    String tags;

    @Mixin
    ReportRootOption report;

    @Option(names = "--shard", paramLabel = "K/N")
    String shard;

    @Option(names = "--waivers", paramLabel = "FILE")
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
    @Option(names = "--list")
    boolean list;

    @Option(names = "--name", paramLabel = "REGEX")
    String name;

    @Option(names = "--fail-fast")
    boolean failFast;

    @Option(names = "--rerun", paramLabel = "FILE")
    Path rerun;

    @Option(names = "--json")
    boolean json;

    // Lets the kit's own tests run fixture glue through the real command.
    @Option(names = "--glue", hidden = true, defaultValue = io.scopekit.harness.FeatureRun.KIT_GLUE)
    String glue;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        return new VerifyRun(this).execute();
    }
}
