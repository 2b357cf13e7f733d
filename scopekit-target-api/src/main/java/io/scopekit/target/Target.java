package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.consent.Aspect;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Opens sessions on one implementation of the consent behaviour (a runtime, an SDK port, a simulator).
 *
 * <p>Implementations must be safe to use from one thread at a time per session; the harness opens a fresh
 * session per scenario.
 *
 * <p>A target declares its capabilities in two parts: per {@link Aspect} how strictly it can be compared
 * ({@link #capabilities()}), and which control operations its sessions offer ({@link #controlOperations()}).
 */
@API(status = STABLE, since = "0.1")
public interface Target extends AutoCloseable {

    /** Returns who this target is, as printed on reports and certificates. */
    TargetIdentity identity();

    /**
     * Returns, per capability, how strictly the harness compares what this target reports.
     *
     * <p>A capability missing from the map is compared {@link Strictness#EXACT exactly}. A capability marked
     * {@link Strictness#UNSUPPORTED} is reported as "not supported by the target" for every check that needs
     * it — never silently passed.
     */
    default Map<Aspect, Strictness> capabilities() {
        return Map.of();
    }

    /** Returns how strictly the harness compares {@code aspect}: its entry in {@link #capabilities()}, else exact. */
    default Strictness strictness(Aspect aspect) {
        return capabilities().getOrDefault(aspect, Strictness.EXACT);
    }

    /**
     * Returns the control operations this target's sessions offer ({@link SessionControl}); always includes
     * {@link ControlOperation#SCRIPT_ANSWERS}. The default offers only that.
     */
    default Set<ControlOperation> controlOperations() {
        return Set.of(ControlOperation.SCRIPT_ANSWERS);
    }

    /**
     * Returns the platforms (and containers, app kinds) this target implements; {@code verify} runs only those by
     * default. The default, {@link Coverage#EVERYTHING}, declares every one, so a target that says nothing is run on
     * every platform.
     */
    default Coverage coverage() {
        return Coverage.EVERYTHING;
    }

    /**
     * Opens a session: one user of one app on one device and client version.
     *
     * @throws TargetUnreachableException when the implementation cannot be reached at all
     */
    TargetSession open(SessionConfig config);

    /** Releases what the target holds (connections, processes); the default does nothing. */
    @Override
    default void close() {}
}
