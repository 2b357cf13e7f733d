package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

/**
 * Describes a cross-platform port such as {@code @uni/authorize} ({@code kind: port-matrix}): its containers, call
 * forms, scope support matrix, container-specific responses and behaviour.
 *
 * @param id port id, e.g. {@code uni-authorize}
 * @param name human-readable name
 * @param packageRef the published package
 * @param documents cited documents
 * @param containers containers in documentation order
 * @param forms call forms
 * @param scopes scopes with their support matrix rows
 * @param responses container-specific response fields
 * @param behaviour authorization behaviour of the port
 * @param origin file the spec came from
 */
@API(status = EXPERIMENTAL)
public record PortMatrixSpec(
        String id,
        String name,
        PackageRef packageRef,
        List<Document> documents,
        List<Container> containers,
        List<CallForm> forms,
        List<PortScope> scopes,
        List<ContainerResponse> responses,
        Behaviour behaviour,
        SpecOrigin origin) implements Spec {

    /** Creates the spec; lists are copied. */
    public PortMatrixSpec {
        documents = List.copyOf(documents);
        containers = List.copyOf(containers);
        forms = List.copyOf(forms);
        scopes = List.copyOf(scopes);
        responses = List.copyOf(responses);
    }

    @Override
    public SpecKind kind() {
        return SpecKind.PORT_MATRIX;
    }

    /** Finds a container by id. */
    public Optional<Container> container(String containerId) {
        return containers.stream().filter(c -> c.id().equals(containerId)).findFirst();
    }

    /** Finds a scope by id. */
    public Optional<PortScope> scope(String scopeId) {
        return scopes.stream().filter(s -> s.id().equals(scopeId)).findFirst();
    }

    /** Finds the scope covering an API. */
    public Optional<PortScope> scopeForApi(String api) {
        return scopes.stream().filter(s -> s.apis().contains(api)).findFirst();
    }
}
