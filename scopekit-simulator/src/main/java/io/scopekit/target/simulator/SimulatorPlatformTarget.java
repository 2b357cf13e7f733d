package io.scopekit.target.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import org.apiguardian.api.API;

/**
 * Plays the permission platform with the simulator: every session starts a fresh simulator (an empty world) on
 * 127.0.0.1 and performs each request over HTTP, the way an app or the consoles would.
 */
@API(status = EXPERIMENTAL)
public final class SimulatorPlatformTarget implements PermissionTarget {

    /** The name used with {@code --target}. */
    public static final String NAME = "simulator";

    private final SpecCatalog specs;

    /** Creates the target over the embedded specs. */
    public SimulatorPlatformTarget() {
        this(SpecCatalog.loadEmbedded());
    }

    /** Creates the target over {@code specs}. */
    public SimulatorPlatformTarget(SpecCatalog specs) {
        this.specs = specs;
    }

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity(NAME, "0.1", "Feishu Open Platform simulator (WireMock on 127.0.0.1, over HTTP)");
    }

    @Override
    public PlatformSession open(PlatformSessionConfig config) {
        PermissionModelSpec model = specs.spec(config.model()).filter(PermissionModelSpec.class::isInstance)
                .map(PermissionModelSpec.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("the simulator plays permission models only; '"
                        + config.model() + "' is not one of " + specs.ids()));
        if (!model.id().equals("feishu-openplatform")) {
            throw new IllegalArgumentException("the simulator plays feishu-openplatform, not " + model.id());
        }
        return new SimulatorSession(model);
    }
}
