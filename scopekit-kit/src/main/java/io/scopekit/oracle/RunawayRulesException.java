package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Reports a rule set that did not come to rest within the firing bound of one decision: a defect of the kit's
 * rules (a rule that modifies its own facts for ever, two rules undoing each other), never of the target.
 *
 * <p>The CLI reports it as a kit defect naming the rule and exits 2.
 */
@API(status = EXPERIMENTAL)
public final class RunawayRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String file;

    /**
     * Creates the exception.
     *
     * @param rule     the rule that fired most often in the decision
     * @param file     its rule file
     * @param firings  how many rules had fired when the decision was stopped
     * @param situation the situation decided, in words
     */
    public RunawayRulesException(String rule, String file, int firings, String situation) {
        super("KIT DEFECT: runaway rules: " + firings + " rule firings in one decision without coming to rest, "
                + "stopped; rule \"" + rule + "\" (" + file + ") fired most (" + situation + ")");
        this.rule = rule;
        this.file = file;
    }

    /** Returns the name of the rule that fired most. */
    public String rule() {
        return rule;
    }

    /** Returns that rule's file. */
    public String file() {
        return file;
    }
}
