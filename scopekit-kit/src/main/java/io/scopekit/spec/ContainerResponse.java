package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;

/**
 * Lists the container-specific fields of a port's authorize() response.
 *
 * @param container container id
 * @param fields the fields
 * @param source where they are documented
 */
@API(status = EXPERIMENTAL)
public record ContainerResponse(String container, List<ResponseField> fields, Source source) {
    /** Creates the response description; the list is copied. */
    public ContainerResponse {
        fields = List.copyOf(fields);
    }
}
