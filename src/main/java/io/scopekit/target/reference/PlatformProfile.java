package io.scopekit.target.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Holds what the reference runtime needs of the specs for one platform (and container, for a port) and one app
 * kind: the scopes, which API belongs to which scope, and the behaviour values.
 *
 * <p>Everything here is read from {@code platform-specs/*.yaml}; nothing about a platform is written in Java.
 */
final class PlatformProfile {

    /** One scope as the runtime sees it. */
    record Scope(String id, String status, List<String> recycledIn, String gate, List<String> apis,
                 boolean supported, String nativeName) {

        boolean cancelled() {
            return "cancelled".equals(status);
        }

        boolean recycledFor(String appKind) {
            return "recycled".equals(status) && recycledIn.contains(appKind);
        }
    }

    /** One behaviour entry: its value and the parameters some values carry. */
    record Behaviour(String value, List<String> patterns, String since, List<String> survives) {
        static final Behaviour UNSPECIFIED = new Behaviour("unspecified", List.of(), null, List.of());

        boolean is(String expected) {
            return expected.equals(value);
        }

        boolean unspecified() {
            return "unspecified".equals(value);
        }
    }

    private final String platform;
    private final String container;
    private final String appKind;
    private final Map<String, Scope> scopes;
    private final Map<String, String> scopeOfApi;
    private final Map<String, Behaviour> behaviour;
    private final Map<String, Behaviour> fallbackBehaviour;
    private final List<String> responseFields;

    PlatformProfile(String platform, String container, String appKind, List<Scope> scopes,
                    Map<String, Behaviour> behaviour, Map<String, Behaviour> fallbackBehaviour,
                    List<String> responseFields) {
        this.platform = Objects.requireNonNull(platform);
        this.container = container;
        this.appKind = Objects.requireNonNull(appKind);
        Map<String, Scope> byId = new LinkedHashMap<>();
        Map<String, String> apis = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            byId.put(scope.id(), scope);
            scope.apis().forEach(api -> apis.put(api, scope.id()));
        }
        this.scopes = byId;
        this.scopeOfApi = apis;
        this.behaviour = Map.copyOf(behaviour);
        this.fallbackBehaviour = Map.copyOf(fallbackBehaviour);
        this.responseFields = List.copyOf(responseFields);
    }

    String platform() {
        return platform;
    }

    String container() {
        return container;
    }

    String appKind() {
        return appKind;
    }

    boolean isPort() {
        return container != null;
    }

    /** Scopes in spec order. */
    List<Scope> scopes() {
        return new ArrayList<>(scopes.values());
    }

    Scope scope(String id) {
        Scope scope = scopes.get(id);
        if (scope == null) {
            throw new IllegalArgumentException("unknown scope '" + id + "' on " + where() + " (expected one of: "
                    + String.join(", ", scopes.keySet()) + ")");
        }
        return scope;
    }

    Scope scopeOfApi(String api) {
        String scope = scopeOfApi.get(api);
        if (scope == null) {
            throw new IllegalArgumentException("unknown API '" + api + "' on " + where() + " (expected one of: "
                    + String.join(", ", scopeOfApi.keySet()) + ")");
        }
        return scopes.get(scope);
    }

    /**
     * Returns the behaviour entry {@code key}; on a port, an entry the port leaves unspecified falls back to the
     * container platform's entry, because the port hands the call to that platform.
     */
    Behaviour behaviour(String key) {
        Behaviour own = behaviour.getOrDefault(key, Behaviour.UNSPECIFIED);
        if (own.unspecified()) {
            return fallbackBehaviour.getOrDefault(key, Behaviour.UNSPECIFIED);
        }
        return own;
    }

    /** The response fields the platform (container) adds to an authorize result; empty for most. */
    List<String> responseFields() {
        return responseFields;
    }

    Optional<String> nativeName(String scopeId) {
        return Optional.ofNullable(scopes.get(scopeId)).map(Scope::nativeName);
    }

    String where() {
        return container == null ? platform + " (" + appKind + ")" : platform + "[" + container + "]";
    }

    @Override
    public String toString() {
        return where() + " scopes=" + scopes.keySet().stream().collect(Collectors.joining(","));
    }
}
