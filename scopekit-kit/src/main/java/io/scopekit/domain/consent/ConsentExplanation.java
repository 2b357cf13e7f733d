package io.scopekit.domain.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.RecordState;
import io.scopekit.domain.DomainExplanation;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.Situation;
import java.io.PrintWriter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Pairs a situation, as a user asked about it, with the consent oracle's decision: what {@code scopekit explain}
 * shows ({@link ExplanationText}) and what {@code --json} prints in the shape of docs/explain.md
 * ({@link ExplanationJson}).
 *
 * @param situation the situation decided
 * @param scope     the scope asked about (the situation itself only knows the records and the action)
 * @param state     that scope's record before the action
 * @param decision  the oracle's decision
 */
@API(status = EXPERIMENTAL)
public record ConsentExplanation(Situation situation, String scope, RecordState state, Decision decision)
        implements DomainExplanation {

    public ConsentExplanation {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(decision, "decision");
    }

    @Override
    public Object json() {
        return ExplanationJson.of(this);
    }

    @Override
    public void print(PrintWriter out) {
        ExplanationText.print(out, this);
    }
}
