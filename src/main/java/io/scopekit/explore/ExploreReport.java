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
