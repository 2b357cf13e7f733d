package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names who reviews a version (seed 001 §权限等级, §权限申请原则).
 */
@API(status = STABLE, since = "0.1")
public enum Reviewer {
    /** The Feishu Open Platform's listing review of a store app (应用上架流程审核). */
    PLATFORM,
    /** The tenant admin (租户管理员 / 企业管理员). */
    TENANT_ADMIN;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code platform}, {@code tenant-admin}; throws {@link IllegalArgumentException} naming the choices. */
    public static Reviewer fromWireName(String name) {
        return WireNames.parse(Reviewer.class, name);
    }
}
