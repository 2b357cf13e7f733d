package io.scopekit.harness;

import io.scopekit.oracle.ConsentOracle;

/**
 * A harness class that uses a domain's oracle facade, as {@code RunResources} did before issue 18: the fixture
 * {@code DomainNeutralEngineArchitectureTest} checks its rule against, so the rule is seen to catch it.
 */
final class OracleFacadeUserFixture {
    private OracleFacadeUserFixture() {}

    static ConsentOracle oracle(RunResources resources) {
        throw new UnsupportedOperationException("a fixture, never called: " + resources);
    }
}
