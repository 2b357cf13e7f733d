package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One part of a run that a domain brings (its oracle, its target): a typed key whose value {@link RunResources} builds
 * on first use and keeps for the run, failing the same way on every later use when the build failed. A domain holds
 * its keys as constants in its own package and its code asks {@code resources.get(KEY)}; the engine holds them by key
 * and names none, so a new domain's resources need no edit to {@code harness} (docs/architecture.md, "A new domain").
 *
 * <p>Keys are compared by identity: one constant is one part of every run.
 *
 * @param <T> the part's type
 */
@API(status = EXPERIMENTAL)
public final class RunResource<T> {
    private final String name;
    private final Function<RunResources, T> build;
    private final boolean perJvmWhenEmbedded;
    private final @Nullable BiConsumer<RunResources, T> release;
    // The kit's own specs and rules are the jar's, the same for every run of this JVM whatever its target: a part
    // built over them alone is built once, so that a run after another (certify-port's warm-up, then its run against
    // the Node host) finds it built.
    final Memo<T> embedded = new Memo<>();

    private RunResource(String name, Function<RunResources, T> build, boolean perJvmWhenEmbedded,
            @Nullable BiConsumer<RunResources, T> release) {
        this.name = Objects.requireNonNull(name, "name");
        this.build = Objects.requireNonNull(build, "build");
        this.perJvmWhenEmbedded = perJvmWhenEmbedded;
        this.release = release;
    }

    /** A part built once per run by {@code build}, with nothing to release: kept when the resources are closed. */
    public static <T> RunResource<T> perRun(String name, Function<RunResources, T> build) {
        return new RunResource<>(name, build, false, null);
    }

    /**
     * A part built from the run's catalog and rules alone (an oracle): built once per JVM for the runs on the kit's
     * own specs and rules, once per run otherwise.
     */
    public static <T> RunResource<T> perJvmWhenEmbedded(String name, Function<RunResources, T> build) {
        return new RunResource<>(name, build, true, null);
    }

    /**
     * The run's target of one domain: resolved from {@code --target} by {@code resolver} with the run's network
     * timeout, started within the step timeout (a constructor that blocks, waiting for a device or a port, must not
     * hang the run), and closed within the step timeout when the run's resources are closed; then forgotten, a failed
     * start too, so that a later use of the resources starts it again.
     */
    public static <T extends AutoCloseable> RunResource<T> target(String name, TargetResolver<T, ?> resolver) {
        return new RunResource<>(name, resources -> {
            RunSettings settings = resources.settings();
            return Bounded.once(settings.timeouts().step(), "step timeout", "starting target " + settings.target(),
                    () -> resolver.resolve(settings.target(), TargetResolver.contextLoader(RunResource.class),
                            settings.timeouts().target()));
        }, false, (resources, target) -> {
            try {
                // A close that blocks must not keep the run from ending.
                Bounded.once(resources.timeouts().step(), "step timeout", "closing the target", () -> {
                    target.close();
                    return null;
                });
            } catch (Exception e) {
                // Best effort: closing cannot change any result of the run.
            }
        });
    }

    T build(RunResources resources) {
        return build.apply(resources);
    }

    boolean perJvmWhenEmbedded() {
        return perJvmWhenEmbedded;
    }

    /** Whether closing the run's resources releases and forgets this part (a target), or keeps it (an oracle). */
    boolean closesWithRun() {
        return release != null;
    }

    void release(RunResources resources, T value) {
        if (release != null) {
            release.accept(resources, value);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
