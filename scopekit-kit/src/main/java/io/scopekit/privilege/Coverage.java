package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.spec.Identity;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Holds a set of permissions covering a plan and how it was found.
 *
 * @param model the permission model's id
 * @param identity the plan's identity
 * @param plan the plan
 * @param needs every requirement of the plan that needs a permission
 * @param free calls whose spec entry lists no permission ({@code anyOf: []})
 * @param chosen the permissions, in catalog order
 * @param exact whether the size is proven minimal; false when the solver fell back to a greedy approximation
 * @param note why it is not exact; empty when it is
 * @param limits the sizes up to which the solver is exact (also stated when it is)
 */
@API(status = EXPERIMENTAL)
public record Coverage(String model, Identity identity, PermissionPlan plan, List<Need> needs, List<Need> free,
        List<Choice> chosen, boolean exact, String note, String limits) {
    /** Creates the coverage; lists are copied. */
    public Coverage {
        needs = List.copyOf(needs);
        free = List.copyOf(free);
        chosen = List.copyOf(chosen);
    }

    /** Returns the chosen permission keys in catalog order. */
    public List<String> keys() {
        return chosen.stream().map(c -> c.permission().id()).toList();
    }
}
