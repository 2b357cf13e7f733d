package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Names one permission of one identity: the unit that is applied, reviewed and granted (seed 001 §权限类型: tenant-
 * and user-identity permissions are applied for separately, in different tabs).
 *
 * @param permission the permission key, e.g. {@code contact:user.employee_id:readonly}
 * @param identity   the identity it is applied for
 */
@API(status = STABLE, since = "0.1")
public record PermissionRef(String permission, Identity identity) {
    public PermissionRef {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(identity, "identity");
    }

    /** Returns {@code identity:permission}, e.g. {@code tenant:contact:contact.base:readonly}. */
    @Override
    public String toString() {
        return identity.wireName() + ":" + permission;
    }
}
