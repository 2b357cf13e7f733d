package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PermissionTargetFactory;
import java.time.Duration;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a target specification ({@code reference}, a factory name, {@code class:FQN} or a URL) to a
 * {@link PermissionTarget}, through the one {@link TargetResolver} every domain shares, so that one
 * {@code --target} names both sides of a run.
 */
@API(status = EXPERIMENTAL)
public final class PermissionTargets {
    /** The target used when none is configured. */
    public static final String DEFAULT = TargetResolver.DEFAULT;

    private static final TargetResolver<PermissionTarget, PermissionTargetFactory> RESOLVER = new TargetResolver<>(
            "permission-platform target", PermissionTarget.class, PermissionTargetFactory.class,
            PermissionTargetFactory::name, PermissionTargetFactory::create, PermissionTargetFactory::accepts,
            PermissionTargetFactory::create);

    /**
     * The run's permission-platform target of the same name as {@link Targets#RUN_TARGET} ({@link RunResource#target}).
     */
    public static final RunResource<PermissionTarget> RUN_TARGET = RunResource.target("permission-platform target",
            RESOLVER);

    private PermissionTargets() {}

    /**
     * Creates the permission target named by {@code spec} ({@code null} or blank: {@link #DEFAULT}).
     *
     * @throws IllegalArgumentException as {@link TargetResolver#resolve} does
     */
    public static PermissionTarget resolve(@Nullable String spec) {
        return resolve(spec, TargetResolver.DEFAULT_NETWORK_TIMEOUT);
    }

    /**
     * Creates the permission target named by {@code spec}, using the thread's context class loader (or this
     * class's); {@code timeout} bounds each request to a target reached over the network.
     *
     * @throws IllegalArgumentException as {@link TargetResolver#resolve} does
     */
    public static PermissionTarget resolve(@Nullable String spec, Duration timeout) {
        return RESOLVER.resolve(spec, TargetResolver.contextLoader(PermissionTargets.class), timeout);
    }
}
