package io.scopekit.testsupport;

import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.Identity;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.VersionDraft;
import io.scopekit.permission.VersionStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link AppState}s for permission tests: {@code PermissionApps.custom().enabled(TENANT, "p").build()}. */
public final class PermissionApps {
    public static final String APP = "cli_app";
    public static final String TENANT = "tenant-1";
    public static final String DEVELOPER = "ou_developer";

    private final AppType type;
    private boolean testVersion;
    private boolean dataScope;
    private final List<PermissionStatus> permissions = new ArrayList<>();
    private final List<PermissionStatus> testPermissions = new ArrayList<>();
    private final Map<String, PermissionLevel> levels = new HashMap<>();
    private final List<String> outOfRange = new ArrayList<>();
    private VersionDraft version;
    private VersionStatus versionStatus;
    private final List<Reviewer> approvals = new ArrayList<>();
    private final Map<String, List<String>> grants = new HashMap<>();

    private PermissionApps(AppType type) {
        this.type = type;
    }

    public static PermissionApps custom() {
        return new PermissionApps(AppType.CUSTOM);
    }

    public static PermissionApps store() {
        return new PermissionApps(AppType.STORE);
    }

    public PermissionApps with(Identity identity, String permission, PermissionState state) {
        (testVersion ? testPermissions : permissions).add(new PermissionStatus(permission, identity, state));
        return this;
    }

    public PermissionApps enabled(Identity identity, String permission) {
        return with(identity, permission, PermissionState.ENABLED);
    }

    public PermissionApps level(String permission, PermissionLevel level) {
        levels.put(permission, level);
        return this;
    }

    /** From here on, permissions added go to the test version, which is in use. */
    public PermissionApps testVersion() {
        testVersion = true;
        return this;
    }

    public PermissionApps dataScope() {
        dataScope = true;
        return this;
    }

    public PermissionApps outOfRange(String permission) {
        outOfRange.add(permission);
        return this;
    }

    public PermissionApps version(VersionDraft draft, VersionStatus status, Reviewer... approvedBy) {
        version = draft;
        versionStatus = status;
        approvals.addAll(List.of(approvedBy));
        return this;
    }

    public PermissionApps userGrant(String user, String... permissionKeys) {
        grants.computeIfAbsent(user, u -> new ArrayList<>()).addAll(List.of(permissionKeys));
        return this;
    }

    public AppState build() {
        return new AppState(APP, TENANT, type, DEVELOPER, testVersion, dataScope, permissions, testPermissions, levels,
                outOfRange, version, versionStatus, approvals, grants);
    }
}
