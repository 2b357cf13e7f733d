package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options several commands take are declared once, as mixins, so every command names, defaults and describes
 * them alike (issue 18, item 5).
 */
class SharedOptionsTest {

    /** Each shared option and the commands that take it: dropping it from one, or adding it to another, fails. */
    private static final Map<String, List<String>> TAKEN_BY = Map.of(
            "--specs", List.of("scopekit certify-port", "scopekit docs", "scopekit explain", "scopekit explore",
                    "scopekit scopes lint", "scopekit scopes minimal", "scopekit specs lint",
                    "scopekit specs show", "scopekit verify"),
            "--rules", List.of("scopekit docs", "scopekit explain", "scopekit explore", "scopekit verify"),
            "--features", List.of("scopekit docs", "scopekit verify"),
            "--target", List.of("scopekit explore", "scopekit serve", "scopekit verify"),
            "--step-timeout", List.of("scopekit certify-port", "scopekit verify"),
            "--scenario-timeout", List.of("scopekit certify-port", "scopekit verify"),
            "--run-timeout", List.of("scopekit certify-port", "scopekit verify"),
            "--target-timeout", List.of("scopekit certify-port", "scopekit verify"),
            "--port", List.of("scopekit serve", "scopekit simulate"));

    @Test
    void should_show_one_description_label_and_default_when_several_commands_take_the_same_option() {
        // GIVEN every command and sub-command
        List<CommandLine> commands = commands(Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));

        for (var shared : TAKEN_BY.entrySet()) {
            // WHEN the option is looked up in each and its --help is printed
            List<String> takers = new ArrayList<>();
            TreeSet<String> shapes = new TreeSet<>();
            Map<String, String> helpWithout = new TreeMap<>();
            for (CommandLine command : commands) {
                OptionSpec option = command.getCommandSpec().findOption(shared.getKey());
                if (option == null) {
                    continue;
                }
                String name = command.getCommandSpec().qualifiedName();
                takers.add(name);
                String description = String.join(" ", option.description());
                shapes.add(option.paramLabel() + " | " + option.defaultValue() + " | " + description);
                String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
                if (!help.contains(description.replaceAll("\\s+", " "))) {
                    helpWithout.put(name, description);
                }
            }

            // THEN the same commands as ever take it, all in one shape, and each --help shows that one text
            then(takers).as(shared.getKey()).containsExactlyInAnyOrderElementsOf(shared.getValue());
            then(shapes).as(shared.getKey() + " as each command declares it").hasSize(1);
            then(helpWithout).as(shared.getKey() + " missing from --help").isEmpty();
        }
    }

    @Test
    void should_keep_the_defaults_when_the_shared_options_are_not_given() {
        // GIVEN / WHEN verify parsed with no option at all
        VerifyCommand verify = new VerifyCommand();
        new CommandLine(verify).parseArgs();

        // THEN the defaults are those verify always had
        then(verify.target.value).isEqualTo("reference");
        then(verify.specs.dir).isNull();
        then(verify.rules.dir).isNull();
        then(verify.features.dir).isNull();
        then(verify.report.root).hasToString("reports");
        then(verify.timeouts.asArguments()).containsExactly(
                "--step-timeout", io.scopekit.harness.Timeouts.DEFAULT_STEP_TEXT,
                "--scenario-timeout", io.scopekit.harness.Timeouts.DEFAULT_SCENARIO_TEXT,
                "--run-timeout", io.scopekit.harness.Timeouts.DEFAULT_RUN_TEXT,
                "--target-timeout", io.scopekit.harness.Timeouts.DEFAULT_TARGET_TEXT);
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().stream().distinct().forEach(c -> all.addAll(commands(c)));
        return all;
    }
}
