package io.scopekit.features;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The counts that features/README.md and rules/README.md state are the counts of the files they describe: every
 * "REQ-ID (N rows" is the number of Examples rows of that requirement, every rules table row the number of rules in
 * its DRL file.
 */
class FeaturesReadmeCountsTest {
    private static final Pattern CLAIM = Pattern.compile("\\b([A-Z]{2,3}(?:-[A-Z0-9]+)+) \\((\\d+) rows\\b");
    private static final Pattern RULES_ROW = Pattern.compile("^\\| `(consent/[a-z-]+\\.drl)` \\| (\\d+) \\|",
            Pattern.MULTILINE);

    @Test
    void should_state_the_number_of_examples_rows_when_features_readme_gives_a_count() throws IOException {
        // GIVEN the Examples rows of every requirement and the README's claims
        Map<String, Integer> rows = examplesRows();
        Matcher m = CLAIM.matcher(Files.readString(Path.of("features/README.md")));

        // WHEN each claim is compared with the feature files
        List<String> wrong = new ArrayList<>();
        int claims = 0;
        while (m.find()) {
            claims++;
            Integer actual = rows.get(m.group(1));
            if (actual == null || actual != Integer.parseInt(m.group(2))) {
                wrong.add(m.group(1) + ": README says " + m.group(2) + " rows, the features have " + actual);
            }
        }

        // THEN every claim holds
        then(claims).isGreaterThan(10);
        then(wrong).isEmpty();
    }

    @Test
    void should_state_the_number_of_rules_when_rules_readme_tables_a_drl_file() throws IOException {
        // GIVEN the rules README's table
        Matcher m = RULES_ROW.matcher(Files.readString(Path.of("rules/README.md")));

        // WHEN each row is compared with its DRL file
        List<String> wrong = new ArrayList<>();
        int files = 0;
        while (m.find()) {
            files++;
            long actual = Pattern.compile("(?m)^rule \"").matcher(Files.readString(Path.of("rules", m.group(1))))
                    .results().count();
            if (actual != Integer.parseInt(m.group(2))) {
                wrong.add(m.group(1) + ": README says " + m.group(2) + ", the file has " + actual);
            }
        }

        // THEN
        then(files).isEqualTo(5);
        then(wrong).isEmpty();
    }

    /** Examples rows by requirement id (header rows excluded), English features only. */
    static Map<String, Integer> examplesRows() throws IOException {
        Map<String, Integer> rows = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")
                    && !p.toString().endsWith(".zh-CN.feature")).toList()) {
                String req = null;
                boolean inExamples = false;
                boolean header = false;
                for (String raw : Files.readAllLines(f)) {
                    String line = raw.strip();
                    Matcher tag = Pattern.compile("@req-(\\S+)").matcher(line);
                    if (tag.find()) {
                        req = tag.group(1);
                        rows.put(req, 0);
                        inExamples = false;
                    } else if (line.startsWith("Examples")) {
                        inExamples = true;
                        header = true;
                    } else if (inExamples && line.startsWith("|")) {
                        if (header) {
                            header = false;
                        } else {
                            rows.merge(req, 1, Integer::sum);
                        }
                    } else if (!line.isEmpty()) {
                        inExamples = false;
                    }
                }
            }
        }
        return rows;
    }
}
