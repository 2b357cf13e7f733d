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
