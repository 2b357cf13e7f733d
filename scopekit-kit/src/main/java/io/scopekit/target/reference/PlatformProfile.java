package io.scopekit.target.reference;

import io.scopekit.consent.BehaviourKey;
import io.scopekit.spec.AppKind;
import io.scopekit.spec.Behaviour;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Container;
import io.scopekit.spec.ContainerFacts;
import io.scopekit.spec.ContainerResponse;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ResponseField;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.ScopeStatus;
import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Presents one client platform (app kind chosen), or one container of a port, as a single uniform view over the
 * spec catalog, so that the session runs the same state machine for both spec kinds.
 *
 * <p>The view adds what the specs only imply: a port's scopes carry the container's support flag and native name,
 * a port's unspecified behaviour falls back to its container platform, and a client platform's scopes are those of
 * the chosen app kind. All data comes from the {@link SpecCatalog}; nothing about a platform is written in Java.
 */
final class PlatformProfile {

    /**
     * One scope as the runtime sees it.
     *
     * @param spec the client-platform scope; empty for a port scope, which has no status or gate of its own
     * @param silent the spec says {@code consent: silent}: asking shows no consent prompt
     */
    record Scope(String id, List<String> apis, boolean supported, String nativeName, Optional<ScopeSpec> spec,
                 boolean silent) {

        static Scope of(ScopeSpec scope) {
            return new Scope(scope.id(), scope.apis(), true, null, Optional.of(scope), scope.consent().silent());
        }

        static Scope of(PortScope scope, String container) {
            return new Scope(scope.id(), scope.apis(), scope.supportedIn(container),
                    scope.nativeNames().get(container), Optional.empty(), scope.consent().silent());
        }

        /** The key the container keeps the record under: its own name for the scope when it renames it. */
        String recordKey() {
            return nativeName == null ? id : nativeName;
        }

        Optional<Version> gate() {
            return spec.flatMap(ScopeSpec::gate);
        }

        /**
         * Below the gate, for cancelled scopes and for scopes recycled in {@code kind} there is nothing to
         * authorize; a {@code null} client version is the newest.
         */
        boolean needsAuthorization(AppKind kind, Version clientVersion) {
            return spec.map(s -> s.status() != ScopeStatus.CANCELLED && s.availableFor(kind)
                    && (clientVersion == null || s.gateRequiresAuthorization(clientVersion))).orElse(true);
        }
    }

    private final String platform;
    private final String container;
    private final AppKind appKind;
    private final Map<String, Scope> scopes;
    private final Map<String, String> scopeOfApi;
    private final Behaviour behaviour;
    private final Optional<Behaviour> fallbackBehaviour;
    private final List<String> responseFields;
    private final Optional<ContainerFacts> facts;

