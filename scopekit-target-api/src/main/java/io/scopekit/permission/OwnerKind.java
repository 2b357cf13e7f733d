package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names who owns a resource an API call created (seed 001 §权限类型).
 */
@API(status = EXPERIMENTAL)
public enum OwnerKind {
    /** The app: created with a {@code tenant_access_token}. */
    APP,
    /** The user a {@code user_access_token} stands for. */
    USER;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code app}, {@code user}; throws {@link IllegalArgumentException} naming the choices. */
    public static OwnerKind fromWireName(String name) {
        return WireNames.parse(OwnerKind.class, name);
    }
}
