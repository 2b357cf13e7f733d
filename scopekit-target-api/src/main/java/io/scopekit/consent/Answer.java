package io.scopekit.consent;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/** Says how the user answers a prompt that asks for permission. */
@API(status = STABLE, since = "0.1")
public enum Answer {
    ALLOW,
    DENY;

    /** Returns the lower-case name used in JSON, Gherkin and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code allow} or {@code deny}; throws {@link IllegalArgumentException} naming the choices. */
    public static Answer fromWireName(String name) {
        return WireNames.parse(Answer.class, name);
    }
}
