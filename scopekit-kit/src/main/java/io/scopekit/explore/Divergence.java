package io.scopekit.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckRecord;
import org.apiguardian.api.API;

/**
 * Holds the first place where a target and the oracle disagree in a generated sequence.
 *
 * @param step    the 0-based index of the step whose check failed
 * @param kind    the kind of that step ({@code call-api}, {@code apply}, ...)
 * @param aspect  the aspect compared (its check-record name, e.g. {@code prompts}, {@code version_status})
 * @param message the failed check's message
 * @param record  the failed check record
 */
@API(status = EXPERIMENTAL)
public record Divergence(int step, String kind, String aspect, String message, CheckRecord record) {
    /**
     * Tells whether {@code other} is the same finding for shrinking: the same aspect fails on a step of the same
     * kind (the values around it may be simpler).
     */
    public boolean sameAs(Divergence other) {
        return aspect.equals(other.aspect) && kind.equals(other.kind);
    }
}
