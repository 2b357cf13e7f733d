package io.scopekit.domain;

import io.scopekit.oracle.FiredRule;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The text of {@code scopekit explain}, written once for every domain: a domain's explanation names its situation
 * in a headline, lists its aspects one a line under aligned labels (an aspect the sources leave open reads
 * "unspecified (see below)"), and ends with the rules that fired and the open aspects with their reasons. A domain
 * supplies only which aspects it shows and how their values read.
 *
 * @param <A> the domain's aspect type
 */
public final class ExplanationLines<A extends Comparable<A>> {
    /** The width of a label with its colon; the values start in one column. */
    private static final int LABEL_WIDTH = 16;

    private final PrintWriter out;
    private final Predicate<A> unspecified;

    /** Lines printed to {@code out}; {@code unspecified} tells which of the decision's aspects the sources leave open. */
    public ExplanationLines(PrintWriter out, Predicate<A> unspecified) {
        this.out = out;
        this.unspecified = unspecified;
    }

    /** The first line: the situation explained. */
    public void headline(String text) {
        out.println(text);
    }

    /** One labelled line whose value is not an aspect of the decision. */
    public void line(String label, String value) {
        String head = label + ":";
        out.println("  " + head + " ".repeat(Math.max(1, LABEL_WIDTH - head.length())) + value);
    }

    /** One labelled aspect: its value, or a pointer to the unspecified list when the sources leave it open. */
    public void aspect(String label, A aspect, @Nullable String value) {
        line(label, unspecified.test(aspect) ? "unspecified (see below)" : String.valueOf(value));
    }

    /**
     * The part every domain's explanation ends with: the rules that fired, with their sources, and the aspects the
     * sources leave open, in the aspects' order, named by {@code name}.
     */
    public void end(List<FiredRule> rules, Map<A, String> open, Function<A, String> name) {
        out.println("rules fired:");
        int i = 1;
        for (FiredRule r : rules) {
            out.println("  " + i++ + ". " + r.name() + "  [" + r.file() + "]");
            out.println("     " + r.seed() + " §" + r.section() + ": " + r.passage());
        }
        if (!open.isEmpty()) {
            out.println("unspecified:");
            open.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(u -> out.println("  " + name.apply(u.getKey()) + ": " + u.getValue()));
        }
    }
}
