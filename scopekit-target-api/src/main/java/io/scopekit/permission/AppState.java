package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Describes one app as the platform holds it: type, owner tenant and developer, its permissions and their states,
 * their levels in this app, its version and whether it runs as the test version.
 *
 * @param id                  app id
 * @param tenant              the tenant (enterprise) the app belongs to or is installed in
 * @param type                custom or store
 * @param developer           the developer's user id (whose user token may debug without review, seed 001 方式一)
 * @param testVersion         true while the app is switched to its test version in a test enterprise (方式二)
 * @param dataScopeConfigured true when the app's data scope for tenant-token calls is configured (配置应用数据权限)
 * @param permissions         the formal version's applied permissions and their states (not-applied ones may be
 *                            absent)
 * @param testPermissions     the test version's applied permissions and their states; seed 001 §步骤三: what is
 *                            enabled in the test version does not take effect in the formal version
 * @param levels              permission key → its level in this app (configured by the tenant admin for custom
 *                            apps); a permission absent has the spec's level, which may be {@code unknown}
 * @param outOfRange          permission keys whose availability range does not include this app (该应用不在该权限的
 *                            可用范围内)
 * @param version             the latest version's fields; {@code null} when none was created
 * @param versionStatus       the latest version's status; {@code null} when none was created
 * @param approvals           the reviewers that have approved the latest version so far (a store app needs the
 *                            platform's listing review and the tenant admin's)
 * @param userGrants          user id → the permission keys that user has authorized the app to use (the user grant
 *                            behind 99991679)
 */
@API(status = STABLE, since = "0.1")
public record AppState(
        String id,
        String tenant,
        AppType type,
        String developer,
        boolean testVersion,
        boolean dataScopeConfigured,
        List<PermissionStatus> permissions,
        List<PermissionStatus> testPermissions,
        Map<String, PermissionLevel> levels,
        List<String> outOfRange,
        @Nullable VersionDraft version,
        @Nullable VersionStatus versionStatus,
        List<Reviewer> approvals,
        Map<String, List<String>> userGrants) {

    public AppState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(developer, "developer");
        permissions = List.copyOf(permissions);
        testPermissions = List.copyOf(testPermissions);
        approvals = List.copyOf(approvals);
        levels = Map.copyOf(levels);
        outOfRange = List.copyOf(outOfRange);
        userGrants = Map.copyOf(userGrants);
    }

    /** A new app with no permissions, version or grants. */
    public static AppState fresh(String id, String tenant, AppType type, String developer) {
        return new AppState(id, tenant, type, developer, false, false, List.of(), List.of(), Map.of(), List.of(),
                null, null, List.of(), Map.of());
    }

    /** Returns the permissions of the version in use: the test version's while switched to it, else the formal's. */
    public List<PermissionStatus> current() {
        return testVersion ? testPermissions : permissions;
    }

    /**
     * Returns the state of {@code ref} in the version in use ({@link #current()}), {@link PermissionState#NOT_APPLIED}
     * when absent.
     */
    public PermissionState state(PermissionRef ref) {
        for (PermissionStatus s : current()) {
            if (s.permission().equals(ref.permission()) && s.identity() == ref.identity()) {
                return s.state();
            }
        }
        return PermissionState.NOT_APPLIED;
    }
}
