package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/** Says how the harness compares one {@link io.scopekit.consent.Aspect} of a target with the oracle's decision. */
@API(status = STABLE, since = "0.1")
public enum Strictness {
    /** Observed must equal expected. */
    EXACT,
    /** Observed must match the expected pattern (e.g. errMsg contains one of the documented phrases). */
    PATTERN,
    /** The target cannot report this; checks needing it are reported as unsupported, never as passed. */
    UNSUPPORTED;

    /** Returns the lower-case name used in the target protocol: {@code exact}, {@code pattern}, {@code unsupported}. */
    public String wireName() {
        return WireNames.of(this);
    }

    /**
     * Parses {@code exact}, {@code pattern} or {@code unsupported}; throws {@link IllegalArgumentException} naming
     * the choices.
     */
    public static Strictness fromWireName(String name) {
        return WireNames.parse(Strictness.class, name);
    }
}
