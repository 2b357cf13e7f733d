package io.scopekit.report;

import io.cucumber.messages.types.Envelope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses a merge whose parts do not make one run: every directory must be a complete run whose messages stream
 * holds as many scenarios as its {@code run.json} counted, and together they must be the shards 1..N of one
 * selection run by the same kit, on the same content, against the same target — each shard once.
 */
final class MergeCheck {
    private final List<String> problems = new ArrayList<>();

    private MergeCheck() {}

    /**
     * Checks the shards.
     *
     * @param dirs      the directories, in the order given
     * @param envelopes each directory's messages
     * @param infos     each directory's run descriptions
     * @throws ReportInputException naming every problem
     */
    static void check(List<Path> dirs, List<List<Envelope>> envelopes, List<List<RunInfo>> infos) {
        MergeCheck c = new MergeCheck();
        List<RunInfo> runs = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            RunInfo run = c.complete(dirs.get(i), envelopes.get(i), infos.get(i));
            runs.add(run);
        }
        if (c.problems.isEmpty()) {
            c.sameRun(dirs, runs);
            c.shards(dirs, runs);
        }
        if (!c.problems.isEmpty()) {
            throw new ReportInputException("cannot merge: " + String.join("; ", c.problems));
        }
    }

    private RunInfo complete(Path dir, List<Envelope> envelopes, List<RunInfo> infos) {
        if (infos.isEmpty()) {
            problems.add(dir + ": no " + Reports.RUN_JSON + " (expected a run directory written by 'scopekit verify')");
            return null;
        }
        if (infos.size() > 1) {
            problems.add(dir + ": is itself a merge of " + infos.size() + " runs (merge the shard directories instead)");
            return null;
        }
        RunInfo run = infos.get(0);
        if (!RunInfo.COMPLETE.equals(run.status()) || run.scenarios() == null) {
            problems.add(dir + ": the run is not complete (status "
                    + (run.status() == null ? "unknown: written by an older kit" : run.status()) + ")");
            return run;
        }
        MessageIndex index = new MessageIndex();
        envelopes.forEach(index::accept);
        List<MessageIndex.ScenarioRun> scenarios = index.scenarios();
        long unfinished = scenarios.stream().filter(s -> "not-finished".equals(s.status())).count();
        boolean ended = !envelopes.isEmpty() && envelopes.get(envelopes.size() - 1).getTestRunFinished().isPresent();
        if (scenarios.size() != run.scenarios() || unfinished > 0 || run.scenarios() > 0 && !ended) {
            problems.add(dir + ": " + ScopekitReportPlugin.MESSAGES + " is incomplete (" + (scenarios.size() - unfinished)
                    + " of " + run.scenarios() + " scenarios finished"
                    + (ended || run.scenarios() == 0 ? "" : ", no end-of-run message") + ")");
        }
        return run;
    }

    private void sameRun(List<Path> dirs, List<RunInfo> runs) {
        RunInfo first = runs.get(0);
        for (int i = 1; i < runs.size(); i++) {
            RunInfo r = runs.get(i);
            String where = dirs.get(i) + " and " + dirs.get(0);
            if (!Objects.equals(r.kitVersion(), first.kitVersion())) {
                problems.add(where + " were run by different kits (" + r.kitVersion() + " vs " + first.kitVersion() + ")");
            }
            if (!Objects.equals(hashes(r), hashes(first))) {
                problems.add(where + " used different kit content (" + differing(r, first) + ")");
            }
            if (!Objects.equals(r.target(), first.target())) {
                problems.add(where + " ran against different targets (" + name(r) + " vs " + name(first) + ")");
            }
            if (!Objects.equals(r.tags(), first.tags())) {
                problems.add(where + " selected different scenarios (tags " + r.tags() + " vs " + first.tags() + ")");
            }
        }
    }

    private void shards(List<Path> dirs, List<RunInfo> runs) {
        Map<String, Path> byRunId = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            Path before = byRunId.putIfAbsent(runs.get(i).runId(), dirs.get(i));
            if (before != null) {
                problems.add("run " + runs.get(i).runId() + " is given twice (" + before + ", " + dirs.get(i) + ")");
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        boolean anyUnsharded = runs.stream().anyMatch(r -> r.shard() == null);
        if (anyUnsharded) {
            if (runs.size() > 1) {
                problems.add("an unsharded run covers the whole selection and cannot be merged with other runs ("
                        + dirs.get(runs.indexOf(runs.stream().filter(r -> r.shard() == null).findFirst().orElseThrow()))
                        + ")");
            }
            return;
        }
        Set<Integer> counts = new TreeSet<>();
        Map<Integer, Path> byIndex = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            String[] kn = runs.get(i).shard().split("/");
            int k = Integer.parseInt(kn[0]);
            counts.add(Integer.parseInt(kn[1]));
            Path before = byIndex.putIfAbsent(k, dirs.get(i));
            if (before != null) {
                problems.add("duplicate shard " + runs.get(i).shard() + " (" + before + ", " + dirs.get(i) + ")");
            }
        }
        if (counts.size() > 1) {
            problems.add("shards of different splits (N = " + counts + ")");
            return;
        }
        int n = counts.iterator().next();
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            if (!byIndex.containsKey(k)) {
                missing.add(k + "/" + n);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("incomplete shard set: missing " + String.join(", ", missing));
        }
    }

    private static Set<String> hashes(RunInfo r) {
        Set<String> out = new HashSet<>();
        r.files().forEach(f -> out.add(f.kind() + ":" + f.path() + ":" + f.sha256()));
        return out;
    }

    private static String differing(RunInfo a, RunInfo b) {
        Set<String> onlyA = new TreeSet<>(hashes(a));
        onlyA.removeAll(hashes(b));
        Set<String> onlyB = new TreeSet<>(hashes(b));
        onlyB.removeAll(hashes(a));
        Set<String> names = new TreeSet<>();
        onlyA.forEach(h -> names.add(h.substring(0, h.lastIndexOf(':'))));
        onlyB.forEach(h -> names.add(h.substring(0, h.lastIndexOf(':'))));
        List<String> list = new ArrayList<>(names);
        return list.size() <= 5 ? String.join(", ", list) : String.join(", ", list.subList(0, 5)) + ", ...";
    }

    private static String name(RunInfo r) {
        return r.target() == null ? "?" : r.target().spec() + " " + r.target().name() + " " + r.target().version();
    }
}
