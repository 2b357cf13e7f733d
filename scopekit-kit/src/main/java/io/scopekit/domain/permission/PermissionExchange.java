package io.scopekit.domain.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.harness.SessionCalls;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.target.permission.PlatformError;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds one request of a {@link PermissionConversation}: what the permission oracle decided a conforming platform
 * must answer, and what the target answered — an observation, or an error the target reported instead.
 *
 * @param request     the request performed
 * @param decision    the oracle's decision for it
 * @param observation what the platform answered; {@code null} when the target reported an error
 * @param targetError the error the target reported instead; {@code null} when it answered
 */
@API(status = EXPERIMENTAL)
public record PermissionExchange(PlatformRequest request, PermissionDecision decision,
        @Nullable PlatformObservation observation, @Nullable PlatformError targetError) {

    public PermissionExchange {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(decision, "decision");
        SessionCalls.requireOneOf(observation, targetError);
    }

    /** Tells whether the target reported an error instead of an observation. */
    public boolean failedOnTarget() {
        return targetError != null;
    }
}
