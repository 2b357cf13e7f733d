package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.SpecCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds what one run works with — the spec catalog and each domain's parts, its oracle built over that catalog and its
 * target — and hands it down as one object. A domain's parts are {@link RunResource} keys its own package holds
 * ({@link #get}), so this class names no domain and a new domain needs no edit here.
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
    private final boolean embedded;
    private final Memo<SpecCatalog> catalog;
    // Each domain's parts (RunResource keys), built on first use; in the order built, so that close releases the
    // last built first.
    private final Map<RunResource<?>, Memo<?>> parts = new ConcurrentHashMap<>();
    private final List<Built<?>> built = new CopyOnWriteArrayList<>();
    private volatile Deadline runDeadline;

    // The kit's own specs are the jar's, the same for every run of this JVM: read once (see RunResource for the
    // parts built over them).
    private static final Memo<SpecCatalog> EMBEDDED_CATALOG = new Memo<>();

    private RunResources(RunSettings settings) {
        this.settings = settings;
        this.embedded = settings.specs() == null && settings.rules() == null;
        this.catalog = embedded ? EMBEDDED_CATALOG : new Memo<>();
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
        return catalog.get(() -> settings.specs() == null ? SpecCatalog.loadEmbedded() : SpecCatalog.load(settings.specs()));
    }

    /**
     * Returns the run's part {@code key} (a domain's oracle or target), building it on first use; a part whose build
     * failed fails the same way on every later use.
     *
     * @throws RuntimeException as the part's build does (a spec or rule error, a target that cannot be created)
     */
    @SuppressWarnings("unchecked")
    public <T> T get(RunResource<T> key) {
        Memo<T> memo = key.perJvmWhenEmbedded() && embedded ? key.embedded
                : (Memo<T>) parts.computeIfAbsent(key, k -> new Memo<>());
        return memo.get(() -> {
            T value = key.build(this);
            built.add(new Built<>(key, memo));
            return value;
        });
    }

    /**
     * Returns the calls made to the targets of this run after their start-up probes (only targets across a wire
     * count them, see {@link io.scopekit.target.Reachability}); targets never created are not created for this.
     */
    public io.scopekit.target.Reachability.Tally targetCallsSinceStart() {
        io.scopekit.target.Reachability.Tally all = new io.scopekit.target.Reachability.Tally(0, 0);
        for (Built<?> part : built) {
            if (part.memo().peek() instanceof io.scopekit.target.Reachability r) {
                all = all.plus(r.callsSinceStart());
            }
        }
        return all;
    }

    /**
     * Builds the catalog and the parts each registered domain prepares ({@link RunDomain#preparedParts()}) now, so
     * that a runner can do it on a spare core while the scenarios are discovered; a caller that needs them meanwhile
     * waits for this build instead of starting its own.
     *
     * @return this
     */
    public RunResources prepare() {
        catalog();
        for (RunDomain domain : RunDomain.registered()) {
            domain.preparedParts().forEach(this::get);
        }
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
     * Closes the targets this run started, the last started first, each within the step timeout, and forgets them
     * (a failed start too), so a later use starts a new one; the catalog and the oracles hold nothing to release and
     * are kept.
     */
    @Override
    public void close() {
        List<Built<?>> started = new java.util.ArrayList<>(built);
        java.util.Collections.reverse(started);
        for (Built<?> part : started) {
            if (part.key().closesWithRun() && built.remove(part)) {
                part.release(this);
            }
        }
        parts.forEach((key, memo) -> {
            if (key.closesWithRun()) {
                memo.forget(value -> { });
            }
        });
    }

    /** A part built for this run, with the memo it is kept in. */
    private record Built<T>(RunResource<T> key, Memo<T> memo) {
        void release(RunResources resources) {
            memo.forget(value -> key.release(resources, value));
        }
    }
}
