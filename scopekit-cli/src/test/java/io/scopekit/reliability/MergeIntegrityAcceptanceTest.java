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

    @Test
    void should_exit_2_and_rewrite_nothing_when_out_is_one_of_the_inputs() throws IOException {
        // GIVEN both shards of a run
        Path one = shard("a", "1/2");
        Path two = shard("b", "2/2");
        byte[] runJson = Files.readAllBytes(two.resolve(Reports.RUN_JSON));
        byte[] summary = Files.readAllBytes(two.resolve(Reports.SUMMARY_JSON));

        // WHEN they are merged into the second shard's own directory
        VerifyRun merge = mergeInto(two, one, two);

        // THEN it is a usage error, and the shard's files are as they were
        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains("--out " + two).contains("is one of the directories merged");
        then(Files.readAllBytes(two.resolve(Reports.RUN_JSON))).isEqualTo(runJson);
        then(Files.readAllBytes(two.resolve(Reports.SUMMARY_JSON))).isEqualTo(summary);
    }

    @Test
    void should_exit_2_and_create_nothing_when_out_is_inside_one_of_the_inputs() throws IOException {
        // GIVEN
        Path one = shard("a", "1/2");
        Path two = shard("b", "2/2");

        // WHEN the merged report would go into a folder of the first shard (through its report root's latest)
        VerifyRun merge = mergeInto(root.resolve("a").resolve("latest").resolve("merged"), one, two);

        // THEN
        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains("is inside " + one);
        then(one.resolve("merged")).doesNotExist();
    }

    @Test
    void should_quote_at_most_200_characters_of_a_line_when_a_messages_stream_holds_a_200_kb_line()
            throws IOException {
        // GIVEN a shard whose messages stream ends with one 200 KB line that is not an envelope
        Path one = shard("a", "1/2");
        Path two = shard("b", "2/2");
        Files.writeString(two.resolve("messages.ndjson"), "{\"meta\": " + "x".repeat(200_000) + "}\n",
                java.nio.file.StandardOpenOption.APPEND);

        // WHEN
        VerifyRun merge = merge(one, two);

        // THEN the error names the file, but does not echo the line
        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains(two.resolve("messages.ndjson").toString()).contains("…")
                .doesNotContain("x".repeat(201));
        then(merge.err().length()).isLessThan(2_000);
    }

    private Path shard(String name, String shard, String... extra) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--shard", shard));
        args.addAll(List.of(extra));
        VerifyRun run = VerifyRun.verifyFixtures(root.resolve(name), args.toArray(String[]::new));
        // a shard may hold only scenarios of a platform the kit cannot judge yet: conformant where assessed
        then(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.FINDINGS, ExitCode.NOT_ASSESSED);
        return root.resolve(name).resolve("latest").toRealPath();
    }

    private VerifyRun merge(Path... dirs) {
        return mergeInto(root.resolve("out"), dirs);
    }

    private VerifyRun mergeInto(Path out, Path... dirs) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "merge"));
        for (Path d : dirs) {
            args.add(d.toString());
        }
        args.addAll(List.of("--out", out.toString()));
        return VerifyRun.run(args.toArray(String[]::new));
    }
}
