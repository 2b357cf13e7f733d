package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;

/**
 * States that a call made with one of some identities needs every one of some permissions, on top of one of the
 * API's {@code anyOf}: the message API's user-token send needs {@code im:message} and
 * {@code im:message.send_as_user} together, which an any-of list cannot say.
 *
 * @param identities the identities (token types) whose calls the requirement applies to
 * @param permissions every one of these is needed
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record AllOfRequirement(List<String> identities, List<String> permissions, Source source) {
    /** Creates the requirement; lists are copied. */
    public AllOfRequirement {
        identities = List.copyOf(identities);
        permissions = List.copyOf(permissions);
    }
}
