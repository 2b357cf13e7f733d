package io.scopekit.domain.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.RecordState;
import io.scopekit.domain.DomainExplanation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds the explanations of a sequence of steps, each decided on the records the previous one left: what
 * {@code scopekit explain --then …} shows, and what {@code --json} prints (docs/explain.md, "Several steps").
 *
 * @param records the records before the first step, by scope
 * @param steps   one explanation per step decided, in order
 * @param stopped why the steps after the last one were not decided (the records were left unspecified), or
 *                {@code null} when every step was decided
 * @param asked   how many steps were asked for (the text counts the steps against it; the JSON does not carry it)
 */
@API(status = EXPERIMENTAL)
public record ConsentExplanationSequence(Map<String, RecordState> records, List<ConsentExplanation> steps,
        @Nullable String stopped, int asked) implements DomainExplanation {

    public ConsentExplanationSequence {
        records = Map.copyOf(Objects.requireNonNull(records, "records"));
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    @Override
    public Object json() {
        return ExplanationJson.of(this);
    }

    @Override
    public void print(PrintWriter out) {
        for (int i = 0; i < steps.size(); i++) {
            out.println("Step " + (i + 1) + " of " + asked + ":");
            steps.get(i).print(out);
            out.println();
        }
        if (stopped != null) {
            out.println("Stopped: " + stopped);
        }
    }
}
