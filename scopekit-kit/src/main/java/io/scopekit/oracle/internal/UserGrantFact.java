package io.scopekit.oracle.internal;

/** A user's authorization of one of the app's permissions. Public for the executable model; not part of the API. */
public final class UserGrantFact {
    private final String user;
    private final String permission;

    UserGrantFact(String user, String permission) {
        this.user = user;
        this.permission = permission;
    }

    public String getUser() { return user; }
    public String getPermission() { return permission; }
}
