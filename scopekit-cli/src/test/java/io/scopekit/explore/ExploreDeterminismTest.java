package io.scopekit.explore;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.consent.BehaviourKey;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExploreDeterminismTest {
    private static final RunResources RESOURCES = RunResources.shared(RunSettings.defaults());
    private static final String MUTANT = "class:io.scopekit.target.reference.ClientMutants$RepromptAfterDenialWechat";

    @Test
    void should_draw_the_same_sequences_when_the_seed_is_the_same() {
        // GIVEN two generators built independently over the same catalog
        List<Object> first = draw(42);
        // WHEN the same seed is drawn again, and another seed
        List<Object> again = draw(42);
        List<Object> other = draw(43);
        // THEN the same seed gives the same sequences, another seed others
        then(again).isEqualTo(first);
        then(other).isNotEqualTo(first);
    }

    @Test
    void should_run_sequence_i_in_shard_k_of_n_when_i_mod_n_is_k_minus_1() {
        // GIVEN a run split in three shards
        long runs = 30;
        // WHEN each shard runs
        long total = 0;
        for (int k = 1; k <= 3; k++) {
            Explorer.Summary s = Explorer.explore(RESOURCES, new Explorer.Options(List.of("wechat-miniprogram"), 7,
                    runs, 5, k, 3, null), line -> { });
            total += s.sequences();
            then(s.finding()).isNull();
        }
        // THEN together they ran every sequence once
        then(total).isEqualTo(runs);
    }

    @Test
    void should_report_what_one_worker_reports_when_two_workers_explore_without_a_divergence() {
        // GIVEN a run over every platform against the reference, long enough for several batches per worker
        Explorer.Options one = new Explorer.Options(List.of(), 14, 1500, 10, 1, 1, null, 1);
        Explorer.Options two = new Explorer.Options(List.of(), 14, 1500, 10, 1, 1, null, 2);
        // WHEN it runs on one worker and on two
        Explorer.Summary alone = Explorer.explore(RESOURCES, one, line -> { });
        Explorer.Summary together = Explorer.explore(RESOURCES, two, line -> { });
        // THEN the sequences, steps and coverage are the same
        then(together.finding()).isNull();
        then(together.sequences()).isEqualTo(alone.sequences()).isEqualTo(1500);
        then(together.steps()).isEqualTo(alone.steps());
        then(together.rulesReached()).isEqualTo(alone.rulesReached());
        then(together.behavioursReached()).isEqualTo(alone.behavioursReached());
    }

    @Test
    void should_report_the_divergence_one_worker_finds_when_two_workers_explore_a_defective_target() {
        // GIVEN a target that asks WeChat users again after a denial, explored on several platforms so that the
        // sequences after the first divergence reach rules and behaviours the ones before it do not
        try (RunResources mutant = RunResources.open(new RunSettings(MUTANT, null, null))) {
            List<String> platforms = List.of("wechat-miniprogram", "alipay", "bytedance", "baidu");
            // WHEN it runs on one worker and on two
            Explorer.Summary alone = Explorer.explore(mutant.startRun(),
                    new Explorer.Options(platforms, 14, 5000, 10, 1, 1, null, 1), line -> { });
            Explorer.Summary together = Explorer.explore(mutant.startRun(),
                    new Explorer.Options(platforms, 14, 5000, 10, 1, 1, null, 2), line -> { });
            // THEN both stop at the same sequence with the same shrunk counterexample, counting the same work
            then(alone.finding()).isNotNull();
            then(together.finding()).isEqualTo(alone.finding());
            then(together.sequences()).isEqualTo(alone.sequences()).isLessThan(5000);
            then(together.steps()).isEqualTo(alone.steps());
            then(together.rulesReached()).isEqualTo(alone.rulesReached());
            then(together.behavioursReached()).isEqualTo(alone.behavioursReached());
        }
    }

    private static List<Object> draw(long seed) {
        ClientDomain client = new ClientDomain(RESOURCES, List.of(), new HashSet<>(), EnumSet.noneOf(BehaviourKey.class));
        List<Domain<?>> domains = new ArrayList<>();
        PermissionDomain.add(domains, RESOURCES, new HashSet<>());
        List<Object> out = new ArrayList<>();
        for (long i = 0; i < 200; i++) {
            out.add(client.generate(seed, i, 10));
            out.add(domains.get(0).generate(seed, i, 10));
        }
        return out;
    }
}
