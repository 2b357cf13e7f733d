package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;

/**
 * States that returning a field of an API needs any one of some permissions.
 *
 * @param field the field
 * @param anyOf permission keys, any one suffices
 */
@API(status = EXPERIMENTAL)
public record FieldRequirement(String field, List<String> anyOf) {
    /** Creates the requirement; the list is copied. */
    public FieldRequirement {
        anyOf = List.copyOf(anyOf);
    }
}
