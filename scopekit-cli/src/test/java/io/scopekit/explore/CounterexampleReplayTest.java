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

/**
 * A planted divergence (a mutant of the reference that asks WeChat users again after a denial) is found by
 * {@code explore}, shrunk, written as a feature, and replayed by {@code verify --features}: the replay fails on the
 * same aspect against the mutant and passes against the reference.
 */
class CounterexampleReplayTest {
    private static final String MUTANT = "class:io.scopekit.target.reference.ClientMutants$RepromptAfterDenialWechat";

    @Test
    void should_replay_the_shrunk_counterexample_when_verify_runs_its_feature(@TempDir Path reports)
            throws IOException {
        // GIVEN a target with a planted defect
        // WHEN explore runs against it
        CliRun.Result explore = CliRun.scopekit("explore", "--target", MUTANT, "--platform", "wechat-miniprogram",
                "--seed", "14", "--runs", "2000", "--report", reports.toString());
        // THEN it exits 1, prints the seed, and writes one shrunk counterexample
        then(explore.exitCode()).as(explore.err()).isEqualTo(1);
        then(explore.out()).contains("seed: 14").contains("DIVERGENCE");
        Path counterexamples;
        try (Stream<Path> found = Files.walk(reports)) {
            counterexamples = found.filter(p -> p.getFileName().toString().equals("counterexamples")).findFirst()
                    .orElseThrow();
        }
        List<Path> features;
        try (Stream<Path> files = Files.list(counterexamples)) {
            features = files.toList();
        }
        then(features).hasSize(1);
        String feature = Files.readString(features.get(0));
        long whens = feature.lines().filter(l -> l.strip().startsWith("When ")).count();
        then(whens).as("shrunk to the steps it needs: deny, then ask again\n%s", feature).isEqualTo(2);
        String aspect = explore.out().lines().filter(l -> l.startsWith("divergence:")).findFirst().orElseThrow();

        // WHEN verify replays it against the mutant and against the reference
        CliRun.Result onMutant = CliRun.scopekit("verify", "--target", MUTANT, "--features", counterexamples.toString(),
                "--report", reports.resolve("replay").toString());
        CliRun.Result onReference = CliRun.scopekit("verify", "--features", counterexamples.toString(), "--report",
                reports.resolve("replay-ref").toString());
        // THEN the mutant fails it on the same divergence, the reference passes it
        then(onMutant.exitCode()).as(onMutant.out() + onMutant.err()).isEqualTo(1);
        String replayed;
        try (Stream<Path> found = Files.walk(reports.resolve("replay"))) {
            Path summary = found.filter(p -> p.getFileName().toString().equals("summary.md")).findFirst().orElseThrow();
            replayed = Files.readString(summary);
        }
        then(replayed).contains("no answer is scripted for consent");
        then(aspect).contains("no answer is scripted for consent");
        then(onReference.exitCode()).as(onReference.out() + onReference.err()).isEqualTo(0);
    }

    @Test
    void should_exit_2_when_the_shard_is_malformed(@TempDir Path reports) {
        // GIVEN / WHEN a shard that is not K/N
        CliRun.Result r = CliRun.scopekit("explore", "--shard", "3", "--report", reports.toString());
        // THEN usage error
        then(r.exitCode()).isEqualTo(2);
        then(r.err()).contains("--shard 3");
    }
}
