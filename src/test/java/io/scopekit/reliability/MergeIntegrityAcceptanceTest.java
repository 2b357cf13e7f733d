package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code report merge} accepts only the complete shards of one run: same kit, content, target and selection, each
 * shard once, every messages stream whole. Anything else is bad input naming the directories, and nothing is
 * written.
 */
class MergeIntegrityAcceptanceTest {

    @TempDir
    Path root;

    @Test
    void should_record_kit_content_selection_shard_and_completeness_in_run_json() throws IOException {
        Path dir = shard("a", "1/2");

        var run = JsonMapper.builder().build().readTree(dir.resolve(Reports.RUN_JSON).toFile());

        then(run.get("kitVersion").asString()).isNotBlank();
        then(run.get("files").size()).isPositive();
        then(run.get("shard").asString()).isEqualTo("1/2");
        then(run.get("status").asString()).isEqualTo("complete");
        then(run.get("scenarios").asInt()).isNotNegative();
    }

    @Test
    void should_refuse_runs_against_different_targets() throws IOException {
        Path one = shard("a", "1/2");
        Path two = shard("b", "2/2", "--target", "class:io.scopekit.testsupport.ForgetfulTarget");

        VerifyRun merge = merge(one, two);

        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains("ran against different targets").contains(two.toString());
        then(Files.exists(root.resolve("out"))).isFalse();
    }

    @Test
    void should_refuse_the_same_run_twice() throws IOException {
        Path one = shard("a", "1/2");

        VerifyRun merge = merge(one, one);

        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains("is given twice");
    }

    @Test
    void should_refuse_an_incomplete_shard_set() throws IOException {
        Path one = shard("a", "1/2");

        VerifyRun merge = merge(one);

        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains("incomplete shard set: missing 2/2");
    }

    @Test
    void should_refuse_a_duplicate_shard_from_two_runs() throws IOException {
        VerifyRun merge = merge(shard("a", "1/2"), shard("b", "1/2"), shard("c", "2/2"));

        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains("duplicate shard 1/2");
    }

    @Test
    void should_refuse_a_messages_stream_cut_at_a_line_boundary() throws IOException {
        // GIVEN both shards, one of whose messages stream lost its last lines
        Path one = shard("a", "1/2");
        Path two = shard("b", "2/2");
        Path messages = two.resolve("messages.ndjson");
        List<String> lines = Files.readAllLines(messages);
        then(lines.size()).isGreaterThan(10);
        Files.write(messages, lines.subList(0, lines.size() / 2));

        // WHEN they are merged
        VerifyRun merge = merge(one, two);

        // THEN the truncated stream is named
        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains(two + ": messages.ndjson is incomplete");
    }

    @Test
    void should_merge_the_complete_shards_of_one_run() throws IOException {
        VerifyRun merge = merge(shard("a", "1/2"), shard("b", "2/2"));

        then(merge.exitCode()).as(merge.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        then(root.resolve("out").resolve(Reports.SUMMARY_JSON)).exists();
    }

    private Path shard(String name, String shard, String... extra) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--shard", shard));
        args.addAll(List.of(extra));
        VerifyRun run = VerifyRun.verifyFixtures(root.resolve(name), args.toArray(String[]::new));
        then(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        return root.resolve(name).resolve("latest").toRealPath();
    }

    private VerifyRun merge(Path... dirs) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "merge"));
        for (Path d : dirs) {
            args.add(d.toString());
        }
        args.addAll(List.of("--out", root.resolve("out").toString()));
        return VerifyRun.run(args.toArray(String[]::new));
    }
}
