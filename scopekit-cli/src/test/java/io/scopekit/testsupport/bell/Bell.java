package io.scopekit.testsupport.bell;

import java.util.Locale;

/** The vocabulary of the test-only third domain: what a door bell does when pressed. */
public enum Bell {
    RING,
    SILENT;

    /** The word on the wire and in {@code explain}'s answer. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
