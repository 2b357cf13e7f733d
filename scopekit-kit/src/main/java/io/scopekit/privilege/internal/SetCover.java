package io.scopekit.privilege.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds a smallest set of candidates covering every element (unweighted set cover): reductions, then branch and
 * bound, falling back to greedy beyond {@link #MAX_ELEMENTS} elements, {@link #MAX_CANDIDATES} candidates (both
 * after reduction) or {@link #MAX_NODES} search nodes.
 *
 * <p>Reductions, each keeping the minimum size: an element whose alternatives include all those of another element
 * is covered whenever that one is, so it is dropped; a candidate whose remaining elements are a subset of another
 * candidate's can be swapped for it in any cover, so it is dropped (equal sets keep the earlier candidate); an
 * element left with one alternative forces that candidate.
 */
public final class SetCover {

    /** Most elements (requirement groups) searched exactly, after reduction: they are bits of a {@code long}. */
    public static final int MAX_ELEMENTS = 64;
    /** Most candidate permissions searched exactly, after reduction. */
    public static final int MAX_CANDIDATES = 64;
    /** Most branch-and-bound nodes before the search stops and the best cover found so far is returned. */
    public static final long MAX_NODES = 2_000_000L;

    /**
     * A cover.
     *
     * @param chosen indices of the chosen candidates, ascending
     * @param exact whether the size is proven minimal
     * @param note why the search was not exact; empty when it was
     * @param elementsSearched elements left after reduction
     * @param candidatesSearched candidates left after reduction
     * @param nodes branch-and-bound nodes visited
     */
    public record Result(List<Integer> chosen, boolean exact, String note, int elementsSearched,
            int candidatesSearched, long nodes) {}

    private SetCover() {}

    /**
     * Solves one instance.
     *
     * @param alternatives for each element, the candidates (indices) that cover it; none may be empty
     * @param candidates number of candidates
     * @return a cover, minimal when {@link Result#exact()}
     */
    public static Result solve(List<BitSet> alternatives, int candidates) {
        return solve(alternatives, candidates, MAX_ELEMENTS, MAX_CANDIDATES, MAX_NODES);
    }

    /** Solves with explicit limits (tests use small ones to reach the fallbacks). */
    public static Result solve(List<BitSet> alternatives, int candidates, int maxElements, int maxCandidates,
            long maxNodes) {
        for (BitSet alts : alternatives) {
            if (alts.isEmpty()) {
                throw new IllegalArgumentException("an element has no alternative");
            }
        }
        BitSet forced = new BitSet();
        BitSet liveCandidates = new BitSet();
        liveCandidates.set(0, candidates);
        List<BitSet> live = new ArrayList<>();
        for (BitSet alts : alternatives) {
            live.add((BitSet) alts.clone());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            // forced candidates: an element with one alternative
            for (BitSet alts : live) {
                if (alts.cardinality() == 1) {
                    forced.set(alts.nextSetBit(0));
                }
            }
            if (!forced.isEmpty()) {
                int before = live.size();
                live.removeIf(alts -> alts.intersects(forced));
                changed |= live.size() != before;
            }
            // dominated elements: alts(b) contains alts(a) → covering a covers b
            List<BitSet> kept = new ArrayList<>();
            for (int b = 0; b < live.size(); b++) {
                boolean dominated = false;
                for (int a = 0; a < live.size() && !dominated; a++) {
                    if (a == b) {
                        continue;
                    }
                    BitSet sa = live.get(a);
                    BitSet sb = live.get(b);
                    if (subset(sa, sb) && (!sa.equals(sb) || a < b)) {
                        dominated = true;
                    }
                }
                if (!dominated) {
                    kept.add(live.get(b));
                }
            }
            changed |= kept.size() != live.size();
            live = kept;
            // dominated candidates: covers(p) within covers(q) → q can replace p
            List<BitSet> covers = coversOf(live, candidates);
            for (int p = liveCandidates.nextSetBit(0); p >= 0; p = liveCandidates.nextSetBit(p + 1)) {
                BitSet cp = covers.get(p);
                boolean dominated = cp.isEmpty();
                for (int q = liveCandidates.nextSetBit(0); q >= 0 && !dominated; q = liveCandidates.nextSetBit(q + 1)) {
                    if (q != p && subset(cp, covers.get(q)) && (!cp.equals(covers.get(q)) || q < p)) {
                        dominated = true;
                    }
                }
                if (dominated) {
                    liveCandidates.clear(p);
                    for (BitSet alts : live) {
                        alts.clear(p);
                    }
                    changed = true;
                }
            }
        }
        int[] cand = liveCandidates.stream().toArray();
        if (live.isEmpty()) {
            return new Result(forced.stream().boxed().toList(), true, "", 0, 0, 0);
        }
        if (live.size() > maxElements || cand.length > maxCandidates) {
            BitSet chosen = greedy(live, cand);
            chosen.or(forced);
            return new Result(chosen.stream().boxed().toList(), false, "greedy approximation: " + live.size()
                    + " requirement groups and " + cand.length + " candidate permissions remain after reduction; the"
                    + " exact search is limited to " + maxElements + " groups and " + maxCandidates + " candidates",
                    live.size(), cand.length, 0);
        }
        Search search = new Search(live, cand, maxNodes);
        BitSet chosen = search.run();
        chosen.or(forced);
        String note = search.exhausted ? "" : "greedy approximation: the exact search stopped after " + maxNodes
                + " nodes; the best cover found is returned, not proven minimal";
        return new Result(chosen.stream().boxed().toList(), search.exhausted, note, live.size(), cand.length,
                search.nodes);
    }

    private static boolean subset(BitSet a, BitSet b) {
        BitSet rest = (BitSet) a.clone();
        rest.andNot(b);
        return rest.isEmpty();
    }

    private static List<BitSet> coversOf(List<BitSet> elements, int candidates) {
        List<BitSet> covers = new ArrayList<>(candidates);
        for (int c = 0; c < candidates; c++) {
            covers.add(new BitSet());
        }
        for (int e = 0; e < elements.size(); e++) {
            BitSet alts = elements.get(e);
            for (int c = alts.nextSetBit(0); c >= 0; c = alts.nextSetBit(c + 1)) {
                covers.get(c).set(e);
            }
        }
        return covers;
    }

    /** Greedy: the candidate covering most uncovered elements, ties to the lower index (ln n approximation). */
    private static BitSet greedy(List<BitSet> elements, int[] cand) {
        List<BitSet> covers = coversOf(elements, cand.length == 0 ? 0 : cand[cand.length - 1] + 1);
        BitSet uncovered = new BitSet();
        uncovered.set(0, elements.size());
        BitSet chosen = new BitSet();
        while (!uncovered.isEmpty()) {
            int best = -1;
            int bestGain = 0;
            for (int c : cand) {
                BitSet gain = (BitSet) covers.get(c).clone();
                gain.and(uncovered);
                if (gain.cardinality() > bestGain) {
                    best = c;
                    bestGain = gain.cardinality();
                }
            }
            chosen.set(best);
            uncovered.andNot(covers.get(best));
        }
        return chosen;
    }

    /** Branch and bound over element masks: branch on the uncovered element with fewest alternatives. */
    private static final class Search {
        private final long[] coverMask;
        private final int[] cand;
        private final long[] altMask;
        private final long all;
        private final long maxNodes;
        private long nodes;
        private boolean exhausted = true;
        private int bestSize;
        private long bestChoice;

        Search(List<BitSet> elements, int[] cand, long maxNodes) {
            this.cand = cand;
            this.maxNodes = maxNodes;
            coverMask = new long[cand.length];
            altMask = new long[elements.size()];
            for (int e = 0; e < elements.size(); e++) {
                for (int i = 0; i < cand.length; i++) {
                    if (elements.get(e).get(cand[i])) {
                        coverMask[i] |= 1L << e;
                        altMask[e] |= 1L << i;
                    }
                }
            }
            all = elements.size() == 64 ? -1L : (1L << elements.size()) - 1;
        }

        BitSet run() {
            // the greedy cover is the first upper bound
            long uncovered = all;
            long choice = 0;
            while (uncovered != 0) {
                int best = 0;
                int gain = -1;
                for (int i = 0; i < cand.length; i++) {
                    int g = Long.bitCount(coverMask[i] & uncovered);
                    if (g > gain) {
                        gain = g;
                        best = i;
                    }
                }
                choice |= 1L << best;
                uncovered &= ~coverMask[best];
            }
            bestChoice = choice;
            bestSize = Long.bitCount(choice);
            dfs(all, 0L, 0);
            BitSet chosen = new BitSet();
            for (int i = 0; i < cand.length; i++) {
                if ((bestChoice & (1L << i)) != 0) {
                    chosen.set(cand[i]);
                }
            }
            return chosen;
        }

        private void dfs(long uncovered, long choice, int depth) {
            if (uncovered == 0) {
                if (depth < bestSize) {
                    bestSize = depth;
                    bestChoice = choice;
                }
                return;
            }
            if (++nodes > maxNodes) {
                exhausted = false;
                return;
            }
            // lower bound: the largest single cover of what is left
            int most = 0;
            for (long m : coverMask) {
                most = Math.max(most, Long.bitCount(m & uncovered));
            }
            int left = Long.bitCount(uncovered);
            if (depth + (left + most - 1) / most >= bestSize) {
                return;
            }
            int pick = -1;
            int fewest = Integer.MAX_VALUE;
            for (long rest = uncovered; rest != 0; rest &= rest - 1) {
                int e = Long.numberOfTrailingZeros(rest);
                int n = Long.bitCount(altMask[e]);
                if (n < fewest) {
                    fewest = n;
                    pick = e;
                }
            }
            for (long alts = altMask[pick]; alts != 0 && exhausted; alts &= alts - 1) {
                int i = Long.numberOfTrailingZeros(alts);
                dfs(uncovered & ~coverMask[i], choice | (1L << i), depth + 1);
            }
        }
    }
}
