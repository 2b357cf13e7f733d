package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.oracle.internal.ConsentRules;
import io.scopekit.oracle.internal.DroolsConsentOracle;
import io.scopekit.oracle.internal.CatalogFacts;
import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Creates consent oracles over the embedded or given platform specs and rules.
 *
 * <p>Every factory compiles or loads the rules and builds a first session before returning, so a rule that
 * does not compile is reported here ({@link RulesInvalidException}) and never at first use.
 */
@API(status = EXPERIMENTAL)
public final class ConsentOracles {
    private ConsentOracles() {}

    /** Returns an oracle over the embedded specs and the embedded (precompiled) rules. */
    public static ConsentOracle embedded() {
        return create(SpecCatalog.loadEmbedded(), null);
    }

    /**
     * Returns an oracle over the specs in {@code specsDir} and the rules in {@code rulesDir}.
     *
     * @param specsDir a platform-specs directory, or {@code null} for the embedded specs
     * @param rulesDir a directory of {@code .drl} files compiled now, or {@code null} for the embedded rules
     * @throws RulesInvalidException when a rule file does not compile (each problem with file and line)
     * @throws io.scopekit.spec.SpecException when the specs do not load
     */
    public static ConsentOracle create(Path specsDir, Path rulesDir) {
        return create(specsDir == null ? SpecCatalog.loadEmbedded() : SpecCatalog.load(specsDir), rulesDir);
    }

    /**
     * Compiles the rules in {@code rulesDir} without building an oracle, to report their problems when the specs
     * the oracle needs do not load.
     *
     * @throws RulesInvalidException when a rule file does not compile (each problem with file, line and column)
     */
    public static void checkRules(Path rulesDir) {
        ConsentRules.fromDirectory(rulesDir);
    }

    /** Returns an oracle over the platform specs of {@code catalog} and the embedded rules. */
    public static ConsentOracle create(SpecCatalog catalog) {
        return create(catalog, null);
    }

    /**
     * Returns an oracle over the platform specs of {@code catalog} and the rules in {@code rulesDir}.
     *
     * @param rulesDir a directory of {@code .drl} files compiled now, or {@code null} for the embedded rules
     * @throws RulesInvalidException when a rule file does not compile (each problem with file and line)
     */
    public static ConsentOracle create(SpecCatalog catalog, Path rulesDir) {
        ConsentRules rules = rulesDir == null ? ConsentRules.embedded() : ConsentRules.fromDirectory(rulesDir);
        return DroolsConsentOracle.create(rules, CatalogFacts.from(catalog));
    }
}
