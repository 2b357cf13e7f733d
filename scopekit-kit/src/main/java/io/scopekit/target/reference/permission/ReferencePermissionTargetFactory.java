package io.scopekit.target.reference.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PermissionTargetFactory;
import org.apiguardian.api.API;

/** Registers the reference open platform as permission target {@code reference} for {@link java.util.ServiceLoader}. */
@API(status = EXPERIMENTAL)
public final class ReferencePermissionTargetFactory implements PermissionTargetFactory {

    /** Creates the factory; called by {@link java.util.ServiceLoader}. */
    public ReferencePermissionTargetFactory() {}

    @Override
    public String name() {
        return ReferencePermissionTarget.NAME;
    }

    @Override
    public PermissionTarget create() {
        return new ReferencePermissionTarget();
    }
}
