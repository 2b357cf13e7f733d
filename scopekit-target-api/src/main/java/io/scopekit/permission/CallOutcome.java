package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Says how a request to the platform ended: success, or an error body.
 */
@API(status = EXPERIMENTAL)
public enum CallOutcome {
    /** The platform served the request ({@code code} 0 for API calls). */
    SUCCESS,
    /** The platform refused the request (an error code, or a console error message). */
    FAIL;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code success}, {@code fail}; throws {@link IllegalArgumentException} naming the choices. */
    public static CallOutcome fromWireName(String name) {
        return WireNames.parse(CallOutcome.class, name);
    }
}
