package io.scopekit.oracle.internal;

import io.scopekit.oracle.FiredRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The Drools plumbing every oracle facade shares, so that a domain's facade keeps only its own facts: one KieBase,
 * and per thread one stateful session per model and partition holding that model's spec facts; a decision inserts
 * its own facts, fires the rules (bounded), deletes its facts again and reads back the rules that fired, each citing
 * its source.
 *
 * <p>A stateful session reused per thread was measured faster than a new session per decision (README,
 * Benchmarks). The partition lets a domain keep a session's spec facts to those a decision can join on (the consent
 * oracle partitions by scope; see {@link DroolsConsentOracle}); a domain that needs no partition passes {@code null}.
 *
 * @param <M> the domain's model (a platform, a permission model)
 */
final class RuleSessions<M> {
    private final RuleBase rules;
    private final int maxFirings;
    /** The spec facts a session of (model, partition) holds. */
    private final BiFunction<M, @Nullable String, Iterable<?>> specFacts;
    /** Per thread: model id → partition (the empty string for none) → session. */
    private final ThreadLocal<Map<String, Map<String, Worker>>> workers = ThreadLocal.withInitial(HashMap::new);

    RuleSessions(RuleBase rules, int maxFirings, BiFunction<M, @Nullable String, Iterable<?>> specFacts) {
        this.rules = rules;
        this.maxFirings = maxFirings;
        this.specFacts = specFacts;
    }

    /** What one decision's firing left: the rules that fired, in order, and whether the bound stopped them. */
    record Firing(List<FiredRule> fired, int firings, boolean runaway) {}

    /** Builds the session of {@code model}'s {@code partition} now, so that a facade's wiring fails early. */
    void open(String id, M model, @Nullable String partition) {
        worker(id, model, partition);
    }

    /**
     * Inserts {@code facts} into the session of {@code model}'s {@code partition}, fires at most the bound, and
     * deletes them again. A session the bound stopped may hold half-propagated state, so it is dropped and the
     * next decision gets a fresh one.
     */
    Firing fire(String id, M model, @Nullable String partition, List<?> facts) {
        Worker w = worker(id, model, partition);
        w.fired.clear();
        List<FactHandle> handles = new ArrayList<>(facts.size());
        int firings;
        try {
            for (Object f : facts) {
                handles.add(w.session.insert(f));
            }
            firings = w.session.fireAllRules(maxFirings);
        } finally {
            for (FactHandle h : handles) {
                w.session.delete(h);
            }
        }
        boolean runaway = firings >= maxFirings;
        if (runaway) {
            workers.get().get(id).remove(key(partition));
        }
        return new Firing(new ArrayList<>(w.fired), firings, runaway);
    }

    private static String key(@Nullable String partition) {
        return partition == null ? "" : partition;
    }

    private Worker worker(String id, M model, @Nullable String partition) {
        // Nested maps rather than a composed key: no string is built per decision.
        Map<String, Worker> mine = workers.get().computeIfAbsent(id, k -> new HashMap<>());
        String key = key(partition);
        Worker w = mine.get(key);
        if (w == null) {
            w = newWorker(model, partition);
            mine.put(key, w);
        }
        return w;
    }

    private Worker newWorker(M model, @Nullable String partition) {
        KieSession session = rules.kieBase().newKieSession();
        for (Object f : specFacts.apply(model, partition)) {
            session.insert(f);
        }
        Worker w = new Worker(session);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                String name = event.getMatch().getRule().getName();
                FiredRule rule = rules.rule(name);
                w.fired.add(rules.citesMatchedSource(name) ? cited(rule, event.getMatch().getObjects()) : rule);
                if (RuleFirings.ENABLED) {
                    RuleFirings.record(name);
                }
            }
        });
        return w;
    }

    /**
     * The rule citing the source of the first spec fact in its match (the platform's own statement), else the
     * rule's metadata.
     */
    static FiredRule cited(FiredRule rule, List<? extends Object> matched) {
        for (int i = 0, n = matched.size(); i < n; i++) {
            if (matched.get(i) instanceof Cited c && c.citation() != null) {
                return c.citation().cite(rule);
            }
        }
        return rule;
    }

    /** The names of the last three rules that fired, for a runaway's message. */
    static String lastNames(List<FiredRule> fired) {
        List<String> names = new ArrayList<>();
        for (int i = Math.max(0, fired.size() - 3); i < fired.size(); i++) {
            names.add(fired.get(i).name());
        }
        return String.join(", ", names);
    }

    private static final class Worker {
        final KieSession session;
        final List<FiredRule> fired = new ArrayList<>(8);

        Worker(KieSession session) {
            this.session = session;
        }
    }
}
