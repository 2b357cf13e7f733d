package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Describes one lifecycle step on an app's permissions in the developer console or the admin console.
 *
 * <p>Which fields are set depends on the step; the others are empty or {@code null}:
 * {@link LifecycleStep#APPLY} {@code permissions}; {@link LifecycleStep#IMPORT} {@code importJson} (the batch
 * format, {@code {"scopes":{"tenant":[...],"user":[...]}}}, taken as typed so that malformed input reaches the
 * platform); {@link LifecycleStep#CREATE_VERSION} {@code version}; {@link LifecycleStep#APPROVE_VERSION} and
 * {@link LifecycleStep#REJECT_VERSION} {@code reviewer}; {@link LifecycleStep#SWITCH_TO_TEST_VERSION}
 * {@code testEnterprise}; {@link LifecycleStep#RELEASE} {@code releaseKind}.
 *
 * @param app            the app
 * @param step           what happens
 * @param permissions    for {@code apply}: the permissions applied for
 * @param importJson     for {@code import}: the JSON as typed
 * @param version        for {@code create-version}: the version's fields
 * @param reviewer       for {@code approve-version} / {@code reject-version}: who decides
 * @param releaseKind    for {@code release}: how a store app is released
 * @param testEnterprise for {@code switch-to-test-version}: the test enterprise (tenant id)
 */
@API(status = STABLE, since = "0.1")
public record LifecycleAction(
        String app,
        LifecycleStep step,
        List<PermissionRef> permissions,
        @Nullable String importJson,
        @Nullable VersionDraft version,
        @Nullable Reviewer reviewer,
        @Nullable ReleaseKind releaseKind,
        @Nullable String testEnterprise) implements PlatformRequest {

    public LifecycleAction {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(step, "step");
        permissions = List.copyOf(permissions);
    }

    /** Applies for {@code permissions}. */
    public static LifecycleAction apply(String app, List<PermissionRef> permissions) {
        return new LifecycleAction(app, LifecycleStep.APPLY, permissions, null, null, null, null, null);
    }

    /** Imports the batch JSON {@code json}, as typed. */
    public static LifecycleAction importJson(String app, String json) {
        return new LifecycleAction(app, LifecycleStep.IMPORT, List.of(), json, null, null, null, null);
    }

    /** Exports the applied permissions. */
    public static LifecycleAction export(String app) {
        return of(app, LifecycleStep.EXPORT);
    }

    /** Creates and saves a version. */
    public static LifecycleAction createVersion(String app, VersionDraft version) {
        return new LifecycleAction(app, LifecycleStep.CREATE_VERSION, List.of(), null, version, null, null, null);
    }

    /** Submits the saved version. */
    public static LifecycleAction submitVersion(String app) {
        return of(app, LifecycleStep.SUBMIT_VERSION);
    }

    /** {@code reviewer} approves the submitted version. */
    public static LifecycleAction approve(String app, Reviewer reviewer) {
        return new LifecycleAction(app, LifecycleStep.APPROVE_VERSION, List.of(), null, null, reviewer, null, null);
    }

    /** {@code reviewer} rejects the submitted version. */
    public static LifecycleAction reject(String app, Reviewer reviewer) {
        return new LifecycleAction(app, LifecycleStep.REJECT_VERSION, List.of(), null, null, reviewer, null, null);
    }

    /** Configures {@code testEnterprise} and switches to the test version. */
    public static LifecycleAction switchToTestVersion(String app, String testEnterprise) {
        return new LifecycleAction(app, LifecycleStep.SWITCH_TO_TEST_VERSION, List.of(), null, null, null, null,
                testEnterprise);
    }

    /** Switches back to the formal version. */
    public static LifecycleAction switchToFormalVersion(String app) {
        return of(app, LifecycleStep.SWITCH_TO_FORMAL_VERSION);
    }

    /** Releases a store app. */
    public static LifecycleAction release(String app, ReleaseKind kind) {
        return new LifecycleAction(app, LifecycleStep.RELEASE, List.of(), null, null, null, kind, null);
    }

    /** Configures the app's data scope. */
    public static LifecycleAction configureDataScope(String app) {
        return of(app, LifecycleStep.CONFIGURE_DATA_SCOPE);
    }

    private static LifecycleAction of(String app, LifecycleStep step) {
        return new LifecycleAction(app, step, List.of(), null, null, null, null, null);
    }
}
