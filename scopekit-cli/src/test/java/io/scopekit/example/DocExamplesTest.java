package io.scopekit.example;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the Java examples of the docs executed: each {@code ```java} block of a checked document must follow a
 * {@code <!-- example: PATH -->} line naming a test source, and must equal that file — or, when the file marks
 * a region with {@code // doc-example:begin} and {@code // doc-example:end}, that region without its common
 * indentation. The named sources are compiled and run by their own tests.
 */
class DocExamplesTest {

    private static final Pattern MARKER = Pattern.compile("<!-- example: (\\S+) -->");
    private static final String BEGIN = "// doc-example:begin";
    private static final String END = "// doc-example:end";

    /** One {@code ```java} block of a document and the source its marker names ({@code null}: no marker). */
    record Block(int line, String source, String code) {}

    @ParameterizedTest
    @ValueSource(strings = {"docs/target-api.md", "docs/reference-runtime.md", "docs/simulator.md",
            "docs/vendor-build.md"})
    void should_show_exactly_the_tested_source_when_a_doc_has_a_java_example(String doc) throws IOException {
        // GIVEN the document's Java blocks
        List<Block> blocks = javaBlocks(Path.of(doc));
        then(blocks).as(doc + " has Java examples").isNotEmpty();

        for (Block block : blocks) {
            // WHEN the block's marker is resolved
            then(block.source()).as(doc + ":" + block.line() + ": a ```java block needs an <!-- example: PATH --> "
                    + "line naming the test source it shows").isNotNull();
            Path source = Path.of(block.source());
            then(source).as(doc + ":" + block.line()).isRegularFile();
            // THEN the block is the source (or its marked region), character for character
            then(block.code()).as(doc + ":" + block.line() + " shows " + source).isEqualTo(shownPart(source));
        }
    }

    private static List<Block> javaBlocks(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```java") && !lines.get(i).equals("```xml")) {
                continue;
            }
            Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1).trim()) : MARKER.matcher("");
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            blocks.add(new Block(i + 1, marker.matches() ? marker.group(1) : null,
                    String.join("\n", lines.subList(i + 1, end))));
            i = end;
        }
        return blocks;
    }

    private static String shownPart(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int begin = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(BEGIN)) {
                begin = i;
            } else if (lines.get(i).trim().equals(END)) {
                end = i;
            }
        }
        if (begin < 0) {
            return String.join("\n", lines).stripTrailing();
        }
        then(end).as(source + ": " + END + " after " + BEGIN).isGreaterThan(begin);
        List<String> region = lines.subList(begin + 1, end);
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }
}
