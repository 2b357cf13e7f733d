package io.scopekit.oracle.internal;

import io.scopekit.oracle.FiredRule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a platform fact's spec entry comes from, resolved to the document's seed file or public address: a rule
 * that matched the fact cites this instead of its own metadata, so a WeChat decision cites WeChat's source.
 *
 * <p>Public because the generated executable model reads the facts that carry it; not part of the API.
 */
public final class Citation {
    private final String seed;
    private final String section;
    private final String passage;
    /** FiredRule per rule name: built once, so that a decision allocates nothing to cite. */
    private final Map<String, FiredRule> cited = new ConcurrentHashMap<>();

    Citation(String seed, String section, String passage) {
        this.seed = seed;
        this.section = section;
        this.passage = passage;
    }

    public String seed() { return seed; }
    public String section() { return section; }
    public String passage() { return passage; }

    /** {@code rule} (name and file kept) citing this source. */
    FiredRule cite(FiredRule rule) {
        FiredRule known = cited.get(rule.name());
        return known != null ? known
                : cited.computeIfAbsent(rule.name(), n -> new FiredRule(n, rule.file(), seed, section, passage));
    }

    @Override
    public String toString() { return seed + " §" + section + ": " + passage; }
}
