package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code --help} tells a newcomer (issue 21). */
class CliHelpTest {

    @Test
    void should_say_how_a_class_target_gets_on_the_class_path_when_verify_help_is_printed() {
        // WHEN
        CliRun.Result help = CliRun.scopekit("verify", "--help");

        // THEN the launcher's --classpath, which picocli never sees, is named with an example
        then(help.exitCode()).isZero();
        then(help.out().replaceAll("\\s+", " ")).contains("--classpath target/classes --target class:com.acme.AcmeTarget");
    }

    @Test
    void should_print_what_picocli_prints_when_the_version_is_asked_for_alone() {
        // GIVEN the version help of the whole command tree, as picocli renders it
        StringWriter expected = new StringWriter();
        PrintWriter expectedOut = new PrintWriter(expected);
        Main.commandLine(expectedOut, new PrintWriter(new StringWriter())).printVersionHelp(expectedOut);
        expectedOut.flush();

        for (String flag : List.of("--version", "-V")) {
            // WHEN the version is asked for alone (the fast path that builds no command tree)
            CliRun.Result version = CliRun.scopekit(flag);

            // THEN it prints the same bytes and nothing else, and succeeds
            then(version.exitCode()).as(flag).isEqualTo(ExitCode.OK);
            then(version.out()).as(flag).isEqualTo(expected.toString()).startsWith("scopekit ");
            then(version.err()).as(flag).isEmpty();
        }
    }

    @Test
    void should_show_each_command_with_a_whole_sentence_when_the_command_list_is_printed() {
        // GIVEN every command and sub-command
        List<String> cut = new ArrayList<>();
        for (CommandLine command : commands(Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())))) {
            // WHEN the one line a command list shows for it is read (its header, else its description's first)
            var usage = command.getCommandSpec().usageMessage();
            String shown = usage.header().length > 0 ? usage.header()[0]
                    : usage.description().length > 0 ? usage.description()[0] : "";
            if (command.getParent() != null && !shown.strip().endsWith(".")) {
                cut.add(command.getCommandSpec().qualifiedName() + ": '" + shown + "'");
            }
        }
        // THEN none is cut off mid-sentence
        then(cut).isEmpty();
    }

    @Test
    void should_keep_each_paragraph_in_one_element_when_a_command_describes_itself() {
        // GIVEN / WHEN every description element of every command
        List<String> broken = new ArrayList<>();
        for (CommandLine command : commands(Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())))) {
            for (String line : command.getCommandSpec().usageMessage().description()) {
                // THEN each ends a sentence: picocli wraps it to the terminal, a hard break mid-sentence does not
                // (picocli's own help command ends its paragraphs with a format line break, %n)
                String text = line.strip().replaceAll("(%n)+$", "");
                if (!text.isBlank() && !text.matches("(?s).*[.):]$")) {
                    broken.add(command.getCommandSpec().qualifiedName() + ": '" + line + "'");
                }
            }
        }
        then(broken).isEmpty();
    }

    @Test
    void should_write_no_line_break_into_an_option_description_when_the_options_describe_themselves() {
        // GIVEN / WHEN every option and positional parameter of every command
        List<String> broken = new ArrayList<>();
        for (CommandLine command : commands(Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())))) {
            for (var arg : command.getCommandSpec().args()) {
                String[] description = arg.description();
                for (int i = 0; i < description.length; i++) {
                    // THEN picocli wraps it: no hard break inside, and a second paragraph only after a whole one
                    boolean hardBreak = description[i].contains("\n") || description[i].contains("%n");
                    boolean cutParagraph = i < description.length - 1 && !description[i].strip().matches("(?s).*[.):]$");
                    if (hardBreak || cutParagraph) {
                        broken.add(command.getCommandSpec().qualifiedName() + " " + (arg instanceof CommandLine.Model.OptionSpec o
                                ? o.longestName() : arg.paramLabel()) + ": '"
                                + description[i] + "'");
                    }
                }
            }
        }
        then(broken).isEmpty();
    }

    @Test
    void should_belong_to_a_command_or_option_that_exists_when_a_help_text_is_kept_in_the_bundle() {
        // GIVEN the keys a help text may have: each command's usage sections and each of its options and parameters
        List<String> owners = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (CommandLine command : commands(Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())))) {
            String prefix = command.getCommandSpec().qualifiedName(".") + ".";
            owners.add(prefix + "usage.");
            for (var arg : command.getCommandSpec().args()) {
                String key = arg.descriptionKey() != null && !arg.descriptionKey().isEmpty() ? arg.descriptionKey()
                        : arg instanceof CommandLine.Model.OptionSpec o ? o.longestName().replaceFirst("^-+", "") : "";
                owners.add(prefix + key);
                if (!arg.hidden() && String.join("", arg.description()).isBlank()) {
                    undescribed.add(prefix + key);
                }
            }
        }

        // WHEN the bundle's keys are read
        List<String> orphans = new ArrayList<>();
        ResourceBundle bundle = ResourceBundle.getBundle(Main.class.getAnnotation(CommandLine.Command.class)
                .resourceBundle());
        for (String key : bundle.keySet()) {
            if (owners.stream().noneMatch(owner -> owner.endsWith(".") ? key.startsWith(owner)
                    : key.equals(owner) || key.matches(Pattern.quote(owner) + "\\.\\d+"))) {
                orphans.add(key);
            }
        }

        // THEN no text is left behind by a renamed or removed option, and every shown option says what it is for
        then(orphans).isEmpty();
        then(undescribed).isEmpty();
    }

    @Test
    void should_name_the_cjk_font_beside_chromium_when_the_readme_lists_requirements() throws Exception {
        // GIVEN the README's requirements, and the font CI installs for the browser tests' screenshots
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
        then(ci).contains("fonts-wqy-microhei");

        // WHEN / THEN the README names it in the same sentence as chromium
        String requirements = readme.substring(readme.indexOf("Requirements:"), readme.indexOf("`.ci/run` installs"));
        then(requirements).contains("`chromium`", "`fonts-wqy-microhei`");
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().stream().distinct().forEach(c -> all.addAll(commands(c)));
        return all;
    }
}
