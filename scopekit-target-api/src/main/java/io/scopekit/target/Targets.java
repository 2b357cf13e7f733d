package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a target specification ({@code reference}, a factory name, {@code class:FQN} or a URL) to a
 * {@link Target}.
 *
 * <p>Used by the step definitions (configuration parameter {@code scopekit.target}) and by the {@code verify}
 * command ({@code --target}), so that both accept exactly the same forms:
 * <ul>
 *   <li>a name registered by a {@link TargetFactory} through {@link ServiceLoader} ({@code reference} is the
 *       kit's own reference runtime);</li>
 *   <li>{@code class:FQN}: a {@link Target} with a public no-arg constructor, or a {@link TargetFactory};</li>
 *   <li>{@code http://…} or {@code https://…}: a target speaking the target protocol (adapters/protocol), created
 *       by the {@link TargetFactory} that {@link TargetFactory#accepts(String) accepts} the URL (the kit's
 *       {@code io.scopekit.target.http} adapter).</li>
 * </ul>
 * Bad specifications throw {@link IllegalArgumentException} with a message naming the valid choices (the CLI
 * maps it to exit code 2).
 */
@API(status = EXPERIMENTAL)
public final class Targets {

    /** The target used when none is configured. */
    public static final String DEFAULT = "reference";

    private static final String CLASS_PREFIX = "class:";
    private static final Duration DEFAULT_NETWORK_TIMEOUT = Duration.ofSeconds(10);

    private Targets() {}

    /**
     * Creates the target named by {@code spec} ({@code null} or blank: {@link #DEFAULT}), using the thread's
     * context class loader (or this class's).
     *
     * @throws IllegalArgumentException when the spec is empty, names no known factory, names a class that is
     *                                  neither a Target nor a TargetFactory, or is a URL no factory accepts
     */
    public static Target resolve(@Nullable String spec) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return resolve(spec, loader != null ? loader : Targets.class.getClassLoader());
    }

    /** Creates the target named by {@code spec}, loading classes and factories from {@code loader}. */
    public static Target resolve(@Nullable String spec, ClassLoader loader) {
        return resolve(spec, loader, DEFAULT_NETWORK_TIMEOUT);
    }

    /**
     * Creates the target named by {@code spec}, loading classes and factories from {@code loader}; {@code timeout}
     * bounds each request to a target reached over the network ({@code --target-timeout}).
     */
    public static Target resolve(@Nullable String spec, ClassLoader loader, Duration timeout) {
        String trimmed = spec == null || spec.isBlank() ? DEFAULT : spec.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            for (TargetFactory factory : ServiceLoader.load(TargetFactory.class, loader)) {
                if (factory.accepts(trimmed)) {
                    return factory.create(trimmed, timeout);
                }
            }
            throw new IllegalArgumentException("target '" + trimmed + "': no TargetFactory on the classpath accepts "
                    + "an http(s):// URL (the kit's is io.scopekit.target.http)");
        }
        if (trimmed.startsWith(CLASS_PREFIX)) {
            return fromClass(trimmed.substring(CLASS_PREFIX.length()).trim(), loader);
        }
        List<String> names = new ArrayList<>();
        for (TargetFactory factory : ServiceLoader.load(TargetFactory.class, loader)) {
            if (factory.name().equals(trimmed)) {
                return factory.create();
            }
            names.add(factory.name());
        }
        throw new IllegalArgumentException("unknown target '" + trimmed + "' (expected one of: "
                + (names.isEmpty() ? "<no TargetFactory registered>" : String.join(", ", names))
                + ", class:FQN, or an http(s):// URL)");
    }

    /** Returns the names of the targets registered through {@link TargetFactory}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (TargetFactory factory : ServiceLoader.load(TargetFactory.class,
                loader != null ? loader : Targets.class.getClassLoader())) {
            names.add(factory.name());
        }
        return names;
    }

    private static Target fromClass(String className, ClassLoader loader) {
        if (className.isEmpty()) {
            throw new IllegalArgumentException("target 'class:': a fully qualified class name is expected after 'class:'");
        }
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("target 'class:" + className + "': class not found on the classpath; "
                    + "put your build output on it (./scopekit verify --classpath target/classes, directories or jars "
                    + "separated by ':')", e);
        } catch (LinkageError e) {
            throw new IllegalArgumentException("target 'class:" + className + "': found but cannot be loaded (" + e
                    + "); the classes it needs go on --classpath too", e);
        }
        Object instance;
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("target 'class:" + className + "': a no-arg constructor is expected", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("target 'class:" + className + "': could not be created: " + cause, cause);
        }
        if (instance instanceof Target target) {
            return target;
        }
        if (instance instanceof TargetFactory factory) {
            return factory.create();
        }
        throw new IllegalArgumentException("target 'class:" + className + "': expected an implementation of "
                + Target.class.getName() + " or " + TargetFactory.class.getName());
    }
}
