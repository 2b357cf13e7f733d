package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void should_put_every_key_in_exactly_one_shard_when_split_n_ways() {
        // GIVEN 400 scenario keys
        Map<Integer, Integer> sizes = new HashMap<>();

        // WHEN each is assigned to one of 4 shards
        for (int i = 0; i < 400; i++) {
            int shard = Shard.shardOf("feishu-gadget/api-calls.feature:" + i, 4);
            then(shard).isBetween(1, 4);
            then(Shard.shardOf("feishu-gadget/api-calls.feature:" + i, 4)).isEqualTo(shard);
            sizes.merge(shard, 1, Integer::sum);
        }

        // THEN every shard gets work
        then(sizes).containsOnlyKeys(1, 2, 3, 4);
        then(sizes.values()).allSatisfy(n -> then(n).isGreaterThan(50));
    }

    @Test
    void should_reject_the_spec_when_it_is_not_k_of_n() {
        then(Shard.parse("2/3").index).isEqualTo(2);
        thenThrownBy(() -> Shard.parse("0/3")).hasMessageContaining("1 <= K <= N");
        thenThrownBy(() -> Shard.parse("3")).hasMessageContaining("K/N");
        thenThrownBy(() -> Shard.parse("a/b")).hasMessageContaining("K/N");
    }
}
