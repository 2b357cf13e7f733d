package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Reports one way an export departs from the plan's least privilege.
 *
 * @param kind what kind of finding
 * @param identity the identity list of the export it is about
 * @param subject a permission key, or a requirement ({@link Need#describe()}) for {@link Kind#UNCOVERED}
 * @param reason why, citing the spec where it can
 */
@API(status = EXPERIMENTAL)
public record Finding(Kind kind, String identity, String subject, String reason) {

    /** Kinds of finding; the first three are applied permissions the plan does not need. */
    @API(status = EXPERIMENTAL)
    public enum Kind {
        /** An applied permission no planned call or field accepts. */
        UNNEEDED,
        /** An applied permission listed under an identity the spec says cannot hold it. */
        WRONG_IDENTITY,
        /** An applied permission the plan is covered without (a smaller subset of the applied ones suffices). */
        REDUNDANT,
        /** A planned call or field none of the applied permissions satisfies. */
        UNCOVERED;

        /** Returns the name printed in reports, e.g. {@code wrong-identity}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
