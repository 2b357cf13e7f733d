package io.scopekit.steps.internal;

import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import java.nio.file.Path;

/** Builds the Drools consent oracle from the embedded or overridden specs and rules. */
final class OracleLoader {
    private OracleLoader() {}

    static ConsentOracle load(Path specs, Path rules) {
        return ConsentOracles.create(specs, rules);
    }
}
