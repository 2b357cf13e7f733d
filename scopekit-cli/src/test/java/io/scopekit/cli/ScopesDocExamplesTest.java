package io.scopekit.cli;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every example of docs/scopes.md and the README's {@code scopes} lines: a {@code ```console} block of the doc
 * is a {@code $ ./scopekit ...} line followed by the exact output (stdout, then stderr), after an
 * {@code <!-- exit: N -->} line giving the exit code.
 */
class ScopesDocExamplesTest {

    private static final Pattern EXIT = Pattern.compile("<!-- exit: (\\d) -->");

    /** One example: where it is, the command's arguments, the exit code and output shown. */
    record Example(int line, List<String> args, int exit, String output) {}

    @Test
    void should_print_exactly_what_docs_scopes_md_shows_when_its_examples_run() throws IOException {
        // GIVEN the doc's examples
        List<Example> examples = examples(Path.of("docs/scopes.md"));
        then(examples).hasSizeGreaterThanOrEqualTo(8);
        for (Example example : examples) {
            // WHEN each runs in-process, from the repository root as the doc's relative paths assume
            Result r = scopekit(example.args().toArray(String[]::new));
            // THEN exit code and output are the doc's
            String where = "docs/scopes.md:" + example.line() + " " + String.join(" ", example.args());
            then(r.exitCode()).as(where + "\n" + r.err()).isEqualTo(example.exit());
            then((r.out() + r.err()).replace(System.lineSeparator(), "\n").stripTrailing()).as(where)
                    .isEqualTo(example.output());
        }
    }

    @Test
    void should_run_without_bad_input_when_the_readme_scopes_lines_are_executed() throws IOException {
        // GIVEN README's ./scopekit scopes commands (continuation lines joined, comments dropped)
        List<String> commands = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            String code = line.replaceFirst("\\s+#.*$", "").strip();
            if (current == null && code.startsWith("./scopekit scopes ")) {
                current = new StringBuilder();
            }
            if (current != null) {
                boolean more = code.endsWith("\\");
                current.append(' ').append(more ? code.substring(0, code.length() - 1) : code);
                if (!more) {
                    commands.add(current.toString().strip());
                    current = null;
                }
            }
        }
        then(commands).hasSize(2);
        for (String command : commands) {
            // WHEN
            Result r = scopekit(args(command.substring("./scopekit ".length())).toArray(String[]::new));
            // THEN a result (0 clean, 1 findings), never a usage error
            then(r.exitCode()).as(command + "\n" + r.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
            then(r.out()).as(command).isNotBlank();
        }
    }

    private static List<Example> examples(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```console")) {
                continue;
            }
            Matcher exit = EXIT.matcher(i > 0 ? lines.get(i - 1) : "");
            then(exit.matches()).as(doc + ":" + (i + 1) + ": a ```console block needs an <!-- exit: N --> line "
                    + "above it").isTrue();
            String command = lines.get(i + 1);
            then(command).as(doc + ":" + (i + 2)).startsWith("$ ./scopekit ");
            int end = i + 2;
            while (!lines.get(end).equals("```")) {
                end++;
            }
            examples.add(new Example(i + 1, args(command.substring("$ ./scopekit ".length())),
                    Integer.parseInt(exit.group(1)), String.join("\n", lines.subList(i + 2, end))));
            i = end;
        }
        return examples;
    }

    private static List<String> args(String line) {
        return Arrays.stream(line.trim().split("\\s+")).toList();
    }
}
