package io.scopekit.domain.consent;

import io.scopekit.check.CheckComparison;
import io.scopekit.consent.Prompt;
import io.scopekit.harness.AspectMatcher;
import io.scopekit.target.Strictness;
import java.util.List;

/** How the consent domain's own aspects are compared, beside the domain-neutral {@link AspectMatcher}s. */
public final class ConsentMatchers {

    private ConsentMatchers() {}

    /**
     * Matches the prompts shown: exactly, or at {@link Strictness#PATTERN} by their kinds and order only, since a
     * pattern-level target may not know which scope a prompt named.
     */
    public static AspectMatcher<List<Prompt>> prompts() {
        return (expected, observed, strictness) ->
                CheckComparison.kindsInOrder(expected, observed, strictness == Strictness.PATTERN, Prompt::kind);
    }
}
