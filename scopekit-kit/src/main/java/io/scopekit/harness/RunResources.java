package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.PermissionOracle;
import io.scopekit.oracle.PermissionOracles;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.target.Target;
import io.scopekit.target.permission.PermissionTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds what one run works with — the spec catalog, the oracle built over it and the target — and hands it down
 * as one object.
 *
 * <p>Each part is built on first use and kept; a part that fails to build fails the same way on every later use
 * instead of being built again (a broken spec directory is read once, not once per scenario). The catalog the
 * oracle decides over is the catalog the steps read, so both always see the same specs.
 *
 * <p>Code that Cucumber instantiates per scenario cannot be handed an object, so {@link #shared(RunSettings)} keeps
 * one instance per settings for the JVM; everything else should {@link #open(RunSettings) open} its own.
 */
@API(status = EXPERIMENTAL)
public final class RunResources implements AutoCloseable {
    private static final Map<RunSettings, RunResources> SHARED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SHARED.values().forEach(RunResources::close),
                "scopekit-target-close"));
    }

    private final RunSettings settings;
    private final Memo<SpecCatalog> catalog;
    private final Memo<ConsentOracle> oracle;
    private final Memo<Target> target;
    private final Memo<PermissionOracle> permissionOracle;
    private final Memo<PermissionTarget> permissionTarget;
    private volatile Deadline runDeadline;
    private volatile @Nullable ConsentOracle memoized;

    // The kit's own specs and rules are the jar's, the same for every run of this JVM whatever its target: built
    // once, so that a run after another (certify-port's warm-up, then its run against the Node host) finds them built.
    private static final Memo<SpecCatalog> EMBEDDED_CATALOG = new Memo<>(SpecCatalog::loadEmbedded);
    private static final Memo<ConsentOracle> EMBEDDED_ORACLE = new Memo<>(() ->
            ConsentOracles.create(EMBEDDED_CATALOG.get(), null));
    private static final Memo<PermissionOracle> EMBEDDED_PERMISSION_ORACLE = new Memo<>(() ->
            PermissionOracles.create(EMBEDDED_CATALOG.get(), null));

    private RunResources(RunSettings settings) {
        this.settings = settings;
        boolean embedded = settings.specs() == null && settings.rules() == null;
        this.catalog = embedded ? EMBEDDED_CATALOG : new Memo<>(() -> settings.specs() == null
                ? SpecCatalog.loadEmbedded() : SpecCatalog.load(settings.specs()));
        this.oracle = embedded ? EMBEDDED_ORACLE : new Memo<>(() -> ConsentOracles.create(catalog.get(), settings.rules()));
        // A constructor that blocks (a target waiting for a device, a port) must not hang the run.
        this.target = new Memo<>(() -> Bounded.once(settings.timeouts().step(), "step timeout",
                "starting target " + settings.target(), () -> Targets.resolve(settings.target(), loader(),
                        settings.timeouts().target())));
        this.permissionOracle = embedded ? EMBEDDED_PERMISSION_ORACLE
                : new Memo<>(() -> PermissionOracles.create(catalog.get(), settings.rules()));
        this.permissionTarget = new Memo<>(() -> Bounded.once(settings.timeouts().step(), "step timeout",
                "starting target " + settings.target(), () -> PermissionTargets.resolve(settings.target(),
                        settings.timeouts().target())));
        this.runDeadline = Deadline.after(settings.timeouts().run(), "run timeout");
    }

    /** Returns how long target calls may take. */
    public Timeouts timeouts() {
        return settings.timeouts();
    }

    /**
     * Starts the run clock: the run timeout counts from now. A runner calls it when its run starts, since shared
     * resources may outlive one run.
     *
     * @return this
     */
    public RunResources startRun() {
        runDeadline = Deadline.after(settings.timeouts().run(), "run timeout");
        return this;
    }

    /** Returns the deadline of the run's target calls (see {@link #startRun()}). */
    public Deadline runDeadline() {
        return runDeadline;
    }

    /**
     * Returns the deadline of one target call made now by a conversation whose own deadline is {@code scenario}:
     * the earliest of the step timeout from now, the scenario's and the run's.
     */
    public Deadline actionDeadline(Deadline scenario) {
        return Deadline.earliest(Deadline.after(settings.timeouts().step(), "step timeout"), scenario, runDeadline);
    }

    /** Returns a deadline for a scenario (or generated sequence) starting now. */
    public Deadline scenarioDeadline() {
        return Deadline.after(settings.timeouts().scenario(), "scenario timeout");
    }

    /** Returns new resources for {@code settings}; the caller closes them. */
    public static RunResources open(RunSettings settings) {
        return new RunResources(settings);
    }

    /**
     * Returns the resources of {@code settings} shared by every caller in this JVM, closed when the JVM exits.
     *
     * <p>For glue code that a test engine instantiates and therefore cannot be handed the run's resources.
     */
    public static RunResources shared(RunSettings settings) {
        return SHARED.computeIfAbsent(settings, RunResources::new);
    }

    /** Returns what this run was configured with. */
    public RunSettings settings() {
        return settings;
    }

    /**
     * Returns the spec catalog, loading it on first use.
     *
     * @throws io.scopekit.spec.SpecException when the specs do not load
     */
    public SpecCatalog catalog() {
        return catalog.get();
    }

    /**
     * Returns the oracle over {@link #catalog()}, building it on first use.
     *
     * @throws io.scopekit.oracle.RulesInvalidException when a rule does not compile
     */
    public ConsentOracle oracle() {
        ConsentOracle m = memoized;
        return m != null ? m : oracle.get();
    }

    /**
     * Makes {@link #oracle()} answer a situation it decided before from memory, keeping at most {@code limit}
     * decisions (then starting afresh). A decision is a function of the situation alone for one catalog and one rule
     * set, so the answers are the same; generated sequences (issue 14) meet the same few hundred situations again
     * and again, and a lookup costs far less than a Drools evaluation.
     *
     * @return this
     */
    public RunResources memoizeDecisions(int limit) {
        ConsentOracle rules = oracle.get();
        Map<io.scopekit.oracle.Situation, io.scopekit.oracle.Decision> seen = new ConcurrentHashMap<>();
        memoized = situation -> {
            io.scopekit.oracle.Decision known = seen.get(situation);
            if (known != null) {
                return known;
            }
            io.scopekit.oracle.Decision decided = rules.decide(situation);
            if (seen.size() >= limit) {
                seen.clear();
            }
            seen.put(situation, decided);
            return decided;
        };
        return this;
    }

    /**
     * Returns the target, creating it on first use.
     *
     * @throws IllegalArgumentException when the target specification names nothing usable
     * @throws TimedOutException when creating the target takes longer than the step timeout
     */
    public Target target() {
        return target.get();
    }

    /**
     * Returns the calls made to the targets of this run after their start-up probes (only targets across a wire
     * count them, see {@link io.scopekit.target.Reachability}); targets never created are not created for this.
     */
    public io.scopekit.target.Reachability.Tally targetCallsSinceStart() {
        io.scopekit.target.Reachability.Tally all = new io.scopekit.target.Reachability.Tally(0, 0);
        for (Object t : new Object[] {target.peek(), permissionTarget.peek()}) {
            if (t instanceof io.scopekit.target.Reachability r) {
                all = all.plus(r.callsSinceStart());
            }
        }
        return all;
    }

    /**
     * Returns the permission oracle over {@link #catalog()} (the open-platform rules), building it on first use.
     *
     * @throws io.scopekit.oracle.RulesInvalidException when a rule does not compile
     */
    public PermissionOracle permissionOracle() {
        return permissionOracle.get();
    }

    /**
     * Returns the permission-platform target of the same name as {@link #target()}, creating it on first use.
     *
     * @throws IllegalArgumentException when no permission-platform target has that name
     */
    public PermissionTarget permissionTarget() {
        return permissionTarget.get();
    }

    /**
     * Builds the catalog and the oracle now, so that a runner can do it on a spare core while the scenarios are
     * discovered; a caller that needs them meanwhile waits for this build instead of starting its own.
     *
     * @return this
     */
    public RunResources prepare() {
        oracle();
        return this;
    }

    /**
     * Resolves a phrase that scenarios use for a client platform (e.g. "WeChat mini-game", "飞书小程序").
     *
     * @throws IllegalArgumentException naming the phrases of every spec when none matches
     */
    public Where platformForPhrase(String phrase) {
        ClientPlatformSpec spec = catalog().platformForPhrase(phrase).orElseThrow(() ->
                new IllegalArgumentException("unknown platform '" + phrase + "' (expected one of: "
                        + String.join(", ", catalog().phrases()) + ")"));
        return new Where(spec.id(), null, spec.appKinds().get(0).id());
    }

    /** Returns the APIs that {@code platform}'s spec lists under {@code scope}, in spec order; empty when none. */
    public List<String> apisOf(String platform, String scope) {
        SpecCatalog specs = catalog();
        Optional<ClientPlatformSpec> client = specs.platform(platform);
        if (client.isPresent()) {
            return client.get().scope(scope).map(ScopeSpec::apis).orElse(List.of());
        }
        return port(platform).scope(scope).map(PortScope::apis).orElse(List.of());
    }

    /**
     * Returns the name under which a record of {@code scope} is kept: for a port, the container's native name of
     * the scope where the port's spec gives one; otherwise {@code scope} itself.
     */
    public String recordKey(String platform, @Nullable String container, String scope) {
        if (container == null || catalog().platform(platform).isPresent()) {
            return scope;
        }
        return port(platform).scope(scope).map(s -> s.nativeName(container)).orElse(scope);
    }

    private PortMatrixSpec port(String platform) {
        return catalog().portMatrix(platform).orElseThrow(() -> new IllegalArgumentException(
                "no platform spec '" + platform + "' (expected one of: " + String.join(", ", catalog().ids()) + ")"));
    }

    /**
     * Closes the target if one was created and forgets it, so a later use creates a new one; the catalog and the
     * oracle hold nothing to release and are kept.
     */
    @Override
    public void close() {
        permissionTarget.forget(t -> {
            try {
                t.close();
            } catch (Exception e) {
                // Best effort, as for the consent target below.
            }
        });
        target.forget(t -> {
            try {
                // A close that blocks must not keep the run from ending.
                Bounded.once(settings.timeouts().step(), "step timeout", "closing the target", () -> {
                    t.close();
                    return null;
                });
            } catch (Exception e) {
                // Best effort: closing cannot change any result of the run.
            }
        });
    }

    /** Builds a value once, on first use, and remembers a failure as well as a success. */
    private static final class Memo<T> {
        private final Supplier<T> supplier;
        // Volatile, so that a part once built is read without the lock: explore's workers read the catalog and the
        // target at every step, and would otherwise queue on each other.
        private volatile @Nullable T value;
        private @Nullable RuntimeException failure;

        Memo(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        @Nullable T peek() {
            return value;
        }

        T get() {
            T built = value;
            return built != null ? built : build();
        }

        private synchronized T build() {
            if (value != null) {
                return value;
            }
            if (failure != null) {
                throw failure;
            }
            try {
                value = supplier.get();
                return value;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }

        synchronized void forget(java.util.function.Consumer<T> release) {
            T built = value;
            value = null;
            failure = null;
            if (built != null) {
                release.accept(built);
            }
        }
    }

    // As Targets.resolve(String) does: the worker thread carries the caller's context class loader.
    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Targets.class.getClassLoader();
    }
}
