package io.scopekit.oracle;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.consent.RecordState;
import io.scopekit.testsupport.CallSituations;
import io.scopekit.testsupport.Oracles;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The oracle reuses one Drools session per thread, so a decision's fact must be gone from it afterwards: Drools
 * 10.2 kept every deleted Request reachable from single-pattern rules compiled to AlphaTerminalNodes (fixed by
 * {@code @Propagation(LAZY)} in the rules), which grew the heap without bound.
 */
class RequestRetentionTest {

    @Test
    void should_release_every_situation_when_its_decisions_are_done() {
        // GIVEN each benchmarked call with its own records map, reachable only through a weak reference
        ConsentOracle oracle = Oracles.embedded();
        Map<Integer, WeakReference<Map<String, RecordState>>> records = new HashMap<>();
        for (int i = 0; i < CallSituations.MIX.size(); i++) {
            Situation s = CallSituations.MIX.get(i);
            Map<String, RecordState> own = new HashMap<>(s.records());
            own.put("scope.probe-" + i, RecordState.GRANTED);
            Situation probe = new Situation(s.platform(), s.container(), s.appKind(), s.clientVersion(), own,
                    s.action(), s.consentAnswer(), s.osAnswer());
            records.put(i, new WeakReference<>(probe.records()));
            // WHEN the oracle decides it (and, below, other decisions follow)
            then(oracle.decide(probe).outcome()).isNotNull();
        }
        for (Situation s : CallSituations.MIX) {
            oracle.decide(s);
        }
        // THEN after garbage collection no situation's records are still held by the oracle
        for (int round = 0; round < 20 && records.values().stream().anyMatch(r -> r.get() != null); round++) {
            System.gc();
        }
        then(records.entrySet().stream().filter(e -> e.getValue().get() != null).map(Map.Entry::getKey).toList())
                .as("situations (by index in CallSituations.MIX) still reachable after their decisions").isEmpty();
    }
}
