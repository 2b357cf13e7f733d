package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Counts what a set of specs describes, as {@code specs lint} prints it: specs, scopes (of platforms and ports), APIs
 * (client APIs under scopes and open-platform APIs) and permissions.
 *
 * @param specs number of specs
 * @param scopes number of scopes
 * @param apis number of APIs
 * @param permissions number of permissions
 */
@API(status = EXPERIMENTAL)
public record SpecCounts(int specs, int scopes, int apis, int permissions) {

    /** Nothing counted. */
    public static final SpecCounts NONE = new SpecCounts(0, 0, 0, 0);

    /** Returns the sum of this and {@code other}. */
    public SpecCounts plus(SpecCounts other) {
        return new SpecCounts(specs + other.specs, scopes + other.scopes, apis + other.apis,
                permissions + other.permissions);
    }
}
