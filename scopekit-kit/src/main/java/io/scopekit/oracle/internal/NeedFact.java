package io.scopekit.oracle.internal;

/** One permission of the called API's any-of requirement. Public for the executable model; not part of the API. */
public final class NeedFact {
    private final String permission;

    NeedFact(String permission) {
        this.permission = permission;
    }

    public String getPermission() { return permission; }
}
