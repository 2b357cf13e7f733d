package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.privilege.internal.SetCover;
import io.scopekit.spec.AllOfRequirement;
import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.Identity;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Computes a smallest set of permissions covering a plan, and lints a batch export against a plan.
 *
 * <p>A call needs any one of its {@code anyOf} permissions, and every permission of each of its {@code allOf}
 * requirements that applies to the plan's identity; a planned field needs any one of its field requirement's;
 * only permissions whose {@code identities} include the plan's identity count (seed 001, 权限类型: the two identities'
 * permissions are applied separately). Choosing fewest permissions is a set cover, solved exactly up to the limits
 * in {@link #limits()} and greedily beyond them, which the result says.
 */
@API(status = EXPERIMENTAL)
public final class LeastPrivilege {

    private LeastPrivilege() {}

    /** Returns the sizes up to which {@link #minimal} is exact, as one sentence. */
    public static String limits() {
        return "exact up to " + SetCover.MAX_ELEMENTS + " requirement groups and " + SetCover.MAX_CANDIDATES
                + " candidate permissions after reduction and " + SetCover.MAX_NODES + " search nodes; greedy beyond";
    }

    /**
     * Finds a smallest set of permissions covering a plan.
     *
     * @param model the permission model
     * @param plan the planned calls, fields and identity
     * @return the permissions with what each covers
     * @throws PlanException when an API, field or identity is unknown, an API does not accept the identity's token,
     *         or a requirement has no permission the identity can hold
     */
    public static Coverage minimal(PermissionModelSpec model, PermissionPlan plan) {
        Identity identity = identity(model, plan.identity());
        Needs needs = needs(model, identity, plan);
        return cover(model, identity, plan, needs.needs(), needs.free(), key -> true, Set.of());
    }

    /**
     * Lists the requirements of a plan.
     *
     * @throws PlanException as {@link #minimal} does
     */
    public static List<Need> needs(PermissionModelSpec model, PermissionPlan plan) {
        return needs(model, identity(model, plan.identity()), plan).needs();
    }

    /**
     * Lints an export against a plan: applied permissions the plan does not need (none of its requirements accepts
     * them, they are listed under an identity that cannot hold them, the plan is covered without them, or the plan
     * uses the other identity), and requirements the export does not cover.
     *
     * @throws PlanException as {@link #minimal} does
     */
    public static LintReport lint(PermissionModelSpec model, PermissionPlan plan, BatchExport export) {
        Identity identity = identity(model, plan.identity());
        Needs needs = needs(model, identity, plan);
        Set<String> accepted = needs.needs().stream().flatMap(n -> n.usable().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Finding> findings = new ArrayList<>();
        Set<String> relevant = new LinkedHashSet<>();
        for (Identity listed : model.identities()) {
            for (String key : export.keys(listed.id())) {
                Optional<Permission> permission = model.permission(key);
                if (!listed.id().equals(identity.id())) {
                    findings.add(new Finding(Finding.Kind.UNNEEDED, listed.id(), key, "the plan calls with the "
                            + identity.id() + " identity (" + identity.token() + "); no planned call needs a "
                            + listed.id() + " identity permission"));
                } else if (permission.isEmpty()) {
                    findings.add(new Finding(Finding.Kind.UNNEEDED, listed.id(), key, "not in the catalog of "
                            + model.id() + ", so no planned call or field there accepts it"));
                } else if (!permission.get().identities().contains(identity.id())) {
                    findings.add(new Finding(Finding.Kind.WRONG_IDENTITY, listed.id(), key, "the spec lists it for the "
                            + String.join(", ", permission.get().identities()) + " identity only ("
                            + cite(permission.get()) + ")"));
                } else if (!accepted.contains(key)) {
                    findings.add(new Finding(Finding.Kind.UNNEEDED, listed.id(), key,
                            "no planned call or field accepts it"));
                } else {
                    relevant.add(key);
                }
            }
        }
        List<Need> covered = new ArrayList<>();
        for (Need need : needs.needs()) {
            if (need.usable().stream().anyMatch(relevant::contains)) {
                covered.add(need);
            } else {
                findings.add(new Finding(Finding.Kind.UNCOVERED, identity.id(), need.describe(), need.allOf().isEmpty()
                        ? "needs any of " + String.join(", ", need.usable()) + "; the export applies none of them"
                        : "needs all of " + String.join(", ", need.allOf()) + "; the export does not apply "
                                + String.join(", ", need.usable())));
            }
        }
        if (!covered.isEmpty()) {
            Coverage kept = cover(model, identity, plan, covered, needs.free(), relevant::contains, Set.of());
            List<String> keep = kept.keys();
            for (String key : relevant) {
                if (!keep.contains(key)) {
                    findings.add(new Finding(Finding.Kind.REDUNDANT, identity.id(), key, "the planned calls and fields"
                            + " it covers are covered without it by " + String.join(", ", keep)
                            + (kept.exact() ? "" : " (" + kept.note() + ")")));
                }
            }
        } else {
            relevant.forEach(key -> findings.add(new Finding(Finding.Kind.UNNEEDED, identity.id(), key,
                    "no planned call or field accepts it")));
        }
        // among minimal sets, the one keeping most of what the app already applied for
        Coverage minimal = cover(model, identity, plan, needs.needs(), needs.free(), key -> true, relevant);
        return new LintReport(export, needs.needs(), findings, minimal);
    }

    private record Needs(List<Need> needs, List<Need> free) {}

    private static Identity identity(PermissionModelSpec model, String id) {
        return model.identities().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new PlanException("unknown identity '" + id + "' in permission model '" + model.id()
                        + "' (expected one of: " + model.identities().stream().map(Identity::id)
                                .collect(Collectors.joining(", ")) + ")"));
    }

    private static Needs needs(PermissionModelSpec model, Identity identity, PermissionPlan plan) {
        if (plan.apis().isEmpty()) {
            throw new PlanException("no planned API (expected at least one API id of permission model '" + model.id()
                    + "')");
        }
        List<OpenApi> apis = new ArrayList<>();
        for (String id : plan.apis()) {
            OpenApi api = model.api(id).orElseThrow(() -> new PlanException("unknown API '" + id
                    + "' in permission model '" + model.id() + "' (expected one of: "
                    + model.apis().stream().map(OpenApi::id).collect(Collectors.joining(", ")) + ")"));
            if (!api.tokenTypes().contains(identity.id())) {
                throw new PlanException("API '" + id + "' does not accept a " + identity.token() + " (the "
                        + identity.id() + " identity); the spec lists its token types as "
                        + String.join(", ", api.tokenTypes()) + " (" + cite(model, api) + ")");
            }
            apis.add(api);
        }
        List<Need> needs = new ArrayList<>();
        List<Need> free = new ArrayList<>();
        for (OpenApi api : apis) {
            Need need = need(model, identity, api, Optional.empty(), api.anyOf());
            List<AllOfRequirement> allOf = api.allOfFor(identity.id());
            if (!api.anyOf().isEmpty()) {
                needs.add(need);
            } else if (allOf.isEmpty()) {
                free.add(need);
            }
            for (AllOfRequirement req : allOf) {
                // each permission of an all-of requirement is a group of one: a cover must hold every one of them
                for (String key : req.permissions()) {
                    if (need.usable().equals(List.of(key))) {
                        continue; // the call's any-of already forces it
                    }
                    if (!model.permission(key).map(p -> p.identities().contains(identity.id())).orElse(false)) {
                        throw new PlanException("no permission satisfies call " + api.id() + " with the "
                                + identity.id() + " identity: the spec needs all of "
                                + String.join(", ", req.permissions()) + ", and " + key + " cannot be held by it ("
                                + cite(model, api) + ")");
                    }
                    needs.add(new Need(api.id(), Optional.empty(), List.of(key), List.of(key), req.permissions(),
                            req.source()));
                }
            }
        }
        for (String field : plan.fields()) {
            boolean documented = false;
            for (OpenApi api : apis) {
                for (FieldRequirement req : api.fieldRequirements()) {
                    if (req.field().equals(field)) {
                        documented = true;
                        needs.add(need(model, identity, api, Optional.of(field), req.anyOf()));
                    }
                }
            }
            if (!documented) {
                String known = apis.stream().flatMap(a -> a.fieldRequirements().stream()
                        .map(r -> r.field() + " (" + a.id() + ")")).collect(Collectors.joining(", "));
                throw new PlanException("field '" + field + "' has no field requirement in the spec entry of any "
                        + "planned API (expected one of the fields the spec documents for them: "
                        + (known.isEmpty() ? "none" : known) + ")");
            }
        }
        return new Needs(needs, free);
    }

    private static Need need(PermissionModelSpec model, Identity identity, OpenApi api, Optional<String> field,
            List<String> anyOf) {
        List<String> usable = anyOf.stream().filter(key -> model.permission(key)
                .map(p -> p.identities().contains(identity.id())).orElse(false)).toList();
        Need need = new Need(api.id(), field, anyOf, usable, api.source());
        if (!anyOf.isEmpty() && usable.isEmpty()) {
            throw new PlanException("no permission satisfies " + need.describe() + " with the " + identity.id()
                    + " identity: the spec accepts any of " + anyOf.stream().map(key -> key + " (identities: "
                            + model.permission(key).map(p -> String.join(", ", p.identities())).orElse("not in the catalog")
                            + ")").collect(Collectors.joining(", ")) + " (" + cite(model, api) + ")");
        }
        return need;
    }

    private static Coverage cover(PermissionModelSpec model, Identity identity, PermissionPlan plan, List<Need> needs,
            List<Need> free, Predicate<String> allowed, Set<String> preferred) {
        // the solver breaks ties by candidate order: preferred permissions first, then catalog order
        List<Permission> candidates = model.permissions().stream()
                .filter(p -> allowed.test(p.id()) && needs.stream().anyMatch(n -> n.usable().contains(p.id())))
                .sorted(java.util.Comparator.comparing(p -> !preferred.contains(p.id())))
                .toList();
        List<String> keys = candidates.stream().map(Permission::id).toList();
        List<BitSet> alternatives = new ArrayList<>();
        for (Need need : needs) {
            BitSet alts = new BitSet();
            need.usable().forEach(key -> {
                int i = keys.indexOf(key);
                if (i >= 0) {
                    alts.set(i);
                }
            });
            alternatives.add(alts);
        }
        SetCover.Result result = SetCover.solve(alternatives, candidates.size());
        Set<String> chosen = result.chosen().stream().map(keys::get).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Choice> choices = new ArrayList<>();
        for (Permission p : model.permissions()) {
            if (!chosen.contains(p.id())) {
                continue;
            }
            List<Need> covers = needs.stream().filter(n -> n.usable().contains(p.id())).toList();
            List<String> replaceableBy = new ArrayList<>();
            for (Permission candidate : model.permissions()) {
                String other = candidate.id();
                if (keys.contains(other) && !chosen.contains(other)) {
                    Set<String> swapped = new LinkedHashSet<>(chosen);
                    swapped.remove(p.id());
                    swapped.add(other);
                    if (needs.stream().allMatch(n -> n.usable().stream().anyMatch(swapped::contains))) {
                        replaceableBy.add(other);
                    }
                }
            }
            choices.add(new Choice(p, covers, replaceableBy));
        }
        return new Coverage(model.id(), identity, plan, needs, free, choices, result.exact(), result.note(), limits());
    }

    private static String cite(PermissionModelSpec model, OpenApi api) {
        return "spec entry of " + api.id() + ": " + api.source().doc() + api.source().section().map(s -> " § " + s)
                .orElse("");
    }

    private static String cite(Permission p) {
        return p.source().doc() + p.source().section().map(s -> " § " + s).orElse("");
    }
}
