package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Creates a {@link PermissionTarget} by name; registered through {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.scopekit.target.permission.PermissionTargetFactory} so that {@code --target NAME}
 * finds the permission platform of that name as well as the consent target.
 */
@API(status = EXPERIMENTAL)
public interface PermissionTargetFactory {

    /** Returns the name used with {@code --target}, e.g. {@code reference}. */
    String name();

    /** Creates the target. */
    PermissionTarget create();
}
