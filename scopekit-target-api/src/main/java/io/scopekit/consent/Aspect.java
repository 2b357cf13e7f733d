package io.scopekit.consent;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Names one observable part of an action's result.
 *
 * <p>The oracle says per aspect what is expected or that the sources leave it unspecified; a target says per
 * aspect how strictly it can be compared.
 *
 * <p>The wire name ({@link #wireName()}) is the lower-case snake_case form ({@code err_msg}) that check records
 * and waiver files already use; {@code explain --json} spells aspects in kebab-case ({@code err-msg}), which
 * {@link #fromWireName(String)} accepts too.
 */
@API(status = STABLE, since = "0.1")
public enum Aspect {
    /** Which callback ran. */
    OUTCOME,
    /** The fail callback's {@code errMsg}. */
    ERR_MSG,
    /** The fail callback's {@code errno}. */
    ERRNO,
    /** The prompts shown and their order. */
    PROMPTS,
    /** The records kept after the action (seen through {@code getSetting} or the settings page). */
    RECORDS,
    /** {@code getSetting}'s {@code authSetting}. */
    AUTH_SETTING,
    /** The scopes the settings page lists. */
    SETTINGS_LIST,
    /** Platform-specific response fields (Alipay's authCode, authSuccessScopes, authErrorScopes). */
    RESPONSE_FIELDS;

    /** Returns the lower-case snake_case name used in check records, waivers and the target protocol. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code err_msg}, {@code err-msg} or {@code ERR_MSG}; throws {@link IllegalArgumentException} naming
     * the choices.
     */
    public static Aspect fromWireName(String name) {
        return WireNames.parse(Aspect.class, name, Aspect::wireName);
    }
}
