package io.scopekit.oracle.internal;

/**
 * One permission of an all-of requirement that applies to the call's identity (the spec's {@code apis[].allOf}): the
 * call needs it on top of one of the API's any-of. Public for the executable model; not part of the API.
 */
public final class AllOfFact {
    private final String permission;

    AllOfFact(String permission) {
        this.permission = permission;
    }

    public String getPermission() { return permission; }
}
