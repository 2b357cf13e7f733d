package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.Situations;
import io.scopekit.report.ReportInputException;
import io.scopekit.report.Waivers;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Coverage-guided fuzzing (Jazzer) of the parsers that read what users hand the kit: spec files, waivers files,
 * feature files and {@code explain}'s arguments. Each may only end in its documented error (bad input, exit 2);
 * anything else thrown is a finding. The normal build replays the checked-in corpus
 * ({@code scopekit-cli/src/test/resources/io/scopekit/cli/KitParsersFuzzTestInputs/}); {@code mvn -Pfuzz test
 * -Dtest='KitParsersFuzzTest#specLoader'} fuzzes one target for five minutes.
 */
@Isolated("Jazzer installs its agent and sanitizer hooks for the whole JVM while it replays the corpus")
class KitParsersFuzzTest {
    private static final Path DIR = tempDir();
    private static ConsentOracle oracle;
    private static SpecCatalog catalog;

    @FuzzTest(maxDuration = "5m")
    void specLoader(byte[] input) throws IOException {
        Path specs = Files.createDirectories(DIR.resolve("specs"));
        Files.write(specs.resolve("fuzzed.yaml"), input);
        try {
            SpecCatalog.load(specs);
        } catch (SpecException e) {
            then(e.problems()).isNotEmpty();
        }
    }

    @FuzzTest(maxDuration = "5m")
    void waiversLoader(byte[] input) throws IOException {
        Path file = DIR.resolve("waivers.yaml");
        Files.write(file, input);
        try {
            Waivers.load(file);
        } catch (ReportInputException e) {
            then(e.getMessage()).startsWith(file.toString());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void featureLoader(byte[] input) {
        KitInputs inputs = new KitInputs();
        inputs.checkFeatures(Map.of("fuzzed.feature", input), null);
        try {
            inputs.throwIfAny();
        } catch (CliFailure e) {
            then(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void explainArguments(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        while (data.remainingBytes() > 0 && args.size() < 24) {
            args.add(data.consumeString(40));
        }
        ExplainCommand explain = new ExplainCommand();
        // as Main configures it: no @argument files
        CommandLine command = new CommandLine(explain).setExpandAtFiles(false);
        try {
            command.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            return; // picocli's usage error: exit 2
        }
        // the domain options are declared from the domains' descriptions, so they are read by name, as a domain does
        Situations.Question question = new Situations.Question(explain.platform, word(command, "--container"),
                word(command, "--app-kind"), word(command, "--client-version"), word(command, "--scope"),
                word(command, "--state"), word(command, "--action"), word(command, "--api"),
                word(command, "--answer"), word(command, "--os-answer"), word(command, "--toggle"));
        try {
            oracle().decide(Situations.on(catalog).situation(question));
        } catch (IllegalArgumentException e) {
            then(e.getMessage()).isNotBlank(); // exit 2 naming what was expected
        }
    }

    private static String word(CommandLine command, String option) {
        return command.getCommandSpec().findOption(option).getValue();
    }

    private static synchronized ConsentOracle oracle() {
        if (oracle == null) {
            catalog = SpecCatalog.loadEmbedded();
            oracle = ConsentOracles.create(catalog);
        }
        return oracle;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("scopekit-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
