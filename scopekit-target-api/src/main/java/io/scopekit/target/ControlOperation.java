package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names one operation of a session's control plane ({@link SessionControl}): what the harness does to set up or
 * inspect a session, as opposed to the actions a scenario performs ({@link TargetSession#perform}).
 *
 * <p>A target declares the operations it supports with {@link Target#controlOperations()}; every target supports
 * {@link #SCRIPT_ANSWERS}.
 */
@API(status = STABLE, since = "0.1")
public enum ControlOperation {
    /** Queue the user's answers to prompts ({@link SessionControl#script}); required of every target. */
    SCRIPT_ANSWERS,
    /** Put one of the user's records in a given state directly ({@link SessionControl#seed}); optional. */
    SEED_RECORDS,
    /** Read the records in force ({@link SessionControl#records()}); optional. */
    READ_RECORDS;

    /** Returns the kebab-case name used in the target protocol, e.g. {@code seed-records}. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code script-answers}, {@code seed-records} or {@code read-records}. */
    public static ControlOperation fromWireName(String name) {
        return WireNames.parse(ControlOperation.class, name);
    }
}
