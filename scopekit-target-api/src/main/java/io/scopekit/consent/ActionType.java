package io.scopekit.consent;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names what a mini-program (or the user, or the device) does in one step of a consent scenario.
 *
 * <p>The wire name ({@link #wireName()}) is the kebab-case form used on the command line, in JSON and in
 * Gherkin tables.
 */
@API(status = STABLE, since = "0.1")
public enum ActionType {
    /** The app calls an API guarded by a scope (e.g. {@code getUserInfo}). */
    CALL_API,
    /** The app asks for a scope ahead of use ({@code wx.authorize}, {@code @uni/authorize}). */
    AUTHORIZE,
    /** The app reads the tri-state authorization settings ({@code getSetting}). */
    GET_SETTING,
    /** The user opens the settings page of the app, which lists scopes. */
    OPEN_SETTING,
    /** The user switches one scope on or off in the settings page. */
    TOGGLE_SETTING,
    /** The user deletes the app from the app list. */
    DELETE_APP,
    /** The user uninstalls and reinstalls the host client. */
    REINSTALL,
    /** The user signs in on another device. */
    CHANGE_DEVICE,
    /** The host client is upgraded to another version. */
    UPGRADE_CLIENT;

    /** Returns the kebab-case name used in JSON, Gherkin and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses a kebab-case or enum-style name; throws {@link IllegalArgumentException} naming the choices. */
    public static ActionType fromWireName(String name) {
        return WireNames.parse(ActionType.class, name);
    }
}
