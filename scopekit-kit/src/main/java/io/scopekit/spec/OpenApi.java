package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;

/**
 * Describes a server API of an open platform and the permissions it needs.
 *
 * @param id API id, e.g. {@code contact.v3.users.get}
 * @param method HTTP method
 * @param path request path
 * @param tokenTypes ids of identities the API accepts
 * @param anyOf permission keys, any one suffices
 * @param fieldRequirements extra permissions per returned field
 * @param allOf per identity, permissions needed together on top of one of {@code anyOf}; empty for most APIs
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record OpenApi(
        String id, String method, String path, List<String> tokenTypes, List<String> anyOf,
        List<FieldRequirement> fieldRequirements, List<AllOfRequirement> allOf, Source source) {
    /** Creates the API; lists are copied. */
    public OpenApi {
        tokenTypes = List.copyOf(tokenTypes);
        anyOf = List.copyOf(anyOf);
        fieldRequirements = List.copyOf(fieldRequirements);
        allOf = List.copyOf(allOf);
    }

    /** Creates an API whose permission requirement is its any-of list alone. */
    public OpenApi(String id, String method, String path, List<String> tokenTypes, List<String> anyOf,
            List<FieldRequirement> fieldRequirements, Source source) {
        this(id, method, path, tokenTypes, anyOf, fieldRequirements, List.of(), source);
    }

    /** Returns the all-of requirements that apply to a call made with an identity, in spec order. */
    public List<AllOfRequirement> allOfFor(String identity) {
        return allOf.stream().filter(r -> r.identities().contains(identity)).toList();
    }
}
