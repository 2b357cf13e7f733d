package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a target specification to a target of one domain, the same way for every domain, so that one
 * {@code --target} names every side of a run:
 * <ul>
 *   <li>{@code http://…} or {@code https://…}: created by the domain's factory that accepts the URL (the kit's HTTP
 *       adapter, {@code io.scopekit.target.http});</li>
 *   <li>{@code class:FQN}: a target with a public no-arg constructor, or a factory;</li>
 *   <li>otherwise a name registered by a factory through {@link ServiceLoader} ({@code reference} is the kit's own
 *       reference runtime).</li>
 * </ul>
 * Bad specifications throw {@link IllegalArgumentException} with a message naming the valid choices (the CLI maps it
 * to exit code 2). The vendor-facing parts (the target and factory interfaces) stay in the domain's SPI package; only
 * the resolution lives here, on the kit's side.
 *
 * @param <T> the domain's target type
 * @param <F> the domain's factory type (registered for {@link ServiceLoader})
 */
@API(status = EXPERIMENTAL)
public final class TargetResolver<T, F> {

    /** The target used when none is configured. */
    public static final String DEFAULT = "reference";
    /** How long one request to a target reached over the network may take when nothing else is configured. */
    public static final Duration DEFAULT_NETWORK_TIMEOUT = Duration.ofSeconds(10);

    private static final String CLASS_PREFIX = "class:";

    /** Creates a target from a factory for a specification the factory accepts, with a network timeout. */
    @FunctionalInterface
    public interface UrlCreator<T, F> {
        /** Creates the target for {@code spec}. */
        T create(F factory, String spec, Duration timeout);
    }

    private final String noun;
    private final Class<T> targetType;
    private final Class<F> factoryType;
    private final Function<F, String> name;
    private final Function<F, T> create;
    private final BiPredicate<F, String> accepts;
    private final UrlCreator<T, F> createAt;

    /**
     * Describes one domain's SPI.
     *
     * @param noun        what a target of the domain is called in messages ({@code target})
     * @param targetType  the target interface
     * @param factoryType the factory interface
     * @param name        a factory's name
     * @param create      creates a factory's target
     * @param accepts     whether a factory creates the target of a specification itself (a URL)
     * @param createAt    creates the target of an accepted specification
     */
    public TargetResolver(String noun, Class<T> targetType, Class<F> factoryType, Function<F, String> name,
            Function<F, T> create, BiPredicate<F, String> accepts, UrlCreator<T, F> createAt) {
        this.noun = noun;
        this.targetType = targetType;
        this.factoryType = factoryType;
        this.name = name;
        this.create = create;
        this.accepts = accepts;
        this.createAt = createAt;
    }

    /** Returns the thread's context class loader, or {@code fallback}'s loader. */
    public static ClassLoader contextLoader(Class<?> fallback) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : fallback.getClassLoader();
    }

    /**
     * Creates the target named by {@code spec} ({@code null} or blank: {@link #DEFAULT}), loading classes and factories
     * from {@code loader}; {@code timeout} bounds each request to a target reached over the network.
     *
     * @throws IllegalArgumentException when the spec names no known factory, names a class that is neither a target
     *                                  nor a factory, or is a URL no factory accepts
     */
    public T resolve(@Nullable String spec, ClassLoader loader, Duration timeout) {
        String trimmed = spec == null || spec.isBlank() ? DEFAULT : spec.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String factoryName = factoryType.getSimpleName();
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            for (F factory : ServiceLoader.load(factoryType, loader)) {
                if (accepts.test(factory, trimmed)) {
                    return createAt.create(factory, trimmed, timeout);
                }
            }
            throw new IllegalArgumentException(noun + " '" + trimmed + "': no " + factoryName + " on the classpath "
                    + "accepts an http(s):// URL (the kit's is io.scopekit.target.http)");
        }
        if (trimmed.startsWith(CLASS_PREFIX)) {
            return fromClass(trimmed.substring(CLASS_PREFIX.length()).trim(), loader);
        }
        List<String> names = new ArrayList<>();
        for (F factory : ServiceLoader.load(factoryType, loader)) {
            if (name.apply(factory).equals(trimmed)) {
                return create.apply(factory);
            }
            names.add(name.apply(factory));
        }
        throw new IllegalArgumentException("unknown " + noun + " '" + trimmed + "' (expected one of: "
                + (names.isEmpty() ? "<no " + factoryName + " registered>" : String.join(", ", names))
                + ", class:FQN, or an http(s):// URL)");
    }

    /** Returns the names of the targets registered through the factory interface, found by {@code loader}. */
    public List<String> names(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        for (F factory : ServiceLoader.load(factoryType, loader)) {
            names.add(name.apply(factory));
        }
        return names;
    }

    private T fromClass(String className, ClassLoader loader) {
        if (className.isEmpty()) {
            throw new IllegalArgumentException(noun + " 'class:': a fully qualified class name is expected after 'class:'");
        }
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(noun + " 'class:" + className + "': class not found on the classpath; "
                    + "put your build output on it (./scopekit verify --classpath target/classes, directories or jars "
                    + "separated by ':')", e);
        } catch (LinkageError e) {
            throw new IllegalArgumentException(noun + " 'class:" + className + "': found but cannot be loaded (" + e
                    + "); the classes it needs go on --classpath too", e);
        }
        Object instance;
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(noun + " 'class:" + className + "': a no-arg constructor is expected", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(noun + " 'class:" + className + "': could not be created: " + cause, cause);
        }
        if (targetType.isInstance(instance)) {
            return targetType.cast(instance);
        }
        if (factoryType.isInstance(instance)) {
            return create.apply(factoryType.cast(instance));
        }
        throw new IllegalArgumentException(noun + " 'class:" + className + "': expected an implementation of "
                + targetType.getName() + " or " + factoryType.getName());
    }
}
