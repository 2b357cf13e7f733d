package io.scopekit.oracle.internal;

/** Which kind of platform request a {@link PermRequest} is. Public for the executable model; not part of the API. */
public enum PermKind {
    CALL, STEP, EVENT
}
