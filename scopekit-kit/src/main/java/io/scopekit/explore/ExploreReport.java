package io.scopekit.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.BehaviourKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/** Writes and says what an explore run did: {@code explore.json}, the counterexample feature, the summary lines. */
@API(status = EXPERIMENTAL)
public final class ExploreReport {
    /** The folder of a run that holds its counterexamples. */
    public static final String COUNTEREXAMPLES = "counterexamples";
    /** The run's summary file. */
    public static final String EXPLORE_JSON = "explore.json";

    private ExploreReport() {}

    /** Returns the counterexample's file name. */
    public static String fileName(Explorer.Summary summary) {
        return "explore-" + summary.seed() + "-" + (summary.finding() == null ? "none" : summary.finding().index())
                + ".feature";
    }

    /** Writes {@code explore.json} and, when there is a finding, the counterexample, each through a temp file. */
    public static void write(Path runDir, String runId, String target, Explorer.Summary s) throws IOException {
        Files.createDirectories(runDir);
        if (s.finding() != null) {
            Path dir = Files.createDirectories(runDir.resolve(COUNTEREXAMPLES));
            atomic(dir.resolve(fileName(s)), s.finding().feature());
        }
        StringBuilder j = new StringBuilder();
        j.append("{\n  \"runId\": ").append(q(runId)).append(",\n  \"target\": ").append(q(target))
                .append(",\n  \"seed\": ").append(s.seed())
                .append(",\n  \"shard\": ").append(q(s.shardIndex() + "/" + s.shardCount()))
                .append(",\n  \"sequences\": ").append(s.sequences())
                .append(",\n  \"steps\": ").append(s.steps())
                .append(",\n  \"budgetSpent\": ").append(s.budgetSpent())
                .append(",\n  \"rulesTotal\": ").append(s.rulesTotal())
                .append(",\n  \"rulesReached\": ").append(list(new ArrayList<>(s.rulesReached())))
                .append(",\n  \"behaviourKeysReached\": ")
                .append(list(s.behavioursReached().stream().map(BehaviourKey::wireName).toList()));
        if (s.finding() != null) {
            Explorer.Finding f = s.finding();
            j.append(",\n  \"divergence\": {\"sequence\": ").append(f.index()).append(", \"where\": ")
                    .append(q(f.where())).append(", \"steps\": ").append(f.originalSteps())
                    .append(", \"shrunkSteps\": ").append(f.shrunkSteps()).append(", \"step\": ")
                    .append(f.divergence().step() + 1).append(", \"aspect\": ").append(q(f.divergence().aspect()))
                    .append(", \"message\": ").append(q(f.divergence().message())).append(", \"feature\": ")
                    .append(q(COUNTEREXAMPLES + "/" + fileName(s))).append('}');
        }
        j.append("\n}\n");
        atomic(runDir.resolve(EXPLORE_JSON), j.toString());
    }

    /** The summary lines printed after a run. */
    public static List<String> lines(Explorer.Summary s) {
        List<String> out = new ArrayList<>();
        double seconds = s.exploringNanos() / 1e9;
        String head = s.finding() == null ? "no divergence" : "DIVERGENCE";
        out.add(String.format(Locale.ROOT, "explore: %s: %,d sequences, %,d steps in %.2f s (%,.0f steps/s)%s", head,
                s.sequences(), s.steps(), seconds, seconds == 0 ? 0 : s.steps() / seconds,
                s.budgetSpent() ? "; stopped by --time-budget" : ""));
        out.add(String.format(Locale.ROOT, "coverage: rules reached %d of %d; behaviour keys reached %d of %d%s",
                s.rulesReached().size(), s.rulesTotal(), s.behavioursReached().size(), BehaviourKey.values().length,
                s.behavioursReached().size() == BehaviourKey.values().length ? "" : " (not reached: "
                        + String.join(", ", java.util.Arrays.stream(BehaviourKey.values())
                        .filter(k -> !s.behavioursReached().contains(k)).map(BehaviourKey::wireName).toList()) + ")"));
        if (s.finding() != null) {
            Explorer.Finding f = s.finding();
            out.add("divergence: sequence " + f.index() + " on " + f.where() + ", " + f.originalSteps()
                    + " steps shrunk to " + f.shrunkSteps() + "; step " + (f.divergence().step() + 1) + " ("
                    + f.divergence().kind() + "), " + f.divergence().message());
        }
        return out;
    }

    /** What {@link #merge} found: the summary lines and whether a shard diverged. */
    public record Merged(List<String> lines, boolean divergence) {}

