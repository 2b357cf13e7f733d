package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --list} over an outline with 20,000 Examples rows lists every row (issue 24 item 11: discovery
 * was quadratic in the rows, 100,000 did not finish). Correctness only; the timing is in the report.
 */
class VerifyListLargeOutlineTest {
    private static final int ROWS = 20_000;

    @Test
    void should_list_every_examples_row_when_an_outline_has_20000_rows(@TempDir Path features) throws IOException {
        // GIVEN a generated feature with one outline of 20,000 rows
        StringBuilder f = new StringBuilder("@platform-wechat-minigame\nFeature: generated\n\n  @req-WMG-GENERATED\n"
                + "  Scenario Outline: row <n>\n    Given a WeChat mini-game user who granted \"<scope>\"\n\n"
                + "    Examples:\n      | n | scope |\n");
        for (int i = 0; i < ROWS; i++) {
            f.append("      | ").append(i).append(" | scope.userInfo |\n");
        }
        Files.writeString(features.resolve("generated.feature"), f);

        // WHEN
        VerifyRun run = VerifyRun.run("verify", "--list", "--features", features.toString(), "--platform",
                "wechat-minigame");

        // THEN every row is listed once, in order, with its line
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        var lines = run.out().lines().toList();
        then(lines).hasSize(ROWS + 1).last().isEqualTo(ROWS + " scenarios");
        then(lines.get(0)).startsWith("WMG-GENERATED\twechat-minigame\t").contains("generated.feature:10");
        then(lines.get(ROWS - 1)).contains("generated.feature:" + (10 + ROWS - 1));
        then(lines.stream().filter(l -> l.contains("\tWMG")).count()).isZero();
    }
}
