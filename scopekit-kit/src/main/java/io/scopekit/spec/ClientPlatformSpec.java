package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

/**
 * Describes one mini-program client platform ({@code kind: client-platform}): its scopes, their APIs and gates, and
 * its authorization behaviour.
 *
 * @param id platform id, e.g. {@code feishu-gadget}
 * @param name human-readable name
 * @param clientName what "client version" refers to, e.g. {@code Feishu}
 * @param phrases how scenarios name the platform, e.g. {@code Feishu gadget} and {@code 飞书小程序}, in file order;
 *     empty when the file lists none
 * @param appKinds app kinds the platform hosts
 * @param documents cited documents
 * @param scopes scopes in file order
 * @param behaviour authorization behaviour
 * @param container the container as its pages describe it; empty when the file has no {@code container} block
 * @param origin file the spec came from
 */
@API(status = EXPERIMENTAL)
public record ClientPlatformSpec(
        String id,
        String name,
        String clientName,
        List<String> phrases,
        List<AppKind> appKinds,
        List<Document> documents,
        List<ScopeSpec> scopes,
        Behaviour behaviour,
        Optional<ContainerFacts> container,
        SpecOrigin origin) implements Spec {

    /** Creates the spec; lists are copied. */
    public ClientPlatformSpec {
        phrases = List.copyOf(phrases);
        appKinds = List.copyOf(appKinds);
        documents = List.copyOf(documents);
        scopes = List.copyOf(scopes);
        java.util.Objects.requireNonNull(container, "container");
    }

    /** Creates a spec without container facts. */
    public ClientPlatformSpec(String id, String name, String clientName, List<String> phrases, List<AppKind> appKinds,
            List<Document> documents, List<ScopeSpec> scopes, Behaviour behaviour, SpecOrigin origin) {
        this(id, name, clientName, phrases, appKinds, documents, scopes, behaviour, Optional.empty(), origin);
    }

    @Override
    public SpecKind kind() {
        return SpecKind.CLIENT_PLATFORM;
    }

    /** Finds a scope by id. */
    public Optional<ScopeSpec> scope(String scopeId) {
        return scopes.stream().filter(s -> s.id().equals(scopeId)).findFirst();
    }

    /** Finds the scope covering an API (an API is under at most one scope of a platform). */
    public Optional<ScopeSpec> scopeForApi(String api) {
        return scopes.stream().filter(s -> s.apis().contains(api)).findFirst();
    }

    /** Finds the scopes covering a component (a component may need several scopes). */
    public List<ScopeSpec> scopesForComponent(String component) {
        return scopes.stream().filter(s -> s.components().contains(component)).toList();
    }
}
