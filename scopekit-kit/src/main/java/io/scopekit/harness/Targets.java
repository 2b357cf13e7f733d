package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.Target;
import io.scopekit.target.TargetFactory;
import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a target specification ({@code reference}, a factory name, {@code class:FQN} or a URL) to a consent
 * {@link Target}, through the one {@link TargetResolver} every domain shares.
 *
 * <p>Used by the step definitions (configuration parameter {@code scopekit.target}), the {@code verify} command
 * ({@code --target}) and {@code serve}, so that all accept exactly the same forms.
 */
@API(status = EXPERIMENTAL)
public final class Targets {

    /** The target used when none is configured. */
    public static final String DEFAULT = TargetResolver.DEFAULT;

    private static final TargetResolver<Target, TargetFactory> RESOLVER = new TargetResolver<>("target",
            Target.class, TargetFactory.class, TargetFactory::name, TargetFactory::create, TargetFactory::accepts,
            TargetFactory::create);

    /**
     * The run's consent target, resolved from {@code --target} ({@link RunResource#target}); the conversations and the
     * certificate's probe share it.
     */
    public static final RunResource<Target> RUN_TARGET = RunResource.target("target", RESOLVER);

    private Targets() {}

    /**
     * Creates the target named by {@code spec} ({@code null} or blank: {@link #DEFAULT}), using the thread's
     * context class loader (or this class's).
     *
     * @throws IllegalArgumentException as {@link TargetResolver#resolve} does
     */
    public static Target resolve(@Nullable String spec) {
        return resolve(spec, TargetResolver.contextLoader(Targets.class));
    }

    /** Creates the target named by {@code spec}, loading classes and factories from {@code loader}. */
    public static Target resolve(@Nullable String spec, ClassLoader loader) {
        return resolve(spec, loader, TargetResolver.DEFAULT_NETWORK_TIMEOUT);
    }

    /**
     * Creates the target named by {@code spec}, loading classes and factories from {@code loader}; {@code timeout}
     * bounds each request to a target reached over the network ({@code --target-timeout}).
     */
    public static Target resolve(@Nullable String spec, ClassLoader loader, Duration timeout) {
        return RESOLVER.resolve(spec, loader, timeout);
    }

    /** Returns the names of the targets registered through {@link TargetFactory}. */
    public static List<String> names() {
        return RESOLVER.names(TargetResolver.contextLoader(Targets.class));
    }
}
