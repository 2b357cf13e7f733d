package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names the state of one permission (of one identity) in one app, as the developer console shows it.
 *
 * <p>Exactly the states seed 001 names: 待发布, 审核中, 已开通 (§批量导出权限), a permission whose data scope must still
 * be configured (§批量导入权限: 需要为该权限配置数据范围), and a permission the app has not applied for. The seed names
 * no state for a permission whose version was rejected; decisions leave that state unspecified.
 */
@API(status = STABLE, since = "0.1")
public enum PermissionState {
    /** The app has not applied for the permission. */
    NOT_APPLIED,
    /** Applied and waiting for a version to be released (待发布). */
    PENDING_RELEASE,
    /** Part of a submitted version under review (审核中). */
    IN_REVIEW,
    /** In effect (已开通). */
    ENABLED,
    /** Applied, but its data scope must be configured before it serves tenant-token calls (需配置数据范围). */
    NEEDS_DATA_SCOPE;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code not-applied}, {@code pending-release}, {@code in-review}, {@code enabled}, {@code needs-data-scope}; throws {@link IllegalArgumentException} naming the choices. */
    public static PermissionState fromWireName(String name) {
        return WireNames.parse(PermissionState.class, name);
    }
}
