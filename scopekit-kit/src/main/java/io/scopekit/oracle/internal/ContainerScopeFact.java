package io.scopekit.oracle.internal;

/**
 * One cell of a port matrix (scope x container) as a rule fact: supported or not, and the container's own name.
 *
 * <p>Public because the generated executable model reads it; not part of the API.
 */
public final class ContainerScopeFact implements Cited {
    private final String platform;
    private final String container;
    private final String scope;
    private final boolean supported;
    private final String nativeName;
    private final String source;
    private final String consent;
    private final Citation citation;

    /** {@code consent}: the port scope's consent mode, {@code prompt} or {@code silent}. */
    public ContainerScopeFact(String platform, String container, String scope, boolean supported, String nativeName,
            String source, String consent, Citation citation) {
        this.consent = consent;
        this.platform = platform;
        this.container = container;
        this.scope = scope;
        this.supported = supported;
        this.nativeName = nativeName;
        this.source = source;
        this.citation = citation;
    }

    public String getPlatform() { return platform; }
    public String getContainer() { return container; }
    public String getScope() { return scope; }
    public boolean isSupported() { return supported; }
    /** The container's name for the scope when it differs; {@code null} otherwise. */
    public String getNativeName() { return nativeName; }
    public String getSource() { return source; }
    public String getConsent() { return consent; }

    @Override
    public Citation citation() { return citation; }

    @Override
    public String toString() { return platform + "/" + container + "/" + scope + "=" + supported; }
}
