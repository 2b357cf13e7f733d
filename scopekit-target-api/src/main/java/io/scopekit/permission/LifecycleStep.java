package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names one step of a permission's lifecycle in the developer console or the admin console.
 */
@API(status = EXPERIMENTAL)
public enum LifecycleStep {
    /** Apply for permissions (开通权限 / 确认开通权限 / 批量开通). */
    APPLY,
    /** Batch import permissions from JSON (批量导入权限, 申请开通). */
    IMPORT,
    /** Batch export the applied permissions as JSON (批量导出权限). */
    EXPORT,
    /** Create and save a version: number, notes, permission changes, availability, reason (创建版本). */
    CREATE_VERSION,
    /** Submit the saved version for release (申请线上发布). */
    SUBMIT_VERSION,
    /** A reviewer approves the submitted version. */
    APPROVE_VERSION,
    /** A reviewer rejects the submitted version. */
    REJECT_VERSION,
    /** Configure a test enterprise and switch to (or set) the test version (切换为测试版本 / 设置为测试版本). */
    SWITCH_TO_TEST_VERSION,
    /** Switch back to the formal version of the app (切换至正式版本). */
    SWITCH_TO_FORMAL_VERSION,
    /** Release a store app: targeted, full or non-public (定向上架、全量上架、非公开上架). */
    RELEASE,
    /** Configure the app's data scope for tenant-token calls (配置应用数据权限). */
    CONFIGURE_DATA_SCOPE;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code apply}, {@code import}, {@code export}, {@code create-version}, {@code submit-version}, {@code approve-version}, {@code reject-version}, {@code switch-to-test-version}, {@code switch-to-formal-version}, {@code release}, {@code configure-data-scope}; throws {@link IllegalArgumentException} naming the choices. */
    public static LifecycleStep fromWireName(String name) {
        return WireNames.parse(LifecycleStep.class, name);
    }
}