    /** Tells whether {@code dir} holds an explore run (its {@value #EXPLORE_JSON}). */
    public static boolean isExploreRun(Path dir) {
        return Files.isRegularFile(dir.resolve(EXPLORE_JSON));
    }

    /**
     * Joins the shards of one explore run ({@code --shard K/N} with one seed): sums the sequences and steps, unites
     * the rules and behaviour keys reached, copies the counterexamples, and writes the joined {@value #EXPLORE_JSON}.
     *
     * @throws IllegalArgumentException when the directories are not shards of one run (seeds or shard counts differ,
     *     a shard is there twice)
     */
    public static Merged merge(List<Path> dirs, Path out) throws IOException {
        tools.jackson.databind.ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Long seed = null;
        Integer count = null;
        java.util.Set<String> shards = new java.util.TreeSet<>();
        long sequences = 0;
        long steps = 0;
        int rulesTotal = 0;
        java.util.Set<String> rules = new java.util.TreeSet<>();
        java.util.Set<String> keys = new java.util.TreeSet<>();
        List<String> divergences = new ArrayList<>();
        List<Path[]> copies = new ArrayList<>();
        for (Path dir : dirs) {
            tools.jackson.databind.JsonNode root = json.readTree(dir.resolve(EXPLORE_JSON).toFile());
            long s = root.path("seed").asLong();
            String shard = root.path("shard").asString();
            int n = Integer.parseInt(shard.substring(shard.indexOf('/') + 1));
            if (seed != null && (seed != s || count != n)) {
                throw new IllegalArgumentException(dir + ": seed " + s + " shard " + shard
                        + " is not a shard of the run with seed " + seed + " in " + count + " shards");
            }
            if (!shards.add(shard)) {
                throw new IllegalArgumentException(dir + ": shard " + shard + " is there twice");
            }
            seed = s;
            count = n;
            sequences += root.path("sequences").asLong();
            steps += root.path("steps").asLong();
            rulesTotal = Math.max(rulesTotal, root.path("rulesTotal").asInt());
            root.path("rulesReached").forEach(r -> rules.add(r.asString()));
            root.path("behaviourKeysReached").forEach(r -> keys.add(r.asString()));
            if (root.has("divergence")) {
                tools.jackson.databind.JsonNode d = root.path("divergence");
                divergences.add("shard " + shard + ": sequence " + d.path("sequence").asLong() + " on "
                        + d.path("where").asString() + ", step " + d.path("step").asInt() + ", "
                        + d.path("message").asString());
                Path feature = dir.resolve(d.path("feature").asString());
                if (Files.isRegularFile(feature)) {
                    copies.add(new Path[] {feature, out.resolve(COUNTEREXAMPLES).resolve(feature.getFileName())});
                }
            }
        }
        // A merge of some shards would report "no divergence" for sequences nobody ran: refused before anything is
        // written, as `report merge` refuses an incomplete set of verify shards.
        if (count == null || shards.size() != count) {
            throw new IllegalArgumentException("missing shards: " + (count == null ? "none given" : shards.size()
                    + " of " + count + " given (" + String.join(", ", shards) + "); merge every shard of the run"));
        }
        Files.createDirectories(out);
        for (Path[] copy : copies) {
            Files.createDirectories(copy[1].getParent());
            Files.copy(copy[0], copy[1], StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "explore: %s: %,d sequences, %,d steps from shards %s of %d (seed %d)",
                divergences.isEmpty() ? "no divergence" : "DIVERGENCE", sequences, steps, String.join(", ", shards),
                count, seed));
        lines.add(String.format(Locale.ROOT, "coverage: rules reached %d of %d; behaviour keys reached %d of %d",
                rules.size(), rulesTotal, keys.size(), BehaviourKey.values().length));
        divergences.forEach(d -> lines.add("divergence: " + d));
        StringBuilder j = new StringBuilder();
        j.append("{\n  \"seed\": ").append(seed).append(",\n  \"shard\": ").append(q("merged " + shards))
                .append(",\n  \"sequences\": ").append(sequences).append(",\n  \"steps\": ").append(steps)
                .append(",\n  \"rulesTotal\": ").append(rulesTotal)
                .append(",\n  \"rulesReached\": ").append(list(new ArrayList<>(rules)))
                .append(",\n  \"behaviourKeysReached\": ").append(list(new ArrayList<>(keys)))
                .append(",\n  \"divergences\": ").append(list(divergences)).append("\n}\n");
        atomic(out.resolve(EXPLORE_JSON), j.toString());
        return new Merged(lines, !divergences.isEmpty());
    }

    private static void atomic(Path target, String text) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".scopekit-tmp-", ".part");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String list(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(q(values.get(i)));
        }
        return b.append(']').toString();
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
