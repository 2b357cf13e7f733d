package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names the identity an API is called as, and so the access token it is called with and the kind of
 * permission it needs (seed 001 §权限类型: 应用身份权限 and 用户身份权限 are applied and granted separately).
 */
@API(status = STABLE, since = "0.1")
public enum Identity {
    /** The app's identity, {@code tenant_access_token} (应用身份). */
    TENANT,
    /** A user's identity, {@code user_access_token} (用户身份). */
    USER;

    /** Returns the access token type of this identity, {@code tenant_access_token} or {@code user_access_token}. */
    public String tokenType() {
        return this == TENANT ? "tenant_access_token" : "user_access_token";
    }

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code tenant}, {@code user}; throws {@link IllegalArgumentException} naming the choices. */
    public static Identity fromWireName(String name) {
        return WireNames.parse(Identity.class, name);
    }
}
