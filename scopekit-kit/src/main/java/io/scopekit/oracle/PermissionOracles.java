package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.oracle.internal.DroolsPermissionOracle;
import io.scopekit.oracle.internal.PermissionRules;
import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Creates permission oracles over the embedded or given permission-model specs and rules
 * ({@code rules/review/}, {@code rules/access/}).
 *
 * <p>Every factory compiles or loads the rules and builds a first session before returning, so a rule that does not
 * compile is reported here ({@link RulesInvalidException}) and never at first use.
 */
@API(status = EXPERIMENTAL)
public final class PermissionOracles {
    private PermissionOracles() {}

    /** Returns an oracle over the embedded specs and the embedded (precompiled) permission rules. */
    public static PermissionOracle embedded() {
        return create(SpecCatalog.loadEmbedded(), null);
    }

    /** Returns an oracle over the permission models of {@code catalog} and the embedded rules. */
    public static PermissionOracle create(SpecCatalog catalog) {
        return create(catalog, null);
    }

    /**
     * Returns an oracle over the permission models of {@code catalog} and the rules in {@code rulesDir}.
     *
     * @param rulesDir a directory holding {@code review/} and {@code access/} {@code .drl} files compiled now, or
     *                 {@code null} for the embedded rules
     * @throws RulesInvalidException when a rule file does not compile (each problem with file and line)
     */
    public static PermissionOracle create(SpecCatalog catalog, Path rulesDir) {
        PermissionRules rules = rulesDir == null ? PermissionRules.embedded() : PermissionRules.fromDirectory(rulesDir);
        return DroolsPermissionOracle.create(rules, catalog);
    }
}
