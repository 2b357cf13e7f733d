package io.scopekit.cli;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@code <!-- explain-example -->} block of docs/explain.md: the block's first line is
 * {@code $ scopekit ARGS}, the rest is what the command must print, exactly.
 */
class PermissionExplainDocTest {

    private static final Path DOC = Path.of("docs/explain.md");

    /** One example: its line in the document, the arguments and the expected output. */
    record Example(int line, List<String> args, String expected) {}

    @Test
    void should_print_exactly_what_docs_explain_md_shows_when_its_server_side_examples_run() throws IOException {
        // GIVEN the examples of the document
        List<Example> examples = examples(Files.readAllLines(DOC));
        then(examples).as("examples in " + DOC).hasSizeGreaterThanOrEqualTo(4);

        for (Example e : examples) {
            // WHEN each runs
            Result r = scopekit(e.args().toArray(String[]::new));

            // THEN it succeeds and prints what the document shows
            then(r.exitCode()).as(DOC + ":" + e.line() + " exit code, stderr: " + r.err()).isZero();
            then(r.out().stripTrailing()).as(DOC + ":" + e.line()).isEqualTo(e.expected());
        }
    }

    private static List<Example> examples(List<String> lines) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).trim().equals("<!-- explain-example -->")) {
                continue;
            }
            int command = i + 2; // the marker, the ``` fence, then "$ scopekit ..."
            String first = lines.get(command);
            then(first).as(DOC + ":" + (command + 1)).startsWith("$ scopekit ");
            int end = command + 1;
            while (!lines.get(end).equals("```")) {
                end++;
            }
            out.add(new Example(command + 1, words(first.substring("$ scopekit ".length())),
                    String.join("\n", lines.subList(command + 1, end))));
            i = end;
        }
        return out;
    }

    /** Splits a command line on blanks, keeping single-quoted words whole. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
