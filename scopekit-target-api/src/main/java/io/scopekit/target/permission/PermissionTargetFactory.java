package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Creates a {@link PermissionTarget} by name; registered through {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.scopekit.target.permission.PermissionTargetFactory} so that {@code --target NAME}
 * finds the permission platform of that name as well as the consent target.
 */
@API(status = STABLE, since = "0.1")
public interface PermissionTargetFactory {

    /** Returns the name used with {@code --target}, e.g. {@code reference}. */
    String name();

    /** Creates the target. */
    PermissionTarget create();

    /**
     * Returns whether this factory creates the target for {@code spec} itself, a specification that is not its name
     * (an {@code http://…} URL for the HTTP adapter); the default accepts none.
     */
    default boolean accepts(String spec) {
        return false;
    }

    /**
     * Creates the target for {@code spec}, one this factory {@link #accepts(String) accepts}; {@code timeout} bounds
     * each request of a target reached over the network. The default ignores both and calls {@link #create()}.
     *
     * @throws IllegalArgumentException when the implementation at {@code spec} serves no permission platform
     */
    default PermissionTarget create(String spec, Duration timeout) {
        return create();
    }
}
