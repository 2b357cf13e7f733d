package io.scopekit.oracle.internal;

import io.scopekit.permission.Identity;
import io.scopekit.permission.PermissionState;

/**
 * One permission of the deciding app's version in use, with its state. Public for the executable model; not part of
 * the API.
 */
public final class GrantFact {
    private final String permission;
    private final Identity identity;
    private final PermissionState state;

    GrantFact(String permission, Identity identity, PermissionState state) {
        this.permission = permission;
        this.identity = identity;
        this.state = state;
    }

    public String getPermission() { return permission; }
    public Identity getIdentity() { return identity; }
    public PermissionState getState() { return state; }
}
