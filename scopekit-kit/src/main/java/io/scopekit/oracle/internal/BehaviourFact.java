package io.scopekit.oracle.internal;

import io.scopekit.consent.Aspect;
import io.scopekit.consent.BehaviourKey;
import io.scopekit.spec.Version;
import java.util.List;

/**
 * One {@code behaviour} entry of a platform spec as a rule fact.
 *
 * <p>Public because the generated executable model reads it; not part of the API.
 */
public final class BehaviourFact implements Cited {
    private final String platform;
    private final BehaviourKey key;
    private final String value;
    private final Version since;
    private final List<String> survives;
    private final List<String> resetBy;
    private final List<String> patterns;
    private final Integer errno;
    private final String source;
    private final Citation citation;

    public BehaviourFact(String platform, BehaviourKey key, String value, Version since, List<String> survives,
            List<String> resetBy, List<String> patterns, Integer errno, String source, Citation citation) {
        this.platform = platform;
        this.key = key;
        this.value = value;
        this.since = since;
        this.survives = survives == null ? List.of() : List.copyOf(survives);
        this.resetBy = resetBy == null ? List.of() : List.copyOf(resetBy);
        this.patterns = patterns == null ? List.of() : List.copyOf(patterns);
        this.errno = errno;
        this.source = source;
        this.citation = citation;
    }

    public String getPlatform() { return platform; }
    public BehaviourKey getKey() { return key; }
    public String getValue() { return value; }
    public Version getSince() { return since; }
    public List<String> getSurvives() { return survives; }
    /** Device-local records: the actions a source says wipe them (recordSync {@code resetBy}). */
    public List<String> getResetBy() { return resetBy; }
    public List<String> getPatterns() { return patterns; }
    public Integer getErrno() { return errno; }
    /** The decision aspects this entry governs; reported unspecified when the value is {@code unspecified}. */
    public List<Aspect> getAffects() { return key.affects(); }
    /** "doc §section: passage" of the spec entry, quoted in reasons. */
    public String getSource() { return source; }

    @Override
    public Citation citation() { return citation; }

    @Override
    public String toString() { return platform + "." + key.wireName() + "=" + value; }
}
