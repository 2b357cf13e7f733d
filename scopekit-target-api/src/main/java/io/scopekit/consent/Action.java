package io.scopekit.consent;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Describes one step a scenario performs against a runtime; a plain value so it serialises as it is.
 *
 * <p>Only the fields that matter for the {@link #type()} are set; the others are {@code null}:
 * <ul>
 *   <li>{@link ActionType#CALL_API}: {@code api}, and {@code osPromptPending} when the device has not yet
 *       granted the host client the device permission the API needs</li>
 *   <li>{@link ActionType#AUTHORIZE}: {@code scope}; {@code null} for an authorize called without a scope
 *       ({@link #authorizeWithoutScope()})</li>
 *   <li>{@link ActionType#TOGGLE_SETTING}: {@code scope} and {@code enabled}</li>
 *   <li>{@link ActionType#CHANGE_DEVICE}: {@code device}</li>
 *   <li>{@link ActionType#UPGRADE_CLIENT}: {@code clientVersion}</li>
 * </ul>
 */
@API(status = STABLE, since = "0.1")
public record Action(
        ActionType type,
        @Nullable String api,
        @Nullable String scope,
        @Nullable Boolean enabled,
        @Nullable String device,
        @Nullable String clientVersion,
        boolean osPromptPending) {

    public Action {
        Objects.requireNonNull(type, "type");
    }

    /** Calls {@code api}; the device permission, if any, is already granted. */
    public static Action callApi(String api) {
        return new Action(ActionType.CALL_API, Objects.requireNonNull(api, "api"), null, null, null, null, false);
    }

    /** Calls {@code api} on a device that will show its own permission prompt after the platform's. */
    public static Action callApiWithOsPrompt(String api) {
        return new Action(ActionType.CALL_API, Objects.requireNonNull(api, "api"), null, null, null, null, true);
    }

    /** Asks for {@code scope} ahead of use. */
    public static Action authorize(String scope) {
        return new Action(ActionType.AUTHORIZE, null, Objects.requireNonNull(scope, "scope"), null, null, null, false);
    }

    /**
     * Calls authorize with no scope in its options: a call the sources make checkable by requiring the scope
     * (seed 002 参数: options.scope 必选) without saying what happens when it is missing.
     */
    public static Action authorizeWithoutScope() {
        return new Action(ActionType.AUTHORIZE, null, null, null, null, null, false);
    }

    /** Reads the authorization settings. */
    public static Action getSetting() {
        return new Action(ActionType.GET_SETTING, null, null, null, null, null, false);
    }

    /** Opens the settings page. */
    public static Action openSetting() {
        return new Action(ActionType.OPEN_SETTING, null, null, null, null, null, false);
    }

    /** Switches {@code scope} on or off in the settings page. */
    public static Action toggleSetting(String scope, boolean enabled) {
        return new Action(ActionType.TOGGLE_SETTING, null, Objects.requireNonNull(scope, "scope"), enabled, null, null,
                false);
    }

    /** Deletes the app from the user's app list. */
    public static Action deleteApp() {
        return new Action(ActionType.DELETE_APP, null, null, null, null, null, false);
    }

    /** Uninstalls and reinstalls the host client on the same device. */
    public static Action reinstall() {
        return new Action(ActionType.REINSTALL, null, null, null, null, null, false);
    }

    /** Moves the user to another device. */
    public static Action changeDevice(String device) {
        return new Action(ActionType.CHANGE_DEVICE, null, null, null, Objects.requireNonNull(device, "device"), null,
                false);
    }

    /** Upgrades (or downgrades) the host client to {@code clientVersion}. */
    public static Action upgradeClient(String clientVersion) {
        return new Action(ActionType.UPGRADE_CLIENT, null, null, null, null,
                Objects.requireNonNull(clientVersion, "clientVersion"), false);
    }
}
