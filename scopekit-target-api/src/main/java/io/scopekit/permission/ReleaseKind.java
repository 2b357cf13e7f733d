package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names how a store app is released (seed 001 §为商店应用申请 API 权限 步骤三: 定向上架、全量上架、非公开上架).
 */
@API(status = STABLE, since = "0.1")
public enum ReleaseKind {
    /** Released to chosen tenants (定向上架). */
    TARGETED,
    /** Released to everyone (全量上架). */
    FULL,
    /** Released without public listing (非公开上架). */
    NON_PUBLIC;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code targeted}, {@code full}, {@code non-public}; throws {@link IllegalArgumentException} naming the choices. */
    public static ReleaseKind fromWireName(String name) {
        return WireNames.parse(ReleaseKind.class, name);
    }
}
