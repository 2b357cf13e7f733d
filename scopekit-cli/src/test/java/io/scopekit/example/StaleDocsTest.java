package io.scopekit.example;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 8: the docs said "HTTP targets come later" long after they shipped. Promises of a later issue age
 * badly, so the docs carry none: a feature is described when it ships, and what is not done is said as "not
 * supported" (or "unspecified", for the sources), which does not go stale when a neighbouring issue lands.
 */
class StaleDocsTest {
    /** Phrases that announce work of a later issue; each matched case-insensitively. */
    private static final List<String> PHRASES = List.of("later issue", "next issue", "comes later", "come later",
            "coming later", "for now", "until then", "a future issue", "will be added");

    @Test
    void should_find_no_promise_of_a_later_issue_when_the_docs_are_read() throws IOException {
        // GIVEN every Markdown file of the documentation (README, docs/, the content and adapter READMEs)
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Stream.of("docs", "features", "rules", "platform-specs", "adapters/protocol",
                "adapters/node").flatMap(StaleDocsTest::markdownIn)) {
            files.forEach(docs::add);
        }
        then(docs).contains(Path.of("docs/target-api.md"), Path.of("docs/harness-contract.md"),
                Path.of("docs/vendor-build.md"));
        Pattern stale = Pattern.compile(String.join("|", PHRASES.stream().map(Pattern::quote).toList()),
                Pattern.CASE_INSENSITIVE);

        // WHEN each line is searched for such a phrase
        List<String> found = new ArrayList<>();
        for (Path doc : docs) {
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = stale.matcher(lines.get(i));
                if (m.find()) {
                    found.add(doc + ":" + (i + 1) + ": '" + m.group().toLowerCase(Locale.ROOT) + "' in: "
                            + lines.get(i).strip());
                }
            }
        }

        // THEN there is none
        then(found).as("promises of later work in the docs (describe what ships instead)").isEmpty();
    }

    private static Stream<Path> markdownIn(String dir) {
        try {
            return Files.walk(Path.of(dir)).filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.toString().contains("node_modules"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
