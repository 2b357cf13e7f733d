package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.RecordState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds the explanations of a sequence of steps, each decided on the records the previous one left: what
 * {@code scopekit explain --then …} shows, and what {@link CheckCodec#toJson(ExplanationSequence)} prints
 * (docs/explain.md, "Several steps").
 *
 * @param records the records before the first step, by scope
 * @param steps   one explanation per step decided, in order
 * @param stopped why the steps after the last one were not decided (the records were left unspecified), or
 *                {@code null} when every step was decided
 */
@API(status = EXPERIMENTAL)
public record ExplanationSequence(Map<String, RecordState> records, List<Explanation> steps,
        @Nullable String stopped) {

    public ExplanationSequence {
        records = Map.copyOf(Objects.requireNonNull(records, "records"));
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }
}
