package io.scopekit.site;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of one Scenario Outline with thousands of examples rows (issue 24 item 11: {@code docs} on a 10,000-scenario
 * run ran out of memory because every row's page embedded the whole outline, and all pages were held at once).
 */
class LargeOutlineSiteAcceptanceTest {

    private static final int ROWS = 3_000;
    private static final Pattern ROW_VALUE = Pattern.compile("rowval-\\d{5}");

    @TempDir
    Path root;

    @Test
    void should_write_one_page_per_row_holding_only_its_own_row_when_an_outline_has_3000_rows() throws IOException {
        // GIVEN a feature whose one outline has 3,000 rows, each with its own value, and a verify run over it
        Path features = Files.createDirectories(root.resolve("features"));
        int firstRowLine = writeOutline(features.resolve("big.feature"));
        VerifyRun verify = VerifyRun.verify(root.resolve("reports"), features);
        then(verify.err()).doesNotContain("Exception");
        then(root.resolve("reports/latest/run.json")).as(verify.err()).exists();

        // WHEN the site of that run is written
        Path site = root.resolve("site");
        VerifyRun docs = VerifyRun.run("docs", "--report", root.resolve("reports/latest").toString(), "--features",
                features.toString(), "--out", site.toString());

        // THEN there is one scenario page per row
        then(docs.exitCode()).as(docs.err()).isZero();
        List<String> names = SiteFixture.pages(site).stream().map(p -> p.getFileName().toString()).toList();
        then(names.stream().filter(n -> n.startsWith("scenario-big-")).count()).isEqualTo(ROWS);
        // and a row's page shows its own row and no other, with a link to the whole outline
        int row = 1_234;
        String page = Files.readString(site.resolve("scenario-big-" + (firstRowLine + row) + ".html"));
        then(rowValues(page)).containsExactly(value(row));
        then(page).contains("Scenario Outline: row &lt;value&gt;").contains("Examples:").contains("| value |")
                .contains("| " + value(row) + " |");
        Matcher outlineLink = Pattern.compile("href=\"(outline-big-\\d+\\.html)\"").matcher(page);
        then(outlineLink.find()).as("a link to the outline page").isTrue();
        // and the outline page, written once, has every row and a link to each row's page
        String outline = Files.readString(site.resolve(outlineLink.group(1)));
        then(rowValues(outline)).hasSize(ROWS);
        then(outline).contains("href=\"scenario-big-" + (firstRowLine + row) + ".html\"");
        then(SiteFixture.brokenLinks(site)).isEmpty();
    }

    // Returns the line of the first examples row.
    private static int writeOutline(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "@platform-feishu-gadget @source-000",
                "Feature: Fixture: one outline with many rows",
                "",
                "  @req-FX-MANY @behaviour-granted-call",
                "  Scenario Outline: row <value>",
                "    Given the configured target opens a session",
                "    Then the outcome check for scope.camera is passed with expected \"success\" and observed \"<value>\"",
                "",
                "    Examples:",
                "      | value |"));
        int first = lines.size() + 1;
        for (int i = 0; i < ROWS; i++) {
            lines.add("      | " + value(i) + " |");
        }
        Files.write(file, lines);
        return first;
    }

    private static String value(int row) {
        return String.format(Locale.ROOT, "rowval-%05d", row);
    }

    private static Set<String> rowValues(String html) {
        Set<String> values = new TreeSet<>();
        Matcher m = ROW_VALUE.matcher(html);
        while (m.find()) {
            values.add(m.group());
        }
        return values;
    }
}
