package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

/**
 * Describes one scope of a client platform: the APIs and components it covers, its status and version gate.
 *
 * @param id scope id, e.g. {@code scope.userInfo}
 * @param label short label shown to users
 * @param description longer description, if given
 * @param status whether the scope is in force
 * @param recycledIn app kinds where a recycled scope is gone (empty unless {@link ScopeStatus#RECYCLED})
 * @param gate client version from which authorization is required (inclusive), if any
 * @param appKinds app kinds where the scope exists (the platform's app kinds when the file does not say)
 * @param apis API names covered by the scope
 * @param components component names covered by the scope
 * @param consent whether asking for the scope prompts the user or is silent ({@code prompt} when the file does not say)
 * @param source where the scope is documented
 */
@API(status = EXPERIMENTAL)
public record ScopeSpec(
        String id,
        String label,
        Optional<String> description,
        ScopeStatus status,
        List<AppKind> recycledIn,
        Optional<Version> gate,
        List<AppKind> appKinds,
        List<String> apis,
        List<String> components,
        ScopeConsent consent,
        Source source) {

    /** Creates a scope; lists are copied. */
    public ScopeSpec {
        recycledIn = List.copyOf(recycledIn);
        appKinds = List.copyOf(appKinds);
        apis = List.copyOf(apis);
        components = List.copyOf(components);
    }

    /**
     * Tells whether the gate asks for authorization at {@code clientVersion}: true when there is no gate or the client
     * is at or above it. The scope's {@link #status()} is not considered.
     */
    public boolean gateRequiresAuthorization(Version clientVersion) {
        return gate.map(clientVersion::isAtLeast).orElse(true);
    }

    /** Tells whether the scope exists for the given app kind and, if recycled, is not gone there. */
    public boolean availableFor(AppKind kind) {
        return appKinds.contains(kind) && !(status == ScopeStatus.RECYCLED && recycledIn.contains(kind));
    }
}
