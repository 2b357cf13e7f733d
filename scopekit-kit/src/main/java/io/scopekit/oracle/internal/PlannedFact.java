package io.scopekit.oracle.internal;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.Identity;
import io.scopekit.spec.AllOfRequirement;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PermissionModelSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A permission a planned call accepts for its identity: one of its any-of the identity can hold, or one of its
 * all-of for that identity. Least privilege (seed 001 §权限申请原则) flags an applied permission that is none of
 * these. Public for the executable model; not part of the API.
 */
public final class PlannedFact {
    private final String permission;
    private final Identity identity;

    private PlannedFact(String permission, Identity identity) {
        this.permission = permission;
        this.identity = identity;
    }

    public String getPermission() { return permission; }
    public Identity getIdentity() { return identity; }

    /** The facts of a plan; throws naming the catalog when a planned API is unknown. */
    static List<PlannedFact> of(PermissionModelSpec model, List<ApiCall> plan) {
        Set<List<Object>> seen = new LinkedHashSet<>();
        for (ApiCall call : plan) {
            OpenApi api = model.api(call.api()).orElseThrow(() -> new IllegalArgumentException(
                    DroolsConsentOracle.unknown("planned API of " + model.id(), call.api(),
                            model.apis().stream().map(OpenApi::id).toList())));
            String identity = call.identity().wireName();
            for (String p : api.anyOf()) {
                if (model.permission(p).map(m -> m.identities().contains(identity)).orElse(false)) {
                    seen.add(List.of(p, call.identity()));
                }
            }
            for (AllOfRequirement all : api.allOfFor(identity)) {
                all.permissions().forEach(p -> seen.add(List.of(p, call.identity())));
            }
        }
        return seen.stream().map(k -> new PlannedFact((String) k.get(0), (Identity) k.get(1))).toList();
    }
}
