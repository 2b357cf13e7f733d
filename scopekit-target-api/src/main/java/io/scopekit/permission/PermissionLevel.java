package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names the level of a permission in one app, which decides its review path (seed 001 §权限等级).
 *
 * <p>Custom apps know review-exempt and review-required permissions (configured per tenant by the tenant admin);
 * store apps know normal and advanced permissions.
 */
@API(status = STABLE, since = "0.1")
public enum PermissionLevel {
    /** Custom app: 免审权限, takes effect right after applying. */
    REVIEW_EXEMPT,
    /** Custom app: 需审核权限, takes effect once a version is created, submitted and approved. */
    REVIEW_REQUIRED,
    /** Store app: 普通权限, data of low sensitivity. */
    NORMAL,
    /** Store app: 高级权限, data of high sensitivity; not approved without a necessary reason. */
    ADVANCED;

    /** Returns the app type this level belongs to. */
    public AppType appType() {
        return this == REVIEW_EXEMPT || this == REVIEW_REQUIRED ? AppType.CUSTOM : AppType.STORE;
    }

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code review-exempt}, {@code review-required}, {@code normal}, {@code advanced}; throws {@link IllegalArgumentException} naming the choices. */
    public static PermissionLevel fromWireName(String name) {
        return WireNames.parse(PermissionLevel.class, name);
    }
}
