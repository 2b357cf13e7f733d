package io.scopekit.steps;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cucumber.java.ParameterType;
import io.scopekit.permission.Identity;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.ReleaseKind;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.VersionStatus;
import org.apiguardian.api.API;

/** Defines the business words of the open-platform scenarios, in English and Chinese. */
@API(status = INTERNAL)
public final class PermissionParameterTypes {

    /** The identity a permission is applied for and a token stands for: tenant/user (应用身份/用户身份). */
    @ParameterType("tenant|user|应用身份|用户身份")
    public Identity identity(String word) {
        return word.equals("tenant") || word.equals("应用身份") ? Identity.TENANT : Identity.USER;
    }

    /** A store app's permission level: normal/advanced (普通/高级). */
    @ParameterType("normal|advanced|普通|高级")
    public PermissionLevel storeLevel(String word) {
        return word.equals("normal") || word.equals("普通") ? PermissionLevel.NORMAL : PermissionLevel.ADVANCED;
    }

    /** A store release: targeted, full, non-public (定向上架, 全量上架, 非公开上架). */
    @ParameterType("targeted|full|non-public|定向上架|全量上架|非公开上架")
    public ReleaseKind releaseKind(String word) {
        return switch (word) {
            case "targeted", "定向上架" -> ReleaseKind.TARGETED;
            case "full", "全量上架" -> ReleaseKind.FULL;
            default -> ReleaseKind.NON_PUBLIC;
        };
    }

    /** A token that is not valid: expired/invalid (过期的/无效的). */
    @ParameterType("expired|invalid|过期的|无效的")
    public TokenStatus badToken(String word) {
        return word.equals("expired") || word.equals("过期的") ? TokenStatus.EXPIRED : TokenStatus.INVALID;
    }

    /** A version status as the console shows it (seed 001: 待申请, 测试中, 审核中). */
    @ParameterType("pending application|in review|testing|approved|rejected|待申请|审核中|测试中|审核通过|未通过审核")
    public VersionStatus versionStatus(String word) {
        return switch (word) {
            case "pending application", "待申请" -> VersionStatus.PENDING_APPLICATION;
            case "in review", "审核中" -> VersionStatus.IN_REVIEW;
            case "testing", "测试中" -> VersionStatus.TESTING;
            case "approved", "审核通过" -> VersionStatus.APPROVED;
            default -> VersionStatus.REJECTED;
        };
    }

    /**
     * A permission's state as a Then step states it, after the permission's name ("… is pending release for the
     * tenant identity"); the words are the console's (seed 001: 已开通, 待发布, 审核中, 未申请). "Is not enabled" is its
     * own step: it states less than one state.
     */
    @ParameterType("is enabled|is pending release|is under review|is not applied|needs its data scope configured")
    public PermissionState statedState(String words) {
        return switch (words) {
            case "is enabled" -> PermissionState.ENABLED;
            case "is pending release" -> PermissionState.PENDING_RELEASE;
            case "is under review" -> PermissionState.IN_REVIEW;
            case "is not applied" -> PermissionState.NOT_APPLIED;
            default -> PermissionState.NEEDS_DATA_SCOPE;
        };
    }

    /** The same states in the Chinese steps, after the permission's name (应用身份权限 "…" 为待发布). */
    @ParameterType("已开通|为待发布|为审核中|未申请|需要配置数据范围")
    public PermissionState statedStateZh(String words) {
        return switch (words) {
            case "已开通" -> PermissionState.ENABLED;
            case "为待发布" -> PermissionState.PENDING_RELEASE;
            case "为审核中" -> PermissionState.IN_REVIEW;
            case "未申请" -> PermissionState.NOT_APPLIED;
            default -> PermissionState.NEEDS_DATA_SCOPE;
        };
    }
}
