package io.scopekit.oracle.internal;

import io.scopekit.spec.Version;
import java.util.List;

/**
 * One scope of a client-platform spec as a rule fact: status, version gate and where it is recycled.
 *
 * <p>Public because the generated executable model reads it; not part of the API.
 */
public final class ScopeFact implements Cited {
    private final String platform;
    private final String id;
    private final String status;
    private final Version gate;
    private final List<String> recycledIn;
    private final String source;
    private final String consent;
    private final Citation citation;

    /** {@code consent}: the spec's consent mode, {@code prompt} or {@code silent}. */
    public ScopeFact(String platform, String id, String status, Version gate, List<String> recycledIn, String source,
            String consent, Citation citation) {
        this.consent = consent;
        this.platform = platform;
        this.id = id;
        this.status = status;
        this.gate = gate;
        this.recycledIn = recycledIn == null ? List.of() : List.copyOf(recycledIn);
        this.source = source;
        this.citation = citation;
    }

    public String getPlatform() { return platform; }
    public String getId() { return id; }
    public String getStatus() { return status; }
    public Version getGate() { return gate; }
    public List<String> getRecycledIn() { return recycledIn; }
    public String getSource() { return source; }
    public String getConsent() { return consent; }

    @Override
    public Citation citation() { return citation; }

    @Override
    public String toString() { return platform + "/" + id + "(" + status + ")"; }
}
