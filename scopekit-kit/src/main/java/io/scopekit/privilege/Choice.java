package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.spec.Permission;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Explains one permission of a minimal set: the requirements it covers and the permissions that could take its
 * place without making the set larger.
 *
 * @param permission the permission, as the spec defines it
 * @param covers the plan's requirements it satisfies
 * @param replaceableBy permissions that, swapped in for it alone, still cover the plan (the spec does not rank
 *        permissions by breadth, so ties go to catalog order)
 */
@API(status = EXPERIMENTAL)
public record Choice(Permission permission, List<Need> covers, List<String> replaceableBy) {
    /** Creates the choice; lists are copied. */
    public Choice {
        covers = List.copyOf(covers);
        replaceableBy = List.copyOf(replaceableBy);
    }
}
