package io.scopekit.domain.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Action;
import io.scopekit.harness.SessionCalls;
import io.scopekit.oracle.Decision;
import io.scopekit.target.Observation;
import io.scopekit.target.TargetError;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds one action of a {@link Conversation}: what the oracle decided a conforming runtime must do, and what the
 * target did — an observation, or an error the target reported instead.
 *
 * @param action      the action performed
 * @param decision    the oracle's decision for it
 * @param observation what the target reported; {@code null} when it reported an error
 * @param targetError the error the target reported instead; {@code null} when it reported an observation
 */
@API(status = EXPERIMENTAL)
public record Exchange(Action action, Decision decision, @Nullable Observation observation,
        @Nullable TargetError targetError) {

    public Exchange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(decision, "decision");
        SessionCalls.requireOneOf(observation, targetError);
    }

    /** Tells whether the target reported an error instead of an observation. */
    public boolean failedOnTarget() {
        return targetError != null;
    }
}
