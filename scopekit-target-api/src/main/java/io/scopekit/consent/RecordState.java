package io.scopekit.consent;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Holds what the platform remembers of one user's answer for one scope of one app.
 *
 * <p>{@code getSetting} reports {@link #GRANTED} as {@code true}, {@link #DENIED} as {@code false} and leaves
 * {@link #NEVER_ASKED} out of {@code authSetting} (the tri-state of seed 004, 获取用户授权设置).
 */
@API(status = STABLE, since = "0.1")
public enum RecordState {
    NEVER_ASKED,
    GRANTED,
    DENIED;

    /** Returns the kebab-case name used in JSON, Gherkin and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code never-asked}, {@code granted} or {@code denied}. */
    public static RecordState fromWireName(String name) {
        return WireNames.parse(RecordState.class, name);
    }
}
