package io.scopekit.oracle.internal;

import java.util.List;

/**
 * The response fields a port documents for one container (Alipay's authCode, ...) as a rule fact.
 *
 * <p>Public because the generated executable model reads it; not part of the API.
 */
public final class ContainerResponseFact implements Cited {
    private final String platform;
    private final String container;
    private final List<String> fields;
    private final Citation citation;

    public ContainerResponseFact(String platform, String container, List<String> fields, Citation citation) {
        this.platform = platform;
        this.container = container;
        this.fields = List.copyOf(fields);
        this.citation = citation;
    }

    public String getPlatform() { return platform; }
    public String getContainer() { return container; }
    public List<String> getFields() { return fields; }

    @Override
    public Citation citation() { return citation; }

    @Override
    public String toString() { return platform + "/" + container + " fields " + fields; }
}
