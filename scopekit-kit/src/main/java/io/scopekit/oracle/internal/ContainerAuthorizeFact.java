package io.scopekit.oracle.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a client platform whose container has no {@code authorize} (Alipay: no {@code my.authorize}) answers the kit's
 * ahead-of-use request for one scope: through the consent API whose page lists the scope, with that API's documented
 * success and failure fields, or not at all ({@code api} {@code null}: no API asks for the scope).
 *
 * <p>Public because the generated executable model reads it; not part of the API.
 */
public final class ContainerAuthorizeFact implements Cited {
    private final String platform;
    private final String scope;
    private final @Nullable String api;
    private final List<String> successFields;
    private final List<String> failureFields;
    private final Citation citation;

    public ContainerAuthorizeFact(String platform, String scope, @Nullable String api, List<String> successFields,
                                  List<String> failureFields, Citation citation) {
        this.platform = platform;
        this.scope = scope;
        this.api = api;
        this.successFields = List.copyOf(successFields);
        this.failureFields = List.copyOf(failureFields);
        this.citation = citation;
    }

    public String getPlatform() { return platform; }
    public String getScope() { return scope; }
    public @Nullable String getApi() { return api; }
    public boolean isAnswered() { return api != null; }
    public List<String> getSuccessFields() { return successFields; }
    public List<String> getFailureFields() { return failureFields; }

    @Override
    public Citation citation() { return citation; }

    @Override
    public String toString() {
        return platform + " authorize " + scope + " -> " + (api == null ? "none" : api + " ok" + successFields
                + " fail" + failureFields);
    }
}
