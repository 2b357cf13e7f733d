package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.permission.PermissionAspect;
import io.scopekit.target.Strictness;
import io.scopekit.target.TargetIdentity;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Opens sessions on one implementation of an open platform's permission service (a reference runtime, a
 * simulator, a vendor's service).
 *
 * <p>A session is one platform world: its tenants, users and apps live as long as the session. Implementations
 * must be safe to use from one thread at a time per session.
 */
@API(status = STABLE, since = "0.1")
public interface PermissionTarget extends AutoCloseable {

    /** Returns who this target is, as printed on reports and certificates. */
    TargetIdentity identity();

    /** Returns, per aspect, how strictly the harness compares what this target reports; absent means exact. */
    default Map<PermissionAspect, Strictness> capabilities() {
        return Map.of();
    }

    /** Returns how strictly {@code aspect} is compared: its entry in {@link #capabilities()}, else exact. */
    default Strictness strictness(PermissionAspect aspect) {
        return capabilities().getOrDefault(aspect, Strictness.EXACT);
    }

    /** Returns the control operations this target's sessions offer; the default offers the required ones. */
    default Set<PlatformControlOperation> controlOperations() {
        return EnumSet.of(PlatformControlOperation.SET_UP, PlatformControlOperation.SET_LEVELS,
                PlatformControlOperation.GRANT_USERS);
    }

    /**
     * Opens a session.
     *
     * @throws io.scopekit.target.TargetUnreachableException when the implementation cannot be reached at all
     * @throws IllegalArgumentException for a model the target does not play
     */
    PlatformSession open(PlatformSessionConfig config);

    /** Releases what the target holds; the default does nothing. */
    @Override
    default void close() {}
}
