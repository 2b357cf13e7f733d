package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes a scope of a port and, per container, whether it is supported and under which native name.
 *
 * @param id scope id as the port names it
 * @param label label
 * @param apis API names covered
 * @param support container id to supported-or-not; every container exactly once
 * @param nativeNames container id to the name that container uses when it differs from {@code id}
 * @param consent whether asking for the scope prompts the user or is silent ({@code prompt} when the file does not say)
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record PortScope(
        String id, String label, List<String> apis, Map<String, Boolean> support, Map<String, String> nativeNames,
        ScopeConsent consent, Source source) {

    /** Creates the scope; collections are copied preserving order. */
    public PortScope {
        apis = List.copyOf(apis);
        support = Collections.unmodifiableMap(new LinkedHashMap<>(support));
        nativeNames = Collections.unmodifiableMap(new LinkedHashMap<>(nativeNames));
    }

    /** Tells whether the scope is supported in a container (false for unknown containers). */
    public boolean supportedIn(String container) {
        return Boolean.TRUE.equals(support.get(container));
    }

    /** Returns the scope name the container uses: its native name, or {@link #id()}. */
    public String nativeName(String container) {
        return nativeNames.getOrDefault(container, id);
    }
}
