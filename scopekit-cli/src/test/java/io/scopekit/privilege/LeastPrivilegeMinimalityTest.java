package io.scopekit.privilege;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Proves {@link LeastPrivilege#minimal} minimal against a brute force: over every subset of the shipped catalog's
 * APIs, for both identities, with and without the fields the planned APIs document; and over random models whose
 * any-of groups overlap far more than the catalog's do.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: the solver only")
@ResourceLock("LeastPrivilegeMinimalityTest") // its own fixtures: its methods stay in its thread, in order
class LeastPrivilegeMinimalityTest {

    @Test
    void should_match_the_brute_force_minimum_when_planning_every_subset_of_the_shipped_apis() {
        // GIVEN the shipped catalog (12 APIs: every one of the 4,096 subsets, both identities)
        PermissionModelSpec model = Models.shipped();
        List<OpenApi> apis = model.apis();
        then(apis).hasSizeLessThanOrEqualTo(16);
        Random random = new Random(9);
        int solved = 0;
        int refused = 0;
        for (int mask = 1; mask < 1 << apis.size(); mask++) {
            List<OpenApi> planned = new ArrayList<>();
            for (int i = 0; i < apis.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    planned.add(apis.get(i));
                }
            }
            for (String identity : List.of("tenant", "user")) {
                List<String> fields = randomFields(planned, random);
                PermissionPlan plan = new PermissionPlan(identity, planned.stream().map(OpenApi::id).toList(), fields);
                boolean callable = planned.stream().allMatch(a -> a.tokenTypes().contains(identity));
                if (!callable) {
                    // WHEN an API does not take the identity's token / THEN the plan is refused
                    thenThrownBy(() -> LeastPrivilege.minimal(model, plan)).isInstanceOf(PlanException.class)
                            .hasMessageContaining("does not accept a " + identity + "_access_token");
                    refused++;
                    continue;
                }
                // WHEN
                Coverage coverage = LeastPrivilege.minimal(model, plan);
                // THEN it is a cover, proven exact, of the brute-force minimum size
                then(coverage.exact()).as(plan.toString()).isTrue();
                then(Models.covers(coverage.needs(), new HashSet<>(coverage.keys()))).as(plan.toString()).isTrue();
                then(coverage.keys()).as(plan.toString()).hasSize(Models.bruteForceMinimum(coverage.needs()));
                then(coverage.keys()).as("only permissions the identity can hold").allMatch(key ->
                        model.permission(key).orElseThrow().identities().contains(identity));
                solved++;
            }
        }
        then(solved + refused).isEqualTo(2 * ((1 << apis.size()) - 1));
        // tenant: every subset without authen.v1.user_info.get (user only); user: every subset without the two
        // corehr APIs (tenant only): 2^(APIs - 1) - 1 + 2^(APIs - 2) - 1
        then(solved).isEqualTo((1 << (apis.size() - 1)) - 1 + (1 << (apis.size() - 2)) - 1);
    }

    @Test
    void should_match_the_brute_force_minimum_when_models_are_random_with_overlapping_any_of_groups() {
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            // GIVEN a random model: 5–14 permissions, 4–11 APIs with any-of groups of 2–3 (small, overlapping groups are
            // where a greedy choice goes wrong) and field requirements of 1–3
            int nPermissions = 5 + random.nextInt(10);
            List<Permission> permissions = new ArrayList<>();
            for (int p = 0; p < nPermissions; p++) {
                int who = random.nextInt(8);
                permissions.add(who == 0 ? Models.permission("p:" + p, "user")
                        : who == 1 ? Models.permission("p:" + p, "tenant") : Models.permission("p:" + p, "tenant", "user"));
            }
            List<OpenApi> apis = new ArrayList<>();
            int nApis = 4 + random.nextInt(8);
            for (int a = 0; a < nApis; a++) {
                List<String> anyOf = sample(permissions, 2 + random.nextInt(2), random);
                FieldRequirement[] fields = random.nextBoolean()
                        ? new FieldRequirement[] {new FieldRequirement("f", sample(permissions, 1 + random.nextInt(3), random))}
                        : new FieldRequirement[0];
                apis.add(Models.api("api" + a, List.of("tenant", "user"), anyOf, fields));
            }
            PermissionModelSpec model = Models.model(permissions, apis);
            boolean withField = apis.stream().anyMatch(a -> !a.fieldRequirements().isEmpty());
            PermissionPlan plan = new PermissionPlan(random.nextBoolean() ? "tenant" : "user",
                    apis.stream().map(OpenApi::id).toList(), withField ? List.of("f") : List.of());
            List<Need> needs;
            try {
                needs = LeastPrivilege.needs(model, plan);
            } catch (PlanException e) {
                // a group with no permission of the identity: refused, as the bad-input tests show
                then(e.getMessage()).startsWith("no permission satisfies");
                continue;
            }
            // WHEN
            Coverage coverage = LeastPrivilege.minimal(model, plan);
            // THEN
            then(coverage.exact()).isTrue();
            then(Models.covers(needs, new HashSet<>(coverage.keys()))).isTrue();
            then(coverage.keys()).as("round " + round).hasSize(Models.bruteForceMinimum(needs));
        }
    }

    @Test
    void should_match_the_brute_force_over_the_spec_meaning_when_random_models_have_all_of_requirements() {
        Random random = new Random(20);
        int withAllOf = 0;
        for (int round = 0; round < 1500; round++) {
            // GIVEN a random model of 5–12 permissions whose APIs carry any-of groups and, often, an all-of for one
            // identity (the brute force below reads the spec's meaning, not the requirements the solver is given)
            int nPermissions = 5 + random.nextInt(8);
            List<Permission> permissions = new ArrayList<>();
            for (int p = 0; p < nPermissions; p++) {
                int who = random.nextInt(6);
                permissions.add(who == 0 ? Models.permission("p:" + p, "user")
                        : who == 1 ? Models.permission("p:" + p, "tenant") : Models.permission("p:" + p, "tenant", "user"));
            }
            List<OpenApi> apis = new ArrayList<>();
            int nApis = 2 + random.nextInt(5);
            for (int a = 0; a < nApis; a++) {
                List<String> anyOf = random.nextInt(5) == 0 ? List.of() : sample(permissions, 1 + random.nextInt(3), random);
                List<io.scopekit.spec.AllOfRequirement> allOf = random.nextBoolean()
                        ? List.of(Models.allOf(random.nextBoolean() ? "user" : "tenant",
                                sample(permissions, 2 + random.nextInt(2), random).toArray(String[]::new)))
                        : List.of();
                apis.add(Models.api("api" + a, List.of("tenant", "user"), anyOf, allOf));
            }
            PermissionModelSpec model = Models.model(permissions, apis);
            String identity = random.nextBoolean() ? "tenant" : "user";
            List<String> planned = apis.stream().map(OpenApi::id).toList();
            PermissionPlan plan = new PermissionPlan(identity, planned, List.of());
            int brute = Models.bruteForceMinimum(model, identity, planned, List.of());
            if (brute == Integer.MAX_VALUE) {
                // WHEN no set lets the identity make the calls / THEN the plan is refused, not answered
                thenThrownBy(() -> LeastPrivilege.minimal(model, plan)).isInstanceOf(PlanException.class)
                        .hasMessageStartingWith("no permission satisfies");
                continue;
            }
            withAllOf += apis.stream().anyMatch(a -> !a.allOfFor(identity).isEmpty()) ? 1 : 0;
            // WHEN
            Coverage coverage = LeastPrivilege.minimal(model, plan);
            // THEN the set permits every call by the spec's meaning and is as small as the brute force's
            then(coverage.exact()).isTrue();
            then(Models.permits(model, identity, planned, List.of(), new HashSet<>(coverage.keys())))
                    .as("round " + round).isTrue();
            then(coverage.keys()).as("round " + round).hasSize(brute);
        }
        then(withAllOf).as("rounds whose plan had an all-of of its identity").isGreaterThan(300);
    }

    @Test
    void should_permit_every_call_by_the_spec_meaning_when_planning_every_subset_of_the_shipped_apis() {
        // GIVEN the shipped catalog, whose message API has an all-of for the user identity
        PermissionModelSpec model = Models.shipped();
        List<OpenApi> apis = model.apis();
        int checked = 0;
        for (int mask = 1; mask < 1 << apis.size(); mask++) {
            List<String> planned = new ArrayList<>();
            for (int i = 0; i < apis.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    planned.add(apis.get(i).id());
                }
            }
            for (String identity : List.of("tenant", "user")) {
                if (!planned.stream().allMatch(id -> model.api(id).orElseThrow().tokenTypes().contains(identity))) {
                    continue;
                }
                // WHEN
                Coverage coverage = LeastPrivilege.minimal(model, new PermissionPlan(identity, planned, List.of()));
                // THEN the chosen set permits every planned call as the spec means it (all-of included)
                then(Models.permits(model, identity, planned, List.of(), new HashSet<>(coverage.keys())))
                        .as(identity + " " + planned).isTrue();
                checked++;
            }
        }
        then(checked).isGreaterThan(4000);
    }

    private static List<String> randomFields(List<OpenApi> planned, Random random) {
        Set<String> documented = new HashSet<>();
        planned.forEach(a -> a.fieldRequirements().forEach(r -> documented.add(r.field())));
        return documented.stream().sorted().filter(f -> random.nextBoolean()).toList();
    }

    private static List<String> sample(List<Permission> permissions, int n, Random random) {
        List<String> keys = new ArrayList<>(permissions.stream().map(Permission::id).toList());
        java.util.Collections.shuffle(keys, random);
        return keys.subList(0, Math.min(n, keys.size()));
    }
}
