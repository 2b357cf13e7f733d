package io.scopekit.explore;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExploreShardMergeTest {

    @Test
    void should_join_the_shards_when_report_merge_reads_explore_runs(@TempDir Path reports) throws IOException {
        // GIVEN two shards of one seed
        for (String shard : List.of("1/2", "2/2")) {
            CliRun.Result r = CliRun.scopekit("explore", "--platform", "wechat-miniprogram", "--seed", "5", "--runs",
                    "40", "--shard", shard, "--report", reports.resolve("s" + shard.charAt(0)).toString());
            then(r.exitCode()).as(r.err()).isZero();
            then(r.err()).contains("shard " + shard);
        }
        // WHEN report merge joins them
        CliRun.Result merged = CliRun.scopekit("report", "merge", run(reports.resolve("s1")).toString(),
                run(reports.resolve("s2")).toString(), "--out", reports.resolve("merged").toString());
        // THEN every sequence is counted once and the joined explore.json is written
        then(merged.exitCode()).as(merged.err()).isZero();
        then(merged.out()).contains("no divergence: 40 sequences").contains("shards 1/2, 2/2 of 2 (seed 5)");
        then(reports.resolve("merged").resolve(ExploreReport.EXPLORE_JSON)).exists();
    }

    @Test
    void should_refuse_the_shards_when_their_seeds_differ(@TempDir Path reports) throws IOException {
        // GIVEN shards of two seeds
        CliRun.scopekit("explore", "--platform", "wechat-miniprogram", "--seed", "5", "--runs", "10", "--shard", "1/2",
                "--report", reports.resolve("a").toString());
        CliRun.scopekit("explore", "--platform", "wechat-miniprogram", "--seed", "6", "--runs", "10", "--shard", "2/2",
                "--report", reports.resolve("b").toString());
        // WHEN merged
        CliRun.Result merged = CliRun.scopekit("report", "merge", run(reports.resolve("a")).toString(),
                run(reports.resolve("b")).toString(), "--out", reports.resolve("m").toString());
        // THEN bad input naming the mismatch
        then(merged.exitCode()).isEqualTo(2);
        then(merged.err()).contains("is not a shard of the run with seed 5");
    }

    @Test
    void should_refuse_the_merge_and_write_nothing_when_a_shard_is_missing(@TempDir Path reports) throws IOException {
        // GIVEN shard 1 of 2 only: shard 2's sequences were never run
        CliRun.Result shard = CliRun.scopekit("explore", "--platform", "wechat-miniprogram", "--seed", "5", "--runs",
                "20", "--shard", "1/2", "--report", reports.resolve("s1").toString());
        then(shard.exitCode()).as(shard.err()).isZero();
        // WHEN report merge is given that one shard
        CliRun.Result merged = CliRun.scopekit("report", "merge", run(reports.resolve("s1")).toString(), "--out",
                reports.resolve("merged").toString());
        // THEN bad input naming the missing shard, never a green "no divergence", and no merged report
        then(merged.exitCode()).isEqualTo(2);
        then(merged.err()).contains("missing shards: 1 of 2 given (1/2)");
        then(merged.out()).doesNotContain("no divergence");
        then(reports.resolve("merged")).doesNotExist();
    }

    private static Path run(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(ExploreReport::isExploreRun).findFirst().orElseThrow();
        }
    }
}
