package io.scopekit.domain;

import io.scopekit.harness.RunDomain;
import io.scopekit.oracle.RulesInvalidException;
import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code scopekit explain} needs of a domain: whether a platform id is the domain's, and the domain's
 * oracle's answer to the question the command line asked. A domain registers it once, as its {@link RunDomain} for
 * {@link java.util.ServiceLoader}, and the command line finds it through {@link Domains}.
 */
public interface Explainer extends RunDomain {

    /**
     * Returns the options of {@code explain} this domain reads from an {@link ExplainQuestion}, as data the command
     * line declares ({@link Domains#explainOptions()}); an option another domain describes too is listed with an
     * empty or a partial description ({@link ExplainOption#mergedWith}).
     */
    List<ExplainOption> options();

    /** Tells whether {@code platform} names one of the domain's specs in {@code catalog}. */
    boolean explains(SpecCatalog catalog, String platform);

    /**
     * Decides the situation {@code question} describes with the domain's oracle over {@code catalog} and the rules
     * in {@code rulesDir} (the kit's own when {@code null}).
     *
     * @throws IllegalArgumentException when the question is not a situation of the domain (the message says why,
     *                                  naming the option and the valid choices)
     * @throws RulesInvalidException    when the rules do not compile
     */
    DomainExplanation explain(SpecCatalog catalog, @Nullable Path rulesDir, ExplainQuestion question);
}
