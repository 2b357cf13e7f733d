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
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record OpenApi(
        String id, String method, String path, List<String> tokenTypes, List<String> anyOf,
        List<FieldRequirement> fieldRequirements, Source source) {
    /** Creates the API; lists are copied. */
    public OpenApi {
        tokenTypes = List.copyOf(tokenTypes);
        anyOf = List.copyOf(anyOf);
        fieldRequirements = List.copyOf(fieldRequirements);
    }
}
