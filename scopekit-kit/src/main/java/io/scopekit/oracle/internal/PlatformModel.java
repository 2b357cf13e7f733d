package io.scopekit.oracle.internal;

import java.util.List;
import java.util.Map;

/**
 * What the oracle needs of one loaded platform spec: the choices it validates a situation against and the rule
 * facts built from the spec.
 *
 * @param id        platform id
 * @param appKinds  app kinds the platform has
 * @param containers container ids (ports only; empty otherwise)
 * @param scopes    scope id to the app kinds where it exists
 * @param apis      API name to the scope that guards it
 * @param facts     the rule facts (behaviour entries, scopes, container cells, response fields)
 */
public record PlatformModel(String id, List<String> appKinds, List<String> containers,
        Map<String, List<String>> scopes, Map<String, String> apis, List<Object> facts) {

    public PlatformModel {
        appKinds = List.copyOf(appKinds);
        containers = List.copyOf(containers);
        scopes = Map.copyOf(scopes);
        apis = Map.copyOf(apis);
        facts = List.copyOf(facts);
    }

    /** True for a port whose situations name a container. */
    public boolean isPort() {
        return !containers.isEmpty();
    }
}
