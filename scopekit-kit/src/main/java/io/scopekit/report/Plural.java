package io.scopekit.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A count with its noun in the right number, for every count the command line and the docs site print ("1 tenant",
 * "2 tenants").
 */
@API(status = INTERNAL)
public final class Plural {
    private Plural() {}

    /** The count and the noun, with an {@code s} unless the count is exactly one. */
    public static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** The count and the noun, for a noun whose plural is not its singular with an {@code s} (directory). */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
