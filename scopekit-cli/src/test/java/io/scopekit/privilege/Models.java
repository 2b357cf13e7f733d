package io.scopekit.privilege;

import io.scopekit.spec.AllOfRequirement;
import io.scopekit.spec.Document;
import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.Identity;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecOrigin;
import io.scopekit.spec.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Models for the least-privilege tests: the shipped catalog, hand-made and random ones, and a brute force. */
final class Models {

    static final Source SOURCE = new Source("doc", Optional.of("section"), "synthetic");

    private Models() {}

    /** The shipped Feishu model, loaded from platform-specs/ as the CLI does with --specs. */
    static PermissionModelSpec shipped() {
        return SpecCatalog.load(Path.of("platform-specs")).permissionModel("feishu-openplatform").orElseThrow();
    }

    static Permission permission(String id, String... identities) {
        return new Permission(id, id, List.of(identities), Map.of(), Optional.empty(), Optional.empty(), SOURCE);
    }

    static OpenApi api(String id, List<String> tokenTypes, List<String> anyOf, FieldRequirement... fields) {
        return new OpenApi(id, "GET", "/" + id, tokenTypes, anyOf, List.of(fields), SOURCE);
    }

    static OpenApi api(String id, List<String> tokenTypes, List<String> anyOf, List<AllOfRequirement> allOf,
            FieldRequirement... fields) {
        return new OpenApi(id, "GET", "/" + id, tokenTypes, anyOf, List.of(fields), allOf, SOURCE);
    }

    static AllOfRequirement allOf(String identity, String... permissions) {
        return new AllOfRequirement(List.of(identity), List.of(permissions), SOURCE);
    }

    /**
     * Tells whether a set of permissions lets an identity make every planned call and read every planned field,
     * straight from the spec's meaning (docs/spec-format.md: one of {@code anyOf}, every permission of each
     * {@code allOf} of the identity, one of each planned field's {@code anyOf}; only permissions the identity can
     * hold count), without the requirements the solver is given.
     */
    static boolean permits(PermissionModelSpec model, String identity, List<String> apis, List<String> fields,
            Set<String> keys) {
        Set<String> held = new HashSet<>();
        for (String k : keys) {
            if (model.permission(k).map(p -> p.identities().contains(identity)).orElse(false)) {
                held.add(k);
            }
        }
        for (String id : apis) {
            OpenApi api = model.api(id).orElseThrow();
            if (!api.anyOf().isEmpty() && api.anyOf().stream().noneMatch(held::contains)) {
                return false;
            }
            for (AllOfRequirement r : api.allOfFor(identity)) {
                if (!held.containsAll(r.permissions())) {
                    return false;
                }
            }
            for (FieldRequirement f : api.fieldRequirements()) {
                if (fields.contains(f.field()) && f.anyOf().stream().noneMatch(held::contains)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The size of a smallest permission set {@link #permits} accepts, by trying every subset of the catalog. */
    static int bruteForceMinimum(PermissionModelSpec model, String identity, List<String> apis, List<String> fields) {
        List<String> all = model.permissions().stream().map(Permission::id).toList();
        int best = Integer.MAX_VALUE;
        for (int subset = 0; subset < 1 << all.size(); subset++) {
            int size = Integer.bitCount(subset);
            if (size >= best) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    keys.add(all.get(i));
                }
            }
            if (permits(model, identity, apis, fields, keys)) {
                best = size;
            }
        }
        return best;
    }

    static PermissionModelSpec model(List<Permission> permissions, List<OpenApi> apis) {
        return new PermissionModelSpec("synthetic", "synthetic",
                List.of(new Document("doc", Optional.empty(), Optional.of("https://example.invalid"), "doc",
                        Optional.empty())),
                List.of(new Identity("tenant", "tenant_access_token", SOURCE),
                        new Identity("user", "user_access_token", SOURCE)),
                List.of(), permissions, apis, List.of(), Map.of(), new SpecOrigin("synthetic.yaml", "synthetic.yaml",
                        "0"));
    }

    /**
     * Returns the size of a smallest cover by brute force, independent of the solver: every cover holds one usable
     * alternative of each requirement, and one alternative per requirement is a cover, so the minimum is the fewest
     * distinct permissions over every way of picking one alternative per requirement.
     */
    static int bruteForceMinimum(List<Need> needs) {
        List<String> union = needs.stream().flatMap(n -> n.usable().stream()).distinct().toList();
        if (union.size() > 16) {
            return pick(needs, 0, new ArrayList<>());
        }
        // every subset of the permissions the requirements name, as bit masks
        int[] masks = needs.stream().mapToInt(n -> n.usable().stream().mapToInt(k -> 1 << union.indexOf(k))
                .reduce(0, (a, b) -> a | b)).toArray();
        int best = Integer.MAX_VALUE;
        for (int subset = 0; subset < 1 << union.size(); subset++) {
            int size = Integer.bitCount(subset);
            if (size >= best) {
                continue;
            }
            boolean cover = true;
            for (int m : masks) {
                cover &= (m & subset) != 0;
            }
            if (cover) {
                best = size;
            }
        }
        return best;
    }

    private static int pick(List<Need> needs, int i, List<String> picked) {
        if (i == needs.size()) {
            return new HashSet<>(picked).size();
        }
        int best = Integer.MAX_VALUE;
        for (String key : needs.get(i).usable()) {
            picked.add(key);
            best = Math.min(best, pick(needs, i + 1, picked));
            picked.remove(picked.size() - 1);
        }
        return best;
    }

    /** Tells whether a set of keys satisfies every requirement. */
    static boolean covers(List<Need> needs, Set<String> keys) {
        return needs.stream().allMatch(n -> n.usable().stream().anyMatch(keys::contains));
    }
}
