package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Names who owns a resource (seed 001 §权限类型: created with a tenant token it belongs to the app, with a user
 * token to that user).
 *
 * @param kind the app or a user
 * @param id   the app id or the user id
 */
@API(status = EXPERIMENTAL)
public record ResourceOwner(OwnerKind kind, String id) {
    public ResourceOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
