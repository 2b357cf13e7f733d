package io.scopekit.domain;

import io.scopekit.check.Explanation;
import java.io.PrintWriter;

/**
 * A domain's answer to {@code scopekit explain}: its JSON shape for {@code --json} (the check contract's
 * {@link Explanation}) and its text otherwise, laid out with {@link ExplanationLines}.
 */
public interface DomainExplanation extends Explanation {

    /** Prints the explanation as {@code scopekit explain} shows it without {@code --json}. */
    void print(PrintWriter out);
}
