package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.permission.PlatformRequest;
import org.apiguardian.api.API;

/**
 * Performs requests on one permission platform and reports what the platform answered.
 *
 * <p>The data plane is {@link #perform}: API calls, console lifecycle steps and event-delivery questions; the
 * control plane is {@link #control()}. A platform's refusal (error code, console message) is an observation; a
 * {@link PlatformError} means the target could not handle the request at all.
 */
@API(status = STABLE, since = "0.1")
public interface PlatformSession extends AutoCloseable {

    /** Returns this session's control plane; the same object on every call. */
    PlatformControl control();

    /** Performs {@code request} and returns what the platform answered, or a {@link PlatformError}. */
    PlatformResult perform(PlatformRequest request);

    /** Ends the session; the default does nothing. */
    @Override
    default void close() {}
}
