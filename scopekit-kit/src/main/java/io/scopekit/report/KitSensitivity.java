package io.scopekit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the kit's mutant kill rate from {@code scopekit/kit-sensitivity.json}, shipped in the kit's jar: written and
 * checked by the mutant zoo test (src/test/java/io/scopekit/mutants/MutantZooTest.java), which fails the build when
 * the file does not state the result of running the zoo against this very kit.
 */
final class KitSensitivity {
    static final String RESOURCE = "scopekit/kit-sensitivity.json";

    private KitSensitivity() {}

    /** The certificate's sensitivity block: the shipped kill rate and this run's coverage counts. */
    static ConformanceSummary.Sensitivity of(int scenarios, int rules, int statements) {
        try (InputStream in = KitSensitivity.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ConformanceSummary.Sensitivity(0, 0, 0, scenarios, rules, statements);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            int zoo = root.path("zoo").asInt(0);
            int killed = root.path("killed").asInt(0);
            return new ConformanceSummary.Sensitivity(zoo, killed, zoo == 0 ? 0 : killed / (double) zoo, scenarios,
                    rules, statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
