package io.scopekit.oracle;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.oracle.internal.PermissionRules;
import io.scopekit.oracle.internal.RuleFirings;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fails listing every permission rule ({@code rules/review}, {@code rules/access}) that no test made fire. Runs after
 * every other test class of the JVM, like {@link RuleCoverageTest}; meaningful only with the whole suite.
 */
@Isolated
@Order(Integer.MAX_VALUE)
class PermissionRuleCoverageTest {

    @Test
    void should_have_fired_every_permission_rule_when_the_suite_ran() {
        // GIVEN the embedded permission rules and the firings recorded during this test JVM
        then(RuleFirings.enabled()).as("surefire sets -Dscopekit.oracle.coverage=true").isTrue();
        Set<String> all = new TreeSet<>(PermissionRules.embedded().rules().keySet());

        // WHEN the fired rules are removed
        Set<String> neverFired = new TreeSet<>(all);
        neverFired.removeAll(RuleFirings.fired());

        // THEN none is left
        then(all).isNotEmpty();
        then(neverFired).as("permission rules never fired by any test (coverage %d/%d)",
                all.size() - neverFired.size(), all.size()).isEmpty();
    }
}
