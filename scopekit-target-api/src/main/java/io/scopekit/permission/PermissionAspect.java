package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names one observable part of the platform's answer, compared or left unspecified separately.
 */
@API(status = STABLE, since = "0.1")
public enum PermissionAspect {
    /** Success or failure. */
    OUTCOME,
    /** The HTTP status of an API call. */
    HTTP_STATUS,
    /** The Feishu error code. */
    CODE,
    /** The console's or the API's error message. */
    MESSAGE,
    /** {@code error.permission_violations[]}. */
    VIOLATIONS,
    /** Which response fields came back. */
    FIELDS,
    /** Who owns the resource the call created. */
    RESOURCE_OWNER,
    /** The app's permission states after the request. */
    STATES,
    /** The status of the app's version after the request. */
    VERSION_STATUS,
    /** The batch export JSON. */
    EXPORT,
    /** The import's result lists, by identity. */
    IMPORTED,
    /** Whether an event is delivered. */
    DELIVERED;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code outcome}, {@code http-status}, {@code code}, {@code message}, {@code violations}, {@code fields}, {@code resource-owner}, {@code states}, {@code version-status}, {@code export}, {@code imported}, {@code delivered}; throws {@link IllegalArgumentException} naming the choices. */
    public static PermissionAspect fromWireName(String name) {
        return WireNames.parse(PermissionAspect.class, name);
    }
}
