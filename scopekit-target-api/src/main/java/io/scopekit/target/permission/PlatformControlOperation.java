package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/** Names one operation of a permission session's control plane ({@link PlatformControl}). */
@API(status = STABLE, since = "0.1")
public enum PlatformControlOperation {
    /** Create tenants, users and apps ({@link PlatformControl#createTenant}, {@code createUser}, {@code createApp}); required. */
    SET_UP,
    /** Set a permission's level in an app ({@link PlatformControl#setLevel}); required. */
    SET_LEVELS,
    /** Record a user's authorization of an app's permissions ({@link PlatformControl#grantUser}); required. */
    GRANT_USERS,
    /** Put an app in a given state directly ({@link PlatformControl#seed}); optional. */
    SEED_APP,
    /** Read an app's state ({@link PlatformControl#app}); optional. */
    READ_APP;

    /** Returns the kebab-case wire name, e.g. {@code set-up}. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses a wire name (or the constant's own spelling, any case); the error lists the choices. */
    public static PlatformControlOperation fromWireName(String name) {
        return WireNames.parse(PlatformControlOperation.class, name);
    }
}
