package io.scopekit.target.reference;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.spec.Document;
import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.testsupport.Oracles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule that fires for a platform cites a document of that platform: over the whole state space of the
 * agreement test, the seed file or address of each fired rule is one listed in the deciding platform's spec
 * {@code documents} (for a port, the port's). Only the oracle's own closing entry ("No source covers what is left",
 * file {@code (oracle)}) cites the kit's documentation instead.
 */
class CitedDocumentsTest {
    private static final Path SPECS = Path.of("platform-specs");

    @Test
    void should_cite_only_documents_of_the_deciding_platform_when_any_rule_fires() {
        // GIVEN the shipped specs, the oracle and every case of the agreement test's state space
        SpecCatalog specs = SpecCatalog.load(SPECS);
        ConsentOracle oracle = Oracles.embedded();
        List<ReferenceOracleAgreementTest.Case> cases = ReferenceOracleAgreementTest.cases(specs);

        // WHEN each case is decided and each fired rule's seed is looked up in the platform's documents
        Set<String> foreign = new TreeSet<>();
        int citations = 0;
        for (ReferenceOracleAgreementTest.Case c : cases) {
            Set<String> listed = documentsOf(specs, c.platform());
            Decision d = oracle.decide(c.situation());
            for (FiredRule r : d.firedRules()) {
                if ("(oracle)".equals(r.file())) {
                    continue;
                }
                citations++;
                if (!listed.contains(r.seed())) {
                    foreign.add(c.platform() + ": \"" + r.name() + "\" cites " + r.seed() + " (e.g. " + c.name() + ")");
                }
            }
        }

        // THEN no rule cites a document the platform's spec does not list
        then(citations).isGreaterThan(1000);
        then(foreign).as("rules citing another platform's document").isEmpty();
    }

    private static Set<String> documentsOf(SpecCatalog specs, String platform) {
        List<Spec> all = new ArrayList<>(specs.clientPlatforms());
        all.addAll(specs.portMatrices());
        Spec spec = all.stream().filter(s -> s.id().equals(platform)).findFirst().orElseThrow();
        return spec.documents().stream()
                .flatMap(d -> Stream.concat(d.seed().stream(), d.url().stream()))
                .collect(Collectors.toSet());
    }
}
