package io.scopekit.target.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PermissionTargetFactory;
import org.apiguardian.api.API;

/** Registers the simulator as permission target {@code simulator} for {@link java.util.ServiceLoader}. */
@API(status = EXPERIMENTAL)
public final class SimulatorPlatformTargetFactory implements PermissionTargetFactory {

    /** Creates the factory; called by {@link java.util.ServiceLoader}. */
    public SimulatorPlatformTargetFactory() {}

    @Override
    public String name() {
        return SimulatorPlatformTarget.NAME;
    }

    @Override
    public PermissionTarget create() {
        return new SimulatorPlatformTarget();
    }
}
