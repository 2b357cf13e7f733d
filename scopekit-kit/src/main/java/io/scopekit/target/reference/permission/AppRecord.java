package io.scopekit.target.reference.permission;

import io.scopekit.permission.AppType;
import io.scopekit.permission.Identity;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.VersionDraft;
import io.scopekit.permission.VersionStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Holds one app as the reference platform keeps it.
 *
 * <p>The formal version and the test version keep separate applications (seed 001 §步骤三：正式发布应用: what is
 * enabled while testing does not take effect in the formal version), so switching versions switches which map is
 * in force rather than copying states.
 */
final class AppRecord {
    final String id;
    final String tenant;
    final AppType type;
    final String developer;
    final Set<String> outOfRange;
    final Map<String, PermissionLevel> levels = new HashMap<>();
    final Map<String, Set<String>> userGrants = new HashMap<>();
    private final Map<PermissionRef, PermissionState> formal = new LinkedHashMap<>();
    private final Map<PermissionRef, PermissionState> test = new LinkedHashMap<>();
    boolean testVersion;
    @Nullable String testEnterprise;
    boolean dataScopeConfigured;
    @Nullable VersionDraft version;
    @Nullable VersionStatus versionStatus;
    /** The applications the latest version carries (its 权限变更). */
    final List<PermissionRef> carried = new ArrayList<>();
    /** The reviewers that approved the latest version so far (a store app needs both). */
    final Set<io.scopekit.permission.Reviewer> approvals = EnumSet.noneOf(io.scopekit.permission.Reviewer.class);

    AppRecord(String id, String tenant, AppType type, String developer, List<String> outOfRange) {
        this.id = id;
        this.tenant = tenant;
        this.type = type;
        this.developer = developer;
        this.outOfRange = new HashSet<>(outOfRange);
    }

    /** The applications in force: the test version's while switched to it, else the formal version's. */
    Map<PermissionRef, PermissionState> applications() {
        return testVersion ? test : formal;
    }

    PermissionState state(PermissionRef ref) {
        return applications().getOrDefault(ref, PermissionState.NOT_APPLIED);
    }

    void put(PermissionRef ref, PermissionState state) {
        if (state == PermissionState.NOT_APPLIED) {
            applications().remove(ref);
        } else {
            applications().put(ref, state);
        }
    }

    /** The formal version's applications in {@code state}, whichever version is in force. */
    List<PermissionRef> formalIn(PermissionState state) {
        List<PermissionRef> out = new ArrayList<>();
        formal.forEach((ref, s) -> {
            if (s == state) {
                out.add(ref);
            }
        });
        return out;
    }

    boolean applied(PermissionRef ref) {
        return state(ref) != PermissionState.NOT_APPLIED;
    }

    boolean granted(String user, String permission) {
        return userGrants.getOrDefault(user, Set.of()).contains(permission);
    }

    /** The states in force, in the order of application. */
    List<PermissionStatus> statuses() {
        List<PermissionStatus> out = new ArrayList<>();
        applications().forEach((ref, state) -> out.add(new PermissionStatus(ref.permission(), ref.identity(), state)));
        return out;
    }

    /** The permission keys of {@code identity} in one of {@code states}, in the order of application. */
    List<String> keys(Identity identity, Set<PermissionState> states) {
        List<String> out = new ArrayList<>();
        applications().forEach((ref, state) -> {
            if (ref.identity() == identity && states.contains(state)) {
                out.add(ref.permission());
            }
        });
        return out;
    }
}
