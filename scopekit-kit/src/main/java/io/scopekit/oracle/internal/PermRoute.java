package io.scopekit.oracle.internal;

/**
 * Where a permission request stands while the rules decide it. Public because the generated executable model reads
 * it; not part of the API.
 */
public enum PermRoute {
    /** Every request begins here. */
    START,
    /** An API call whose token is of an identity the API accepts; the permission check comes next. */
    TOKEN_ACCEPTED,
    /** The app holds one of the API's permissions (or the API needs none). */
    PERMITTED,
    /** The developer's own user token debugs an applied, not yet enabled permission (seed 001 方式一). */
    DEBUG_PERMITTED,
    /** The call is served; fields and ownership follow. */
    SERVED,
    /** The verdict is complete. */
    DONE
}
