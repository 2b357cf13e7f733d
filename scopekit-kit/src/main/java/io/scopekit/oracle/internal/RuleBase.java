package io.scopekit.oracle.internal;

import io.scopekit.oracle.FiredRule;
import org.kie.api.KieBase;

/** What {@link RuleSessions} needs of a domain's compiled rules: the KieBase and each rule's source. */
interface RuleBase {

    KieBase kieBase();

    /** The rule named {@code name} with its source. */
    FiredRule rule(String name);

    /**
     * Whether a fired rule cites the source of the spec fact it matched rather than its own metadata; a domain whose
     * facts carry no citations leaves it false.
     */
    default boolean citesMatchedSource(String name) {
        return false;
    }
}