    private PlatformProfile(String platform, String container, AppKind appKind, List<Scope> scopes,
                            Behaviour behaviour, Optional<Behaviour> fallbackBehaviour, List<String> responseFields,
                            Optional<ContainerFacts> facts) {
        this.platform = platform;
        this.container = container;
        this.appKind = appKind;
        Map<String, Scope> byId = new LinkedHashMap<>();
        Map<String, String> apis = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            byId.put(scope.id(), scope);
            scope.apis().forEach(api -> apis.put(api, scope.id()));
        }
        this.scopes = byId;
        this.scopeOfApi = apis;
        this.behaviour = behaviour;
        this.fallbackBehaviour = fallbackBehaviour;
        this.responseFields = List.copyOf(responseFields);
        this.facts = facts;
    }

    /**
     * Builds the view of {@code platform} ({@code container} for a port, else {@code null}) for {@code appKind}.
     *
     * @throws IllegalArgumentException naming the valid choices when the platform, container or app kind is unknown
     */
    static PlatformProfile of(SpecCatalog catalog, String platform, String container, String appKind) {
        Optional<PortMatrixSpec> port = catalog.portMatrix(platform);
        if (port.isPresent()) {
            return ofPort(catalog, port.get(), container, appKind);
        }
        ClientPlatformSpec spec = catalog.platform(platform).orElseThrow(() -> notRunnable(catalog, platform));
        if (container != null) {
            throw new IllegalArgumentException("platform '" + platform + "' is not a port; container must be null");
        }
        AppKind kind = appKind(spec, appKind);
        List<Scope> scopes = spec.scopes().stream().filter(s -> s.appKinds().contains(kind)).map(Scope::of).toList();
        return new PlatformProfile(platform, null, kind, scopes, spec.behaviour(), Optional.empty(), List.of(),
                spec.container());
    }

    private static PlatformProfile ofPort(SpecCatalog catalog, PortMatrixSpec port, String container,
                                          String appKind) {
        Container entry = port.container(container).orElseThrow(() -> new IllegalArgumentException(
                "port '" + port.id() + "' needs a container, one of: "
                        + port.containers().stream().map(Container::id).collect(Collectors.joining(", "))
                        + " (got " + container + ")"));
        // The catalog's cross-checks guarantee that every container names a loaded client platform.
        ClientPlatformSpec host = catalog.platform(entry.platform()).orElseThrow(() -> new IllegalStateException(
                "port '" + port.id() + "' container '" + container + "' names unknown platform '"
                        + entry.platform() + "'"));
        AppKind kind = appKind(host, appKind);
        List<Scope> scopes = port.scopes().stream().map(s -> Scope.of(s, container)).toList();
        List<String> fields = port.responses().stream().filter(r -> r.container().equals(container))
                .map(ContainerResponse::fields).flatMap(List::stream).map(ResponseField::name).toList();
        // A port answers in its own (normalized) shape, so the host's container facts are not applied to it.
        return new PlatformProfile(port.id(), container, kind, scopes, port.behaviour(),
                Optional.of(host.behaviour()), fields, Optional.empty());
    }

    private static AppKind appKind(ClientPlatformSpec spec, String appKind) {
        return spec.appKinds().stream().filter(k -> k.id().equals(appKind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("platform '" + spec.id() + "' has no app kind '"
                        + appKind + "' (expected one of: "
                        + spec.appKinds().stream().map(AppKind::id).collect(Collectors.joining(", ")) + ")"));
    }

    private static IllegalArgumentException notRunnable(SpecCatalog catalog, String platform) {
        Optional<Spec> other = catalog.spec(platform);
        if (other.isPresent()) {
            return new IllegalArgumentException("platform '" + platform + "' is a " + other.get().kind().id()
                    + " spec; the reference runtime runs client-platform and port-matrix specs");
        }
        List<String> runnable = new ArrayList<>();
        catalog.clientPlatforms().forEach(p -> runnable.add(p.id()));
        catalog.portMatrices().forEach(p -> runnable.add(p.id()));
        return new IllegalArgumentException("unknown platform '" + platform + "' (expected one of: "
                + String.join(", ", runnable) + ")");
    }

    String platform() {
        return platform;
    }

    String container() {
        return container;
    }

    AppKind appKind() {
        return appKind;
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
    BehaviourParam behaviour(BehaviourKey key) {
        BehaviourParam own = behaviour.get(key);
        return own.isUnspecified() ? fallbackBehaviour.map(b -> b.get(key)).orElse(own) : own;
    }

    /** The response fields the platform (container) adds to an authorize result; empty for most. */
    List<String> responseFields() {
        return responseFields;
    }

    /**
     * The API that answers the kit's ahead-of-use request for {@code scopeId}: empty where the platform has its own
     * {@code authorize} (or its spec says nothing of its container); the consent API whose page lists the scope where
     * the container's pages show no {@code authorize} (Alipay: my.getAuthCode).
     *
     * @throws IllegalArgumentException when the container has no authorize and no consent API takes the scope: the
     *     action does not exist there
     */
    Optional<ContainerFacts.ConsentApi> authorizeAnsweredBy(String scopeId) {
        if (facts.isEmpty() || !facts.get().lacksAuthorize()) {
            return Optional.empty();
        }
        ContainerFacts c = facts.get();
        return Optional.of(c.answeringAuthorize(scopeId).orElseThrow(() -> new IllegalArgumentException(
                where() + " has no " + c.global() + ".authorize (its pages show none), and no consent API asks for '"
                        + scopeId + "' (" + c.apis().stream().filter(a -> a.scopes().isPresent())
                        .map(a -> a.name() + " asks for " + String.join(", ", a.scopes().get().ids()))
                        .collect(Collectors.joining("; ")) + ")")));
    }

    /**
     * The fields a failure of {@code api} carries on this platform's container ({@code error}, {@code errorMessage}
     * on Alipay); empty for the errMsg convention, which is also what a spec without container facts gets.
     */
    List<String> failureFields(String api) {
        return facts.map(c -> c.failureFieldsOf(api)).orElse(List.of());
    }

    /** The documented value of a failure field of {@code api} (Alipay's user-cancel {@code error}), if a page gives one. */
    Optional<String> failureValue(String api, String field) {
        return facts.flatMap(c -> c.api(api)).flatMap(a -> a.failure().stream().filter(f -> f.field().equals(field))
                .findFirst()).flatMap(ContainerFacts.ResultField::value);
    }

    /** The success fields of a container consent API, in file order. */
    List<String> successFields(String api) {
        return facts.flatMap(c -> c.api(api)).map(a -> a.success().stream().map(ContainerFacts.ResultField::field)
                .toList()).orElse(List.of());
    }

    Optional<String> nativeName(String scopeId) {
        return Optional.ofNullable(scopes.get(scopeId)).map(Scope::nativeName);
    }

    String where() {
        return container == null ? platform + " (" + appKind.id() + ")" : platform + "[" + container + "]";
    }

    @Override
    public String toString() {
        return where() + " scopes=" + String.join(",", scopes.keySet());
    }
}
