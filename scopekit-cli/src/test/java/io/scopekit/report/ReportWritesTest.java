package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary files are written all together or not at all; errors quote little of an input (issue 24). */
class ReportWritesTest {

    @TempDir
    Path dir;

    @Test
    void should_leave_no_summary_file_when_one_of_them_cannot_be_written() throws IOException {
        // GIVEN a run directory where summary.html cannot be put (a non-empty directory holds its name)
        Files.createDirectories(dir.resolve(Reports.SUMMARY_HTML).resolve("blocker"));
        ConformanceSummary summary = VerdictPolicy.summarise(List.of(), "run-1", List.of(), List.of(), null,
                LocalDate.of(2026, 12, 6));

        // WHEN the summary is written
        thenThrownBy(() -> Reports.writeSummary(summary, dir)).isInstanceOf(IOException.class);

        // THEN summary.json and summary.md, written before, are gone too, and no temp file stays
        try (Stream<Path> files = Files.list(dir)) {
            then(files.map(f -> f.getFileName().toString())).containsExactly(Reports.SUMMARY_HTML);
        }
    }

    @Test
    void should_cut_a_quoted_input_at_200_characters_when_it_is_longer() {
        then(Reports.excerpt("x".repeat(200_000))).hasSize(201).endsWith("…");
        then(Reports.excerpt("short")).isEqualTo("short");
    }
}
