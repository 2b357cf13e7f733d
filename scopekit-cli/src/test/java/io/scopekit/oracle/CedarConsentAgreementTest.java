package io.scopekit.oracle;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.consent.Outcome;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.testsupport.CallSituations;
import io.scopekit.testsupport.CedarConsent;
import io.scopekit.testsupport.Oracles;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the Cedar comparator of the oracle benchmark honest: on every benchmarked call, Cedar's allow/deny is the
 * oracle's success/fail.
 */
class CedarConsentAgreementTest {
    private static CedarConsent cedar;
    private static final ConsentOracle ORACLE = Oracles.embedded();

    @BeforeAll
    static void loadCedar() {
        cedar = new CedarConsent(SpecCatalog.loadEmbedded());
    }

    static Stream<Situation> calls() {
        return CallSituations.MIX.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void should_allow_exactly_when_the_oracle_says_success_when_an_api_is_called(Situation situation) {
        // GIVEN a benchmarked call the oracle settles as success or fail
        Outcome expected = ORACLE.decide(situation).outcome();
        then(expected).isIn(Outcome.SUCCESS, Outcome.FAIL);
        // WHEN Cedar evaluates the same call against cedar/consent.cedar
        boolean allowed = cedar.allows(situation);
        // THEN allow means success and deny means fail
        then(allowed).as("Cedar allows; oracle says %s", expected).isEqualTo(expected == Outcome.SUCCESS);
    }

    @Test
    void should_cover_both_outcomes_when_the_situations_are_the_benchmark_mix() {
        // GIVEN the benchmark mix WHEN the oracle decides each THEN both outcomes occur (so agreement means something)
        then(CallSituations.MIX.stream().map(s -> ORACLE.decide(s).outcome()).distinct())
                .contains(Outcome.SUCCESS, Outcome.FAIL);
    }
}
