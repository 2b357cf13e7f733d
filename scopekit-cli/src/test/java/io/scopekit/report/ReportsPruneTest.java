package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report prune: which runs of a report root stay. */
class ReportsPruneTest {

    @TempDir
    Path root;

    @Test
    void should_keep_the_run_started_last_when_runs_share_a_second_of_their_id() throws IOException {
        // GIVEN three runs of one second whose random suffixes sort against their start order, latest the last one
        run("20261129T220000Z-ffffff", "2026-11-29T22:00:00.100Z");
        run("20261129T220000Z-000000", "2026-11-29T22:00:00.900Z");
        run("20261129T220000Z-888888", "2026-11-29T22:00:00.500Z");
        Reports.pointLatest(root, "20261129T220000Z-000000");

        // WHEN all but one are pruned
        List<Path> removed = Reports.prune(root, 1);

        // THEN the two started earlier are removed and the one started last (latest) stays
        then(removed).extracting(p -> p.getFileName().toString())
                .containsExactly("20261129T220000Z-ffffff", "20261129T220000Z-888888");
        then(root.resolve("20261129T220000Z-000000")).isDirectory();
    }

    @Test
    void should_never_remove_the_latest_run_or_other_files_when_pruning_to_zero() throws IOException {
        // GIVEN two runs, latest the older one, and a file of the user's
        run("20261129T210000Z-aaaaaa", "2026-11-29T21:00:00Z");
        run("20261129T220000Z-bbbbbb", "2026-11-29T22:00:00Z");
        Reports.pointLatest(root, "20261129T210000Z-aaaaaa");
        Files.writeString(root.resolve("notes.txt"), "mine");

        // WHEN pruned to zero
        List<Path> removed = Reports.prune(root, 0);

        // THEN only the run latest does not point at is gone
        then(removed).extracting(p -> p.getFileName().toString()).containsExactly("20261129T220000Z-bbbbbb");
        then(root.resolve("20261129T210000Z-aaaaaa")).isDirectory();
        then(root.resolve("notes.txt")).hasContent("mine");
    }

    private void run(String id, String startedAt) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        Reports.writeRunInfo(dir, new RunInfo(id, "0.1.0-dev", startedAt, null, null, null, null, List.of())
                .ended(RunInfo.COMPLETE, 1));
    }
}
