package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.PermissionLevel;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Sets up and inspects a permission platform from outside — tenants, users, apps, levels, user grants — as opposed
 * to the requests apps, developers and admins make ({@link PlatformSession#perform}, the data plane).
 *
 * <p>Every method answers with a value: empty when done, else a {@link PlatformError}. Seeding and reading an app's
 * whole state are optional (the defaults answer {@code unsupported-control} / empty); the harness reaches any state
 * the documented way, through lifecycle steps.
 */
@API(status = STABLE, since = "0.1")
public interface PlatformControl {

    /** Creates a tenant (an enterprise; a test enterprise is a tenant too). */
    Optional<PlatformError> createTenant(String tenant);

    /** Creates a user in {@code tenant}. */
    Optional<PlatformError> createUser(String tenant, String user);

    /**
     * Creates an app of {@code type} owned by (custom) or installed in (store) {@code tenant}, developed by
     * {@code developer}.
     *
     * @param outOfRange permission keys whose availability range does not include this app
     */
    Optional<PlatformError> createApp(String app, String tenant, AppType type, String developer,
            List<String> outOfRange);

    /**
     * Sets the level of {@code permission} in {@code app}: for a custom app what the tenant admin configured
     * (review-exempt or review-required), for a store app the platform's level (normal or advanced).
     */
    Optional<PlatformError> setLevel(String app, String permission, PermissionLevel level);

    /** Records that {@code user} has authorized {@code app} to use {@code permissions} (user-identity grants). */
    Optional<PlatformError> grantUser(String app, String user, List<String> permissions);

    /** Puts {@code state} in place directly; optional (default: {@code unsupported-control}). */
    default Optional<PlatformError> seed(AppState state) {
        return Optional.of(PlatformError.unsupportedControl(PlatformControlOperation.SEED_APP));
    }

    /** Returns the current state of {@code app}; empty when the target cannot read it (the default). */
    default Optional<AppState> app(String app) {
        return Optional.empty();
    }
}
