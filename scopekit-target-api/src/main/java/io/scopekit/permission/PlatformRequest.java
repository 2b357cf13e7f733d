package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Holds one request to the open platform: an {@link ApiCall}, a {@link LifecycleAction} in the consoles, or an
 * {@link EventDelivery} question. Every case names the app it concerns.
 *
 * <p>On the wire the cases are told apart by a {@code kind} member: {@code api-call}, {@code lifecycle},
 * {@code event}.
 */
@API(status = STABLE, since = "0.1")
public sealed interface PlatformRequest permits ApiCall, LifecycleAction, EventDelivery {
    /** Returns the id of the app the request concerns. */
    String app();
}
