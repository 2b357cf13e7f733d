package io.scopekit.oracle;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.oracle.internal.ConsentRules;
import io.scopekit.oracle.internal.RuleFirings;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fails listing every consent rule that no test made fire. Runs after every other test class of the JVM
 * (junit-platform.properties orders classes by {@link Order}); meaningful only with the whole suite.
 */
@Isolated
@Order(Integer.MAX_VALUE)
class RuleCoverageTest {

    @Test
    void should_have_fired_every_consent_rule_when_the_suite_ran() {
        // GIVEN the embedded rules and the firings the agenda listener recorded during this test JVM
        then(RuleFirings.enabled()).as("surefire sets -Dscopekit.oracle.coverage=true").isTrue();
        Set<String> all = new TreeSet<>(ConsentRules.embedded().rules().keySet());
        // WHEN the fired rules are removed
        Set<String> neverFired = new TreeSet<>(all);
        neverFired.removeAll(RuleFirings.fired());
        // THEN none is left
        then(all).isNotEmpty();
        then(neverFired).as("rules never fired by any test (coverage %d/%d, order %s)",
                all.size() - neverFired.size(), all.size(), ClassOrderer.OrderAnnotation.class.getSimpleName()).isEmpty();
    }
}
