package io.scopekit.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Names one observable part of an action's result.
 *
 * <p>The oracle says per aspect what is expected or that the sources leave it unspecified; a target says per
 * aspect how strictly it can be compared.
 */
@API(status = EXPERIMENTAL)
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
    RESPONSE_FIELDS
}
