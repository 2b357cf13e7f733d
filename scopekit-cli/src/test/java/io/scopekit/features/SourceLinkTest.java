package io.scopekit.features;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A source address in a feature ends where the address ends: Cucumber's HTML report and the docs site turn addresses
 * into links, and a full-width bracket or comma written right after one (common in the Chinese features) would become
 * part of the link and break it.
 */
class SourceLinkTest {
    private static final Pattern ADDRESS_RUNNING_INTO_TEXT = Pattern.compile("https?://[\\x21-\\x7e]*[^\\x00-\\x7f]");

    @Test
    void should_end_every_source_address_before_non_ascii_text_when_a_feature_cites_one() throws IOException {
        // GIVEN every feature file
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    // WHEN an address is followed by non-ASCII text without a space
                    Matcher m = ADDRESS_RUNNING_INTO_TEXT.matcher(lines.get(i));
                    if (m.find()) {
                        offenders.add(f + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }

        // THEN there is none: a space ends each address
        then(offenders).isEmpty();
    }
}
