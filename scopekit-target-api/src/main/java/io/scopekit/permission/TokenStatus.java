package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Says what the access token of a call is like.
 */
@API(status = STABLE, since = "0.1")
public enum TokenStatus {
    /** A valid token of the call's identity. */
    VALID,
    /** No token was sent. */
    MISSING,
    /** A token that is not (or no longer) valid. */
    INVALID,
    /** A token past its expiry. */
    EXPIRED;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code valid}, {@code missing}, {@code invalid}, {@code expired}; throws {@link IllegalArgumentException} naming the choices. */
    public static TokenStatus fromWireName(String name) {
        return WireNames.parse(TokenStatus.class, name);
    }
}
