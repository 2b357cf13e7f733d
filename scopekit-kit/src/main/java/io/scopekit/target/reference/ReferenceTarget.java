package io.scopekit.target.reference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Aspect;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Strictness;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Runs the consent behaviour of the platform specs in process: the kit's default target, written as a plain
 * state machine independently of the Drools oracle.
 *
 * <p>Every session starts from an empty world (no records), so the harness's fresh session per scenario is
 * isolated; actions inside a session (reinstall, change device, upgrade) share that world. Behaviour the specs
 * leave unspecified follows the defaults listed in {@code docs/reference-runtime.md}.
 */
@API(status = EXPERIMENTAL)
public class ReferenceTarget implements Target {
    /** The name used with {@code --target}. */
    public static final String NAME = "reference";

    private final SpecCatalog specs;
    private final DeviceOs os;
    private final java.util.Map<String, PlatformProfile> profiles = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Creates a reference runtime on the embedded specs, pretending to run on Android.
     *
     * @throws io.scopekit.spec.SpecException when the embedded specs do not validate
     */
    public ReferenceTarget() {
        this(DeviceOs.ANDROID);
    }

    /**
     * Creates a reference runtime on the embedded specs running on {@code os}.
     *
     * @throws io.scopekit.spec.SpecException when the embedded specs do not validate
     */
    public ReferenceTarget(DeviceOs os) {
        this(SpecCatalog.loadEmbedded(), os);
    }

    /** Creates a reference runtime on the specs of {@code specs}, e.g. a directory loaded with {@link SpecCatalog#load}. */
    public ReferenceTarget(SpecCatalog specs) {
        this(specs, DeviceOs.ANDROID);
    }

    /** Creates a reference runtime on the specs of {@code specs} running on {@code os}. */
    public ReferenceTarget(SpecCatalog specs, DeviceOs os) {
        this.specs = Objects.requireNonNull(specs, "specs");
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public TargetIdentity identity() {
        String version = ReferenceTarget.class.getPackage().getImplementationVersion();
        return new TargetIdentity(NAME, version == null ? "dev" : version,
                "ScopeKit reference runtime (in-process state machine over the platform specs, " + osName() + ")");
    }

    /** Reports every aspect exactly: the reference runtime knows all it does. */
    @Override
    public Map<Aspect, Strictness> capabilities() {
        return Map.of();
    }

    /** Offers every control operation: scripting answers, seeding and reading records. */
    @Override
    public Set<ControlOperation> controlOperations() {
        return Set.of(ControlOperation.values());
    }

    /**
     * Opens a session with no records.
     *
     * @throws IllegalArgumentException when the config names an unknown platform, container or app kind, or its
     *     client version is not a version
     */
    @Override
    public ReferenceSession open(SessionConfig config) {
        Objects.requireNonNull(config, "config");
        // A profile is an immutable view of the specs: built once per platform, container and app kind, since a
        // run (verify, explore) opens a session per scenario or generated sequence.
        String key = config.platform() + "\u0000" + config.container() + "\u0000" + config.appKind();
        PlatformProfile profile = profiles.get(key);
        if (profile == null) {
            profile = PlatformProfile.of(specs, config.platform(), config.container(), config.appKind());
            profiles.put(key, profile);
        }
        return newSession(profile, config, os);
    }

    /**
     * Creates a session; the override point of the mutant zoo (src/test), whose defective runtimes are reference
     * sessions with one decision overridden.
     */
    ReferenceSession newSession(PlatformProfile profile, SessionConfig config, DeviceOs os) {
        return new ReferenceSession(profile, config, os);
    }

    private String osName() {
        return os == DeviceOs.IOS ? "iOS" : "Android";
    }
}
