package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.RecordState;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.Situation;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Pairs a situation, as a user asked about it, with the oracle's decision: what {@code scopekit explain} shows,
 * and what {@link CheckCodec#toJson(Explanation)} prints in the shape of docs/explain.md.
 *
 * @param situation the situation decided
 * @param scope     the scope asked about (the situation itself only knows the records and the action)
 * @param state     that scope's record before the action
 * @param decision  the oracle's decision
 */
@API(status = EXPERIMENTAL)
public record Explanation(Situation situation, String scope, RecordState state, Decision decision) {

    public Explanation {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(decision, "decision");
    }
}
