package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a target specification ({@code reference}, a factory name or {@code class:FQN}) to a
 * {@link PermissionTarget}, the way {@link io.scopekit.target.Targets} does for consent targets, so that one
 * {@code --target} names both sides of a run.
 */
@API(status = EXPERIMENTAL)
public final class PermissionTargets {
    /** The target used when none is configured. */
    public static final String DEFAULT = "reference";

    private static final String CLASS_PREFIX = "class:";

    private PermissionTargets() {}

    /**
     * Creates the permission target named by {@code spec} ({@code null} or blank: {@link #DEFAULT}).
     *
     * @throws IllegalArgumentException when no factory has that name, or the class is not a permission target
     */
    public static PermissionTarget resolve(@Nullable String spec) {
        return resolve(spec, Duration.ofSeconds(10));
    }

    /**
     * Creates the permission target named by {@code spec}; {@code timeout} bounds each request to a target reached
     * over the network. An {@code http(s)://} URL is created by the factory that accepts it.
     *
     * @throws IllegalArgumentException when no factory has that name or accepts that URL, or the class is not a
     *                                  permission target
     */
    public static PermissionTarget resolve(@Nullable String spec, Duration timeout) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : PermissionTargets.class.getClassLoader();
        String name = spec == null || spec.isBlank() ? DEFAULT : spec.trim();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            for (PermissionTargetFactory factory : ServiceLoader.load(PermissionTargetFactory.class, loader)) {
                if (factory.accepts(name)) {
                    return factory.create(name, timeout);
                }
            }
            throw new IllegalArgumentException("no permission-platform target at '" + name
                    + "' (no PermissionTargetFactory on the classpath accepts an http(s):// URL)");
        }
        if (name.startsWith(CLASS_PREFIX)) {
            return fromClass(name.substring(CLASS_PREFIX.length()).trim(), loader);
        }
        List<String> names = new ArrayList<>();
        for (PermissionTargetFactory factory : ServiceLoader.load(PermissionTargetFactory.class, loader)) {
            if (factory.name().equals(name)) {
                return factory.create();
            }
            names.add(factory.name());
        }
        throw new IllegalArgumentException("no permission-platform target '" + name + "' (expected one of: "
                + (names.isEmpty() ? "<no PermissionTargetFactory registered>" : String.join(", ", names))
                + ", or class:FQN)");
    }

    private static PermissionTarget fromClass(String className, ClassLoader loader) {
        Object instance;
        try {
            Constructor<?> constructor = Class.forName(className, true, loader).getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("target 'class:" + className + "': cannot create it: " + e, e);
        }
        if (instance instanceof PermissionTarget target) {
            return target;
        }
        if (instance instanceof PermissionTargetFactory factory) {
            return factory.create();
        }
        throw new IllegalArgumentException("target 'class:" + className + "' is not a "
                + PermissionTarget.class.getName() + " or " + PermissionTargetFactory.class.getName());
    }
}
