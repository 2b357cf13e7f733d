package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Creates a {@link Target} by name; registered through {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.scopekit.target.TargetFactory} so {@code --target NAME} finds it.
 */
@API(status = EXPERIMENTAL)
public interface TargetFactory {

    /** Returns the name used with {@code --target}, e.g. {@code reference}. */
    String name();

    /** Creates the target. */
    Target create();
}
