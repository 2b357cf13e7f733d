package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names the status of an app version (seed 001 §步骤三：正式发布应用, §为商店应用申请 API 权限 步骤二).
 */
@API(status = EXPERIMENTAL)
public enum VersionStatus {
    /** Created and saved, not submitted (待申请). */
    PENDING_APPLICATION,
    /** Submitted: 申请线上发布, waiting for the reviewers (等待企业管理员审核 / 应用上架流程审核). */
    IN_REVIEW,
    /** Set as the test version of a store app, installed in the test enterprise (测试中). */
    TESTING,
    /** Approved by every reviewer its app type needs (审核通过). */
    APPROVED,
    /** Not approved by a reviewer (不会通过审核). */
    REJECTED;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code pending-application}, {@code in-review}, {@code testing}, {@code approved}, {@code rejected}; throws {@link IllegalArgumentException} naming the choices. */
    public static VersionStatus fromWireName(String name) {
        return WireNames.parse(VersionStatus.class, name);
    }
}
