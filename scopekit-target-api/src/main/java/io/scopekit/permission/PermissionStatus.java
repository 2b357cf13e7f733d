package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * States one permission's state in an app.
 *
 * @param permission the permission key
 * @param identity   the identity it was applied for
 * @param state      its state
 */
@API(status = STABLE, since = "0.1")
public record PermissionStatus(String permission, Identity identity, PermissionState state) {
    public PermissionStatus {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(state, "state");
    }

    /** Returns the permission and identity without the state. */
    public PermissionRef ref() {
        return new PermissionRef(permission, identity);
    }
}
