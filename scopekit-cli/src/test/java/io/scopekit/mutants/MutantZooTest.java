package io.scopekit.mutants;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.explore.Explorer;
import io.scopekit.harness.FeatureRun;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Runs {@code verify} (the scenarios of each mutant's platforms, through {@link FeatureRun}) and {@code explore}
 * (generated sequences, one fixed seed) against every mutant of the {@link Zoo}, writes the kill matrix to
 * {@code target/mutants/kill-matrix.json} and {@code .md}, and fails the build when a mutant survives, when the
 * reference does not survive, or when the shipped {@code kit-sensitivity.json} does not state this zoo's result.
 */
class MutantZooTest {
    static final long SEED = 14;
    static final int RUNS = 4_000;
    static final Path SENSITIVITY = Path.of("scopekit-kit/src/main/resources/scopekit/kit-sensitivity.json");

    /** One mutant's row of the matrix. */
    record Row(Zoo.Mutant mutant, List<String> killingScenarios, int scenarios, long verifyMillis,
            Explorer.Summary explore, long exploreMillis) {
        boolean killed() {
            return !killingScenarios.isEmpty() || explore.finding() != null;
        }
    }

    @Test
    void should_kill_every_mutant_and_spare_the_reference_when_verify_and_explore_run_against_the_zoo()
            throws IOException {
        // GIVEN the zoo and the reference
        List<Row> rows = new ArrayList<>();
        // WHEN each mutant is verified on its platforms' scenarios and explored with one seed
        for (Zoo.Mutant m : Zoo.ALL) {
            RunResources resources = RunResources.shared(new RunSettings(m.targetSpec(), null, null));
            long t0 = System.nanoTime();
            Explorer.Summary explore = Explorer.explore(resources.startRun(),
                    new Explorer.Options(m.platforms(), SEED, RUNS, 10, 1, 1, null), line -> { });
            long exploreMillis = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            Failures failures = verify(m);
            rows.add(new Row(m, failures.failed, failures.scenarios, (System.nanoTime() - t1) / 1_000_000, explore,
                    exploreMillis));
        }
        Explorer.Summary reference = Explorer.explore(
                RunResources.shared(new RunSettings("reference", null, null)).startRun(),
                new Explorer.Options(List.of(), SEED, RUNS, 10, 1, 1, null), line -> { });
        writeMatrix(rows);
        // THEN every mutant is killed, the reference survives, and the shipped sensitivity states this result
        then(rows.stream().filter(r -> !r.killed()).map(r -> r.mutant().id()).toList())
                .as("mutants that survived verify and explore (see target/mutants/kill-matrix.md)").isEmpty();
        then(reference.finding()).as("the reference must survive explore").isNull();
        String expected = sensitivity(rows);
        if (Boolean.getBoolean("scopekit.mutants.write") || System.getenv("SCOPEKIT_MUTANTS_WRITE") != null) {
            Files.writeString(SENSITIVITY, expected, StandardCharsets.UTF_8);
        }
        then(Files.readString(SENSITIVITY, StandardCharsets.UTF_8))
                .as("%s must state this zoo's result (rerun with SCOPEKIT_MUTANTS_WRITE=1)", SENSITIVITY)
                .isEqualTo(expected);
    }

    /** The failed scenarios of a verify run of the mutant's platform folders. */
    private static final class Failures implements TestExecutionListener {
        final List<String> failed = Collections.synchronizedList(new ArrayList<>());
        int scenarios;

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
                return;
            }
            synchronized (this) {
                scenarios++;
            }
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failed.add(id.getDisplayName());
            }
        }
    }

    private static Failures verify(Zoo.Mutant m) {
        FeatureRun.Builder run = FeatureRun.with(new RunSettings(m.targetSpec(), null, null)).threads(2);
        for (String platform : m.platforms()) {
            Path dir = Path.of("features", platform);
            if (Files.isDirectory(dir)) {
                run.featuresIn(dir);
            }
        }
        Failures failures = new Failures();
        run.build().execute(failures);
        return failures;
    }

    static String sensitivity(List<Row> rows) {
        long killed = rows.stream().filter(Row::killed).count();
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            ids.append(i == 0 ? "" : ", ").append('"').append(rows.get(i).mutant().id()).append('"');
        }
        return "{\n  \"zoo\": " + rows.size() + ",\n  \"killed\": " + killed + ",\n  \"killRate\": "
                + String.format(Locale.ROOT, "%.4f", killed / (double) rows.size())
                + ",\n  \"verifiedBy\": \"scopekit-cli/src/test/java/io/scopekit/mutants/MutantZooTest.java\",\n  \"mutants\": ["
                + ids + "]\n}\n";
    }

    private static void writeMatrix(List<Row> rows) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "mutants"));
        StringBuilder md = new StringBuilder("# Mutant kill matrix\n\nSeed " + SEED + ", up to " + RUNS
                + " sequences per mutant; verify runs the scenarios of the mutant's platforms.\n\n"
                + "| mutant | side | killed by verify (scenarios failed / run) | verify ms | explore | explore ms |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        StringBuilder json = new StringBuilder("{\n  \"seed\": " + SEED + ",\n  \"mutants\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Explorer.Finding f = r.explore().finding();
            String exploreCell = f == null ? "survived " + r.explore().sequences() + " sequences"
                    : "seed " + SEED + " sequence " + f.index() + " (" + f.shrunkSteps() + " steps, "
                    + f.divergence().aspect() + ")";
            md.append("| ").append(r.mutant().id()).append(" | ").append(r.mutant().side()).append(" | ")
                    .append(r.killingScenarios().size()).append(" / ").append(r.scenarios())
                    .append(r.killingScenarios().isEmpty() ? "" : ": " + r.killingScenarios().get(0)
                            .replace("|", "\\|"))
                    .append(" | ").append(r.verifyMillis()).append(" | ").append(exploreCell).append(" | ")
                    .append(r.exploreMillis()).append(" |\n");
            json.append("    {\"mutant\": \"").append(r.mutant().id()).append("\", \"side\": \"")
                    .append(r.mutant().side()).append("\", \"killed\": ").append(r.killed())
                    .append(", \"verifyKills\": ").append(r.killingScenarios().size()).append(", \"scenarios\": ")
                    .append(r.scenarios()).append(", \"verifyMillis\": ").append(r.verifyMillis())
                    .append(", \"exploreSeed\": ").append(SEED).append(", \"exploreSequence\": ")
                    .append(f == null ? "null" : String.valueOf(f.index())).append(", \"exploreMillis\": ")
                    .append(r.exploreMillis()).append('}').append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        Files.writeString(dir.resolve("kill-matrix.md"), md.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("kill-matrix.json"), json.toString(), StandardCharsets.UTF_8);
    }
}
