package io.scopekit.oracle;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRL whose consequence does not parse is reported as file, line, column and what was expected, without the
 * parser's Java stack frames (issue 24 item 12).
 */
class DrlCompileErrorMessageTest {

    @Test
    void should_name_file_line_column_and_expectation_without_java_frames_when_a_consequence_does_not_parse(
            @TempDir Path rules) throws IOException {
        // GIVEN the kit's consent rules with a broken statement as the first line of the first consequence
        try (Stream<Path> files = Files.list(Path.of("rules/consent"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Path calls = rules.resolve("calls.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(calls));
        int then = lines.indexOf("    then");
        lines.add(then + 1, "        int x = ;");
        Files.write(calls, lines);

        // WHEN the rules are compiled
        RulesInvalidException e = catchThrowableOfType(RulesInvalidException.class,
                () -> ConsentOracles.checkRules(rules));

        // THEN the message points at the consequence in calls.drl and says what the parser expected
        then(e).isNotNull();
        String message = e.getMessage();
        then(message).contains("calls.drl:" + (then + 2) + ":").contains("expected").contains("consequence");
        then(message).doesNotContain("stacktrace").doesNotContainPattern("\\(\\w+\\.java:\\d+\\)")
                .doesNotContain("org.drools.mvel").doesNotContain("javaparser");
    }
}
