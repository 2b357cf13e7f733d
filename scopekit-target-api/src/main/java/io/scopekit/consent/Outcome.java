package io.scopekit.consent;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/** Says how an action ended as the app sees it: its success or fail callback, or no callback at all. */
@API(status = STABLE, since = "0.1")
public enum Outcome {
    /** The success callback ran (or the Promise resolved). */
    SUCCESS,
    /** The fail callback ran (or the Promise rejected). */
    FAIL,
    /** The action has no callback: user and device actions such as deleting the app. */
    DONE;

    /** Returns the lower-case name used in JSON, Gherkin and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code success}, {@code fail} or {@code done}. */
    public static Outcome fromWireName(String name) {
        return WireNames.parse(Outcome.class, name);
    }
}
