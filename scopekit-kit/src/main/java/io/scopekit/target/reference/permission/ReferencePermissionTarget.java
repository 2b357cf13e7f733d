package io.scopekit.target.reference.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Plays an open platform's permission service in process: the kit's reference for the permission-platform SPI,
 * a plain state machine over the permission-model specs written independently of the permission oracle.
 *
 * <p>Every session is an empty world; the harness creates its tenants, users and apps through the control plane
 * and reaches every state through the documented lifecycle steps. Choices where the sources are silent are listed
 * in docs/reference-runtime.md ("Open platform").
 */
@API(status = EXPERIMENTAL)
public class ReferencePermissionTarget implements PermissionTarget {
    /** The name used with {@code --target}. */
    public static final String NAME = "reference";

    private final SpecCatalog specs;

    /**
     * Creates the reference platform over the embedded specs.
     *
     * @throws io.scopekit.spec.SpecException when the embedded specs do not validate
     */
    public ReferencePermissionTarget() {
        this(SpecCatalog.loadEmbedded());
    }

    /** Creates the reference platform over {@code specs}. */
    public ReferencePermissionTarget(SpecCatalog specs) {
        this.specs = Objects.requireNonNull(specs, "specs");
    }

    @Override
    public TargetIdentity identity() {
        String version = ReferencePermissionTarget.class.getPackage().getImplementationVersion();
        return new TargetIdentity(NAME, version == null ? "dev" : version,
                "ScopeKit reference open platform (in-process state machine over the permission-model specs)");
    }

    /**
     * Opens an empty world playing {@code config.model()}.
     *
     * @throws IllegalArgumentException naming the permission models when the model is unknown
     */
    @Override
    public PlatformSession open(PlatformSessionConfig config) {
        PermissionModelSpec model = specs.permissionModel(config.model()).orElseThrow(() ->
                new IllegalArgumentException("unknown permission model '" + config.model() + "' (expected one of: "
                        + specs.permissionModels().stream().map(PermissionModelSpec::id)
                        .collect(Collectors.joining(", ")) + ")"));
        return newSession(model);
    }

    /** Creates a session; the override point of the mutant zoo (src/test), one overridden decision per mutant. */
    ReferencePermissionSession newSession(PermissionModelSpec model) {
        return new ReferencePermissionSession(model);
    }
}
