package io.scopekit.privilege.internal;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetCoverTest {

    /** Five groups over six candidates where neither reduction nor the greedy choice finds the minimum of 2. */
    private static final int[][] GREEDY_TRAP = {{1, 2, 3}, {0, 2, 4}, {4, 5}, {0, 2, 5}, {0, 1, 4}};

    @Test
    void should_find_the_minimum_when_the_greedy_choice_is_worse() {
        // GIVEN an instance that survives every reduction and fools greedy (found by a random search)
        List<BitSet> groups = groups(GREEDY_TRAP);
        // WHEN
        SetCover.Result exact = SetCover.solve(groups, 6);
        SetCover.Result greedy = SetCover.solve(groups, 6, 0, 0, 0);
        // THEN the exact search returns 2 candidates covering every group, greedy more
        then(exact.exact()).isTrue();
        then(exact.chosen()).hasSize(2);
        then(coversAll(groups, exact.chosen())).isTrue();
        then(exact.elementsSearched()).isPositive();
        then(greedy.chosen().size()).isGreaterThan(2);
        then(coversAll(groups, greedy.chosen())).isTrue();
    }

    @Test
    void should_fall_back_to_greedy_and_say_so_when_more_candidates_remain_than_the_limit() {
        // GIVEN a cycle of 70 groups {p_i, p_i+1}: no group or candidate dominates another, nothing is forced
        int n = 70;
        List<BitSet> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BitSet alts = new BitSet();
            alts.set(i);
            alts.set((i + 1) % n);
            groups.add(alts);
        }
        // WHEN
        SetCover.Result result = SetCover.solve(groups, n);
        // THEN a cover, not claimed minimal, with the limits named
        then(result.exact()).isFalse();
        then(result.note()).startsWith("greedy approximation: 70 requirement groups and 70 candidate permissions")
                .contains("limited to 64 groups and 64 candidates");
        then(coversAll(groups, result.chosen())).isTrue();
        then(result.chosen()).hasSize(35);
    }

    @Test
    void should_stop_and_say_so_when_the_search_exceeds_its_node_budget() {
        // GIVEN the greedy trap and a budget of one node
        List<BitSet> groups = groups(GREEDY_TRAP);
        // WHEN
        SetCover.Result result = SetCover.solve(groups, 6, 64, 64, 1);
        // THEN the best cover found so far, not claimed minimal
        then(result.exact()).isFalse();
        then(result.note()).contains("stopped after 1 nodes");
        then(coversAll(groups, result.chosen())).isTrue();
    }

    @Test
    void should_choose_forced_candidates_without_searching_when_groups_have_one_alternative() {
        // GIVEN {0}, {0,1}, {2} / WHEN
        SetCover.Result result = SetCover.solve(groups(new int[][] {{0}, {0, 1}, {2}}), 3);
        // THEN
        then(result.chosen()).containsExactly(0, 2);
        then(result.exact()).isTrue();
        then(result.nodes()).isZero();
    }

    @Test
    void should_refuse_the_instance_when_a_group_has_no_alternative() {
        // GIVEN a group no candidate covers / WHEN solved / THEN refused
        thenThrownBy(() -> SetCover.solve(List.of(new BitSet()), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BitSet> groups(int[][] spec) {
        List<BitSet> groups = new ArrayList<>();
        for (int[] g : spec) {
            BitSet alts = new BitSet();
            for (int c : g) {
                alts.set(c);
            }
            groups.add(alts);
        }
        return groups;
    }

    private static boolean coversAll(List<BitSet> groups, List<Integer> chosen) {
        return groups.stream().allMatch(g -> chosen.stream().anyMatch(g::get));
    }
}
