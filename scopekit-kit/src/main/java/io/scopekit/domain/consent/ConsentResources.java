package io.scopekit.domain.consent;

import io.scopekit.harness.RunResource;
import io.scopekit.harness.RunResources;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.Situation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The consent domain's parts of a run, held by {@link RunResources} under these keys (the run's target is
 * {@link io.scopekit.harness.Targets#RUN_TARGET}, shared with the probe that names it on the certificate).
 */
public final class ConsentResources {

    /** The consent oracle over the run's catalog and rules (once per JVM on the kit's own). */
    public static final RunResource<ConsentOracle> ORACLE = RunResource.perJvmWhenEmbedded("consent oracle",
            resources -> ConsentOracles.create(resources.catalog(), resources.settings().rules()));

    // The oracle that answers from memory, once a runner asked for it (memoizeDecisions).
    private static final RunResource<AtomicReference<@Nullable ConsentOracle>> MEMORY = RunResource.perRun(
            "consent decisions from memory", resources -> new AtomicReference<>());

    private ConsentResources() {}

    /**
     * Returns the run's consent oracle ({@link #ORACLE}), or the one answering from memory once
     * {@link #memoizeDecisions} was asked.
     *
     * @throws io.scopekit.oracle.RulesInvalidException when a rule does not compile
     */
    public static ConsentOracle oracle(RunResources resources) {
        ConsentOracle memoized = resources.get(MEMORY).get();
        return memoized != null ? memoized : resources.get(ORACLE);
    }

    /**
     * Makes {@link #oracle} answer a situation it decided before from memory, keeping at most {@code limit} decisions
     * (then starting afresh). A decision is a function of the situation alone for one catalog and one rule set, so the
     * answers are the same; generated sequences (issue 14) meet the same few hundred situations again and again, and a
     * lookup costs far less than a Drools evaluation.
     */
    public static void memoizeDecisions(RunResources resources, int limit) {
        ConsentOracle rules = resources.get(ORACLE);
        Map<Situation, Decision> seen = new ConcurrentHashMap<>();
        resources.get(MEMORY).set(situation -> {
            Decision known = seen.get(situation);
            if (known != null) {
                return known;
            }
            Decision decided = rules.decide(situation);
            if (seen.size() >= limit) {
                seen.clear();
            }
            seen.put(situation, decided);
            return decided;
        });
    }
}
