package io.scopekit.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.BehaviourKey;
import io.scopekit.content.KitContent;
import io.scopekit.harness.Bounded;
import io.scopekit.harness.Deadline;
import io.scopekit.domain.permission.PermissionConversation;
import io.scopekit.domain.consent.ConsentResources;
import io.scopekit.domain.permission.PermissionResources;
import io.scopekit.harness.PermissionTargets;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.Targets;
import io.scopekit.harness.TimedOutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Generates action sequences, runs each against the target and the oracle in lockstep, and at the first divergence
 * shrinks the sequence and writes it as a feature that {@code verify} replays.
 *
 * <p>Sequence {@code i} of a seed is the same on any machine and in any shard ({@code i mod N = K - 1} runs in shard
 * {@code K/N}). Batches of sequences run on {@link Options#workers()} worker threads at once (two on a machine with
 * two cores or more, as verify's scenarios), each batch bounded by the step timeout times its steps (and the scenario
 * and run timeouts); the calls into the target run inline on that worker ({@link Bounded#inline()}). The batches are
 * read back in sequence order, so the summary — sequences and steps counted, rules and behaviour keys reached, the
 * first divergence and its shrunk counterexample — is the one a single worker gives.
 *
 * <p>{@link Summary#exploringNanos()}, which steps per second are computed over, is the wall-clock time from drawing
 * the first sequence to reading back the last one counted (to the divergence, before shrinking), with the catalog,
 * the oracles and the target built beforehand.
 */
@API(status = EXPERIMENTAL)
public final class Explorer {
    private static final int BATCH = 256;
    /** Decisions kept in memory ({@link ConsentResources#memoizeDecisions}): the situations of a run repeat a lot. */
    private static final int MEMO = 200_000;
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    /**
     * What to explore.
     *
     * @param platforms  platform ids to draw from (client platforms, ports, {@code feishu-openplatform}); empty: all
     * @param seed       the run's seed
     * @param runs       how many sequences (before sharding)
     * @param maxSteps   the longest sequence
     * @param shardIndex this shard, 1-based
     * @param shardCount the number of shards
     * @param timeBudget stop drawing new sequences after this long; {@code null}: no budget
     * @param workers    threads that run sequences at once; the summary does not depend on it
     */
    public record Options(List<String> platforms, long seed, long runs, int maxSteps, int shardIndex,
            int shardCount, @Nullable Duration timeBudget, int workers) {
        /** Checks the numbers. */
        public Options {
            platforms = List.copyOf(platforms);
            if (runs < 0 || maxSteps < 1 || shardCount < 1 || shardIndex < 1 || shardIndex > shardCount
                    || workers < 1) {
                throw new IllegalArgumentException("runs >= 0, max steps >= 1 and shard K/N with 1 <= K <= N expected");
            }
        }

        /** The same, with one worker per core, at most {@value #MAX_WORKERS}. */
        public Options(List<String> platforms, long seed, long runs, int maxSteps, int shardIndex, int shardCount,
                @Nullable Duration timeBudget) {
            this(platforms, seed, runs, maxSteps, shardIndex, shardCount, timeBudget,
                    Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors())));
        }

        /** Workers by default: as many as verify's scenario threads. */
        public static final int MAX_WORKERS = 2;

        /**
         * Returns the sequences this shard runs, in order: {@code i < runs} with {@code i mod N = K - 1}, so the N
         * shards of one seed run every sequence exactly once (docs/ci.md's pipelines are checked against this).
         */
        public java.util.PrimitiveIterator.OfLong sequences() {
            return java.util.stream.LongStream.iterate(shardIndex - 1L, i -> i < runs, i -> i + shardCount).iterator();
        }
    }

    /**
     * A divergence found, shrunk and written as a feature.
     *
     * @param index         the sequence's number in the run
     * @param where         where it ran
     * @param originalSteps steps of the generated sequence
     * @param shrunkSteps   steps after shrinking
     * @param divergence    the divergence of the shrunk sequence
     * @param feature       the feature text that replays it
     */
    public record Finding(long index, String where, int originalSteps, int shrunkSteps, Divergence divergence,
            String feature) {}

    /**
     * What a run did.
     *
     * @param sequences       sequences run
     * @param steps           steps run
     * @param finding         the first divergence; {@code null} when none
     * @param rulesReached    names of the oracle rules that fired
     * @param rulesTotal      rules of the oracle (consent and permission)
     * @param behavioursReached behaviour keys of the spec format reached by client sequences
     * @param budgetSpent     the time budget ended the run before all sequences ran
     * @param exploringNanos  wall-clock time spent running and comparing sequences, on every worker at once (no
     *                        start-up, no shrinking)
     */
    public record Summary(long seed, int shardIndex, int shardCount, long sequences, long steps,
            @Nullable Finding finding, Set<String> rulesReached, int rulesTotal, Set<BehaviourKey> behavioursReached,
            boolean budgetSpent, long exploringNanos) {}

    private Explorer() {}

    /**
     * Runs the exploration on {@code resources} (their target and oracles).
     *
     * @param progress receives a progress line now and then
     * @throws IllegalArgumentException when a platform id is unknown
     */
    public static Summary explore(RunResources resources, Options options, Consumer<String> progress) {
        ConsentResources.memoizeDecisions(resources, MEMO);
        Domain.Coverage covered = new Domain.Coverage(ConcurrentHashMap.newKeySet(),
                java.util.Collections.synchronizedSet(EnumSet.noneOf(BehaviourKey.class)));
        List<Domain<?>> domains = domains(resources, options.platforms(), covered.rules(), covered.behaviours());
        // Building the oracles is start-up, not exploring: the permission oracle would otherwise be built by the
        // first open-platform step, inside the measured interval.
        if (domains.stream().anyMatch(PermissionDomain.class::isInstance)) {
            resources.get(PermissionResources.ORACLE);
        }
        int workers = options.workers();
        // The lowest sequence index found to diverge: a worker skips the sequences after it, which the run would
        // not count anyway.
        AtomicLong firstDivergence = new AtomicLong(Long.MAX_VALUE);
        Bounded[] bounded = new Bounded[workers];
        for (int k = 0; k < workers; k++) {
            bounded[k] = new Bounded("scopekit-explore");
        }
        // Each batch is handed to a worker from a thread of its own, since Bounded.call waits for it; the batches
        // are read back in the order they were drawn, so the sums, the coverage and the first divergence are those of
        // one worker running them in turn.
        ExecutorService handOver = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "scopekit-explore-hand-over");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        long lastProgress = started;
        long sequences = 0;
        long steps = 0;
        boolean budgetSpent = false;
        ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>(workers);
        long drawn = 0;
        try {
            java.util.PrimitiveIterator.OfLong next = options.sequences();
            while (true) {
                while (inFlight.size() < workers && next.hasNext() && !budgetSpent) {
                    if (options.timeBudget() != null && System.nanoTime() - started > options.timeBudget().toNanos()) {
                        budgetSpent = true;
                        break;
                    }
                    // A batch of sequences per hand-over to a worker: handing every sequence over would cost a
                    // thread switch each, which on a busy machine is more than the sequence itself.
                    List<Long> batch = new ArrayList<>(BATCH);
                    while (next.hasNext() && batch.size() < BATCH) {
                        batch.add(next.nextLong());
                    }
                    Bounded worker = bounded[(int) (drawn++ % workers)];
                    inFlight.add(handOver.submit(() -> runBatch(resources, worker, domains, options, batch,
                            firstDivergence)));
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Batch done = await(inFlight.poll(), firstDivergence);
                covered.addAll(done.coverage());
                for (RunOne<?> one : done.ran()) {
                    sequences++;
                    steps += one.result.steps();
                    if (one.result.divergence() != null) {
                        long exploring = System.nanoTime() - started;
                        // The batches after this one ran sequences the run does not count: they end, unread.
                        for (Future<Batch> later : inFlight) {
                            quietly(later);
                        }
                        inFlight.clear();
                        progress.accept(String.format(
                                "explore: divergence in sequence %d after %,d sequences; shrinking", one.index,
                                sequences));
                        Finding finding = one.shrinkAndWrite(options.seed());
                        return summary(options, sequences, steps, finding, covered, resources, false, exploring);
                    }
                }
                long now = System.nanoTime();
                if (now - lastProgress > 1_000_000_000L) {
                    lastProgress = now;
                    progress.accept(String.format("explore: %,d sequences, %,d steps, no divergence yet", sequences,
                            steps));
                }
            }
            return summary(options, sequences, steps, null, covered, resources, budgetSpent,
                    System.nanoTime() - started);
        } finally {
            firstDivergence.set(-1);
            for (Future<Batch> later : inFlight) {
                quietly(later);
            }
            handOver.shutdown();
            for (Bounded b : bounded) {
                b.close();
            }
        }
    }

    /** Waits for a batch; a failure on a worker stops the others and is thrown as the worker threw it. */
    private static Batch await(Future<Batch> batch, AtomicLong firstDivergence) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            firstDivergence.set(-1);
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while exploring");
        } catch (ExecutionException e) {
            firstDivergence.set(-1);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("exploring: " + cause, cause);
        }
    }

    /** Waits for a batch whose result is not needed, so no worker still runs sequences after the run returns. */
    private static void quietly(Future<Batch> batch) {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Its sequences come after the run's end: what they did is not part of the run.
        }
    }

    private static Summary summary(Options o, long sequences, long steps, @Nullable Finding finding,
            Domain.Coverage covered, RunResources resources, boolean budgetSpent, long nanos) {
        Set<BehaviourKey> behaviours = covered.behaviours();
        return new Summary(o.seed(), o.shardIndex(), o.shardCount(), sequences, steps, finding,
                new TreeSet<>(covered.rules()), rulesTotal(resources), EnumSet.copyOf(behaviours.isEmpty()
                        ? EnumSet.noneOf(BehaviourKey.class) : behaviours), budgetSpent, nanos);
    }

    /** A batch's sequences as run (up to and including its first divergence), with what they covered. */
    private record Batch(List<RunOne<?>> ran, Domain.Coverage coverage) {}

    /** One sequence drawn and run, with what is needed to shrink it. */
    private record RunOne<S>(Domain<S> domain, S sequence, Domain.Result result, long index) {
        Finding shrinkAndWrite(long seed) {
            Divergence found = result.divergence();
            S shrunk = domain.shrink(sequence, found);
            Domain.Result again = domain.run(shrunk);
            Divergence d = again.divergence() != null ? again.divergence() : found;
            String header = "# Found by ./scopekit explore --seed " + seed + " (sequence " + index + " on "
                    + domain.where(sequence) + ", " + domain.size(sequence) + " steps, shrunk to "
                    + domain.size(shrunk) + ").\n# The target diverges from the oracle at step " + (d.step() + 1)
                    + " (" + d.kind() + "), aspect " + d.aspect() + ":\n#   "
                    + d.message().replace('\n', ' ') + "\n# Replay: ./scopekit verify --features <this directory>\n";
            String title = "EXPLORE-" + seed + "-" + index + " generated sequence diverges at step " + (d.step() + 1);
            return new Finding(index, domain.where(sequence), domain.size(sequence), domain.size(shrunk), d,
                    domain.feature(shrunk, title, header));
        }
    }

    /**
     * Runs the sequences of {@code batch} on the worker, bounded as a whole by the step timeout times the steps they
     * may take (and the scenario and run timeouts), stopping after the first divergence, and before a sequence that
     * comes after a divergence found by another worker.
     */
    private static Batch runBatch(RunResources resources, Bounded worker, List<Domain<?>> domains,
            Options options, List<Long> batch, AtomicLong firstDivergence) {
        Duration step = resources.timeouts().step();
        Deadline deadline = Deadline.earliest(
                Deadline.after(step.multipliedBy((long) batch.size() * (options.maxSteps() + 1L)), "step timeout"),
                resources.scenarioDeadline(), resources.runDeadline());
        try {
            return worker.call(deadline, "sequences " + batch.get(0) + ".." + batch.get(batch.size() - 1), () -> {
                List<RunOne<?>> out = new ArrayList<>(batch.size());
                Domain.Coverage coverage = Domain.Coverage.forBatch();
                for (long index : batch) {
                    if (index > firstDivergence.get()) {
                        break;
                    }
                    Domain<?> domain = domains.get(Math.floorMod(ClientGenerator.mix(~options.seed(), index),
                            domains.size()));
                    RunOne<?> one = run(domain, options, index, coverage);
                    out.add(one);
                    if (one.result.divergence() != null) {
                        firstDivergence.accumulateAndGet(index, Math::min);
                        break;
                    }
                }
                return new Batch(out, coverage);
            });
        } catch (TimedOutException e) {
            throw new IllegalStateException("sequences " + batch.get(0) + ".." + batch.get(batch.size() - 1)
                    + " did not finish: " + e.getMessage(), e);
        }
    }

    private static <S> RunOne<S> run(Domain<S> domain, Options options, long index, Domain.Coverage coverage) {
        S sequence = domain.generate(options.seed(), index, options.maxSteps());
        return new RunOne<>(domain, sequence, domain.run(sequence, coverage), index);
    }

    private static List<Domain<?>> domains(RunResources resources, List<String> platforms, Set<String> fired,
            Set<BehaviourKey> behaviours) {
        List<Domain<?>> out = new ArrayList<>();
        boolean platformModel = platforms.isEmpty() || platforms.contains(PermissionConversation.MODEL);
        List<String> clients = new ArrayList<>(platforms);
        clients.remove(PermissionConversation.MODEL);
        for (String p : clients) {
            if (resources.catalog().platform(p).isEmpty() && resources.catalog().portMatrix(p).isEmpty()) {
                throw new IllegalArgumentException("unknown platform '" + p + "' (expected one of: "
                        + String.join(", ", resources.catalog().ids()) + ")");
            }
        }
        boolean consent = resolves(() -> resources.get(Targets.RUN_TARGET));
        boolean permission = resolves(() -> resources.get(PermissionTargets.RUN_TARGET));
        if (!clients.isEmpty() && !consent || platforms.contains(PermissionConversation.MODEL) && !permission) {
            throw new IllegalArgumentException("target '" + resources.settings().target() + "' does not play "
                    + (consent ? PermissionConversation.MODEL : "client platforms"));
        }
        if (consent && (platforms.isEmpty() || !clients.isEmpty())) {
            out.add(new ClientDomain(resources, clients, fired, behaviours));
        }
        if (permission && platformModel && resources.catalog().permissionModel(PermissionConversation.MODEL).isPresent()) {
            PermissionDomain.add(out, resources, fired);
        }
        return out;
    }

    /**
     * Checks that the run's target resolves as a consent target, a permission-platform target or both.
     *
     * @throws IllegalArgumentException naming the choices when it is neither
     * @throws io.scopekit.target.TargetUnreachableException when it cannot be reached
     */
    public static void probe(RunResources resources) {
        IllegalArgumentException consent = null;
        try {
            resources.get(Targets.RUN_TARGET);
            return;
        } catch (IllegalArgumentException e) {
            consent = e;
        }
        try {
            resources.get(PermissionTargets.RUN_TARGET);
        } catch (IllegalArgumentException e) {
            throw consent;
        }
    }

    private static boolean resolves(java.util.function.Supplier<?> target) {
        try {
            target.get();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Counts the rules of the oracle's rule files (embedded, or the run's rules directory). */
    static int rulesTotal(RunResources resources) {
        Map<String, byte[]> files = KitContent.read(resources.settings().rules(), "rules", ".drl");
        int n = 0;
        for (byte[] bytes : files.values()) {
            Matcher m = RULE.matcher(new String(bytes, StandardCharsets.UTF_8));
            while (m.find()) {
                n++;
            }
        }
        return n;
    }
}
