package io.scopekit.privilege;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.spec.FieldRequirement;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeastPrivilegeTest {

    private static final PermissionModelSpec FEISHU = Models.shipped();

    @Test
    void should_cover_the_call_and_the_user_id_field_with_two_permissions_when_getting_a_user() {
        // GIVEN contact user get reading user_id, tenant token
        PermissionPlan plan = new PermissionPlan("tenant", List.of("contact.v3.users.get"), List.of("user_id"));
        // WHEN
        Coverage c = LeastPrivilege.minimal(FEISHU, plan);
        // THEN one of the four any-of permissions (catalog order) and the field permission, each explained
        then(c.exact()).isTrue();
        then(c.keys()).containsExactly("contact:contact.base:readonly", "contact:user.employee_id:readonly");
        then(c.chosen().get(0).covers()).extracting(Need::describe).containsExactly("call contact.v3.users.get");
        then(c.chosen().get(0).replaceableBy()).containsExactly("contact:contact:access_as_app",
                "contact:contact:readonly", "contact:contact:readonly_as_app");
        then(c.chosen().get(1).covers()).extracting(Need::describe)
                .containsExactly("field user_id of contact.v3.users.get");
        then(c.chosen().get(1).covers().get(0).source().doc()).isEqualTo("fs-contact-user-get");
    }

    @Test
    void should_leave_out_permissions_of_the_other_identity_when_planning_user_token_calls() {
        // GIVEN contact user get with a user token: access_as_app and readonly_as_app are tenant-only
        PermissionPlan plan = new PermissionPlan("user", List.of("contact.v3.users.get"), List.of());
        // WHEN
        Coverage c = LeastPrivilege.minimal(FEISHU, plan);
        // THEN
        then(c.needs().get(0).usable()).containsExactly("contact:contact.base:readonly", "contact:contact:readonly");
        then(c.chosen().get(0).replaceableBy()).containsExactly("contact:contact:readonly");
    }

    @Test
    void should_choose_one_permission_when_it_is_accepted_by_both_planned_calls() {
        // GIVEN bitable role list (bitable:app | bitable:app:readonly) and create (base:role:create | bitable:app)
        PermissionPlan plan = new PermissionPlan("tenant",
                List.of("bitable.v1.app_roles.list", "bitable.v1.app_roles.create"), List.of());
        // WHEN
        Coverage c = LeastPrivilege.minimal(FEISHU, plan);
        // THEN bitable:app alone covers both
        then(c.keys()).containsExactly("bitable:app");
        then(c.chosen().get(0).covers()).hasSize(2);
    }

    @Test
    void should_need_im_message_and_send_as_user_together_when_sending_a_message_with_a_user_token() {
        // GIVEN the message API with a user token: its page needs im:message and im:message.send_as_user together
        PermissionPlan plan = new PermissionPlan("user", List.of("im.v1.messages.create"), List.of());
        // WHEN
        Coverage c = LeastPrivilege.minimal(FEISHU, plan);
        // THEN both, the second because of the all-of requirement, which it cites
        then(c.exact()).isTrue();
        then(c.keys()).containsExactly("im:message", "im:message.send_as_user");
        Need allOf = c.chosen().get(1).covers().get(0);
        then(allOf.allOf()).containsExactly("im:message", "im:message.send_as_user");
        then(allOf.requirement()).isEqualTo("all of im:message, im:message.send_as_user");
        then(allOf.source().passage()).contains("需同时申请");
        then(c.chosen().get(1).replaceableBy()).isEmpty();
    }

    @Test
    void should_need_one_of_the_three_when_sending_a_message_with_a_tenant_token() {
        // GIVEN the message API with a tenant token: the all-of applies to the user identity only
        PermissionPlan plan = new PermissionPlan("tenant", List.of("im.v1.messages.create"), List.of());
        // WHEN
        Coverage c = LeastPrivilege.minimal(FEISHU, plan);
        // THEN one permission, the others as its replacements
        then(c.keys()).containsExactly("im:message");
        then(c.chosen().get(0).replaceableBy()).containsExactly("im:message:send_as_bot", "im:message:send");
    }

    @Test
    void should_refuse_the_plan_when_an_all_of_permission_cannot_be_held_by_the_identity() {
        // GIVEN a model whose user-token call needs, all of, a permission only the tenant identity holds
        PermissionModelSpec model = Models.model(
                List.of(Models.permission("a", "tenant", "user"), Models.permission("b", "tenant")),
                List.of(Models.api("send", List.of("tenant", "user"), List.of("a"), List.of(Models.allOf("user", "a", "b")))));
        PermissionPlan plan = new PermissionPlan("user", List.of("send"), List.of());
        // WHEN / THEN
        thenThrownBy(() -> LeastPrivilege.minimal(model, plan)).isInstanceOf(PlanException.class)
                .hasMessage("no permission satisfies call send with the user identity: the spec needs all of a, b, "
                        + "and b cannot be held by it (spec entry of send: doc § section)");
    }

    @Test
    void should_list_a_call_needing_no_permission_apart_when_its_any_of_is_empty() {
        // GIVEN authen user_info (anyOf: []) with user_id
        PermissionPlan plan = new PermissionPlan("user", List.of("authen.v1.user_info.get"), List.of("user_id"));
        // WHEN
        Coverage c = LeastPrivilege.minimal(FEISHU, plan);
        // THEN
        then(c.free()).extracting(Need::describe).containsExactly("call authen.v1.user_info.get");
        then(c.keys()).containsExactly("contact:user.employee_id:readonly");
    }

    @Test
    void should_name_the_known_apis_when_an_api_is_unknown() {
        thenThrownBy(() -> LeastPrivilege.minimal(FEISHU, new PermissionPlan("tenant", List.of("contact.v3.nope"),
                List.of()))).isInstanceOf(PlanException.class)
                .hasMessageStartingWith("unknown API 'contact.v3.nope' in permission model 'feishu-openplatform' "
                        + "(expected one of: contact.v3.users.get, contact.v3.users.batch,");
    }

    @Test
    void should_name_the_documented_fields_when_a_field_is_unknown() {
        thenThrownBy(() -> LeastPrivilege.minimal(FEISHU, new PermissionPlan("tenant",
                List.of("contact.v3.users.get", "calendar.v4.calendars.list"), List.of("email"))))
                .isInstanceOf(PlanException.class)
                .hasMessage("field 'email' has no field requirement in the spec entry of any planned API (expected "
                        + "one of the fields the spec documents for them: user_id (contact.v3.users.get))");
    }

    @Test
    void should_say_no_field_is_documented_when_the_planned_apis_have_none() {
        thenThrownBy(() -> LeastPrivilege.minimal(FEISHU, new PermissionPlan("tenant",
                List.of("drive.v1.files.list"), List.of("user_id"))))
                .hasMessageEndingWith("(expected one of the fields the spec documents for them: none)");
    }

    @Test
    void should_name_the_token_types_when_an_api_does_not_take_the_identity() {
        thenThrownBy(() -> LeastPrivilege.minimal(FEISHU, new PermissionPlan("user",
                List.of("corehr.v1.authorizations.get_by_param"), List.of())))
                .isInstanceOf(PlanException.class)
                .hasMessage("API 'corehr.v1.authorizations.get_by_param' does not accept a user_access_token (the user "
                        + "identity); the spec lists its token types as tenant (spec entry of "
                        + "corehr.v1.authorizations.get_by_param: fs-corehr-authorization § 请求)");
    }

    @Test
    void should_name_the_identities_when_the_identity_is_unknown() {
        thenThrownBy(() -> LeastPrivilege.minimal(FEISHU, new PermissionPlan("bot", List.of("drive.v1.files.list"),
                List.of()))).hasMessage("unknown identity 'bot' in permission model 'feishu-openplatform' (expected one "
                        + "of: tenant, user)");
    }

    @Test
    void should_refuse_the_plan_when_it_names_no_api() {
        // GIVEN no API / WHEN / THEN
        thenThrownBy(() -> LeastPrivilege.minimal(FEISHU, new PermissionPlan("tenant", List.of(), List.of())))
                .hasMessageStartingWith("no planned API");
    }

    @Test
    void should_name_each_alternative_and_its_identities_when_no_permission_of_the_identity_satisfies_a_call() {
        // GIVEN an API taking both tokens whose only permission is user-only
        PermissionModelSpec model = Models.model(List.of(Models.permission("x:only_user", "user")),
                List.of(Models.api("a.b", List.of("tenant", "user"), List.of("x:only_user"))));
        // WHEN / THEN
        thenThrownBy(() -> LeastPrivilege.minimal(model, new PermissionPlan("tenant", List.of("a.b"), List.of())))
                .isInstanceOf(PlanException.class)
                .hasMessage("no permission satisfies call a.b with the tenant identity: the spec accepts any of "
                        + "x:only_user (identities: user) (spec entry of a.b: doc § section)");
    }

    @Test
    void should_say_so_when_the_solver_falls_back_to_greedy() {
        // GIVEN 70 APIs in a cycle of any-of pairs: 70 candidates remain after reduction, above the limit of 64
        List<Permission> permissions = new ArrayList<>();
        List<OpenApi> apis = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            permissions.add(Models.permission("p:" + i, "tenant"));
            apis.add(Models.api("api" + i, List.of("tenant"), List.of("p:" + i, "p:" + (i + 1) % 70)));
        }
        PermissionModelSpec model = Models.model(permissions, apis);
        // WHEN
        Coverage c = LeastPrivilege.minimal(model, new PermissionPlan("tenant",
                apis.stream().map(OpenApi::id).toList(), List.of()));
        // THEN
        then(c.exact()).isFalse();
        then(c.note()).startsWith("greedy approximation");
        then(c.limits()).isEqualTo(LeastPrivilege.limits()).contains("64 requirement groups");
        then(Models.covers(c.needs(), new java.util.HashSet<>(c.keys()))).isTrue();
    }

    // ------------------------------------------------------------------ lint

    @Test
    void should_find_nothing_when_the_export_is_a_minimal_cover() {
        // GIVEN
        PermissionPlan plan = new PermissionPlan("tenant", List.of("contact.v3.users.get"), List.of("user_id"));
        BatchExport export = new BatchExport("e.json", Map.of("tenant",
                List.of("contact:contact:readonly", "contact:user.employee_id:readonly")));
        // WHEN
        LintReport r = LeastPrivilege.lint(FEISHU, plan, export);
        // THEN
        then(r.findings()).isEmpty();
    }

    @Test
    void should_flag_unneeded_wrong_identity_redundant_and_uncovered_when_the_export_departs_from_the_plan() {
        // GIVEN
        PermissionPlan plan = new PermissionPlan("tenant", List.of("calendar.v4.calendars.list", "drive.v1.files.list"),
                List.of());
        BatchExport export = new BatchExport("e.json", Map.of(
                "tenant", List.of("calendar:calendar", "calendar:calendar:read", "im:message.send_as_user",
                        "contact:contact:readonly", "made:up"),
                "user", List.of("drive:drive")));
        // WHEN
        LintReport r = LeastPrivilege.lint(FEISHU, plan, export);
        // THEN
        then(r.findings()).extracting(f -> f.kind() + " " + f.identity() + " " + f.subject()).containsExactly(
                "WRONG_IDENTITY tenant im:message.send_as_user",
                "UNNEEDED tenant contact:contact:readonly",
                "UNNEEDED tenant made:up",
                "UNNEEDED user drive:drive",
                "UNCOVERED tenant call drive.v1.files.list",
                "REDUNDANT tenant calendar:calendar:read");
        then(r.findings().get(4).reason()).isEqualTo("needs any of drive:drive, drive:drive:readonly, "
                + "space:document:retrieve; the export applies none of them");
    }

    @Test
    void should_flag_the_missing_all_of_permission_when_a_user_token_export_applies_only_im_message() {
        // GIVEN a user-token message send, and an export that applies im:message alone
        PermissionPlan plan = new PermissionPlan("user", List.of("im.v1.messages.create"), List.of());
        BatchExport export = new BatchExport("e.json", Map.of("user", List.of("im:message")));
        // WHEN
        LintReport r = LeastPrivilege.lint(FEISHU, plan, export);
        // THEN the second permission of the all-of is uncovered, and the minimal set names both
        then(r.findings()).extracting(f -> f.kind() + " " + f.identity() + " " + f.subject() + ": " + f.reason())
                .containsExactly("UNCOVERED user call im.v1.messages.create: needs all of im:message, "
                        + "im:message.send_as_user; the export does not apply im:message.send_as_user");
        then(r.minimal().keys()).containsExactly("im:message", "im:message.send_as_user");
    }

    @Test
    void should_find_nothing_when_a_user_token_export_applies_both_permissions_of_the_all_of() {
        // GIVEN
        PermissionPlan plan = new PermissionPlan("user", List.of("im.v1.messages.create"), List.of());
        BatchExport export = new BatchExport("e.json", Map.of("user", List.of("im:message", "im:message.send_as_user")));
        // WHEN
        LintReport r = LeastPrivilege.lint(FEISHU, plan, export);
        // THEN neither is redundant: each is needed
        then(r.findings()).isEmpty();
    }

    @Test
    void should_flag_every_applied_permission_when_none_covers_the_plan() {
        // GIVEN an export with only an unrelated permission
        PermissionPlan plan = new PermissionPlan("tenant", List.of("drive.v1.files.list"), List.of());
        BatchExport export = new BatchExport("e.json", Map.of("tenant", List.of("bitable:app")));
        // WHEN
        LintReport r = LeastPrivilege.lint(FEISHU, plan, export);
        // THEN
        then(r.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.UNNEEDED, Finding.Kind.UNCOVERED);
    }

    @Test
    void should_cover_the_field_of_each_api_when_several_planned_apis_document_it() {
        // GIVEN two planned APIs with a user_id field requirement
        PermissionModelSpec model = Models.model(
                List.of(Models.permission("a:x", "tenant"), Models.permission("f:1", "tenant"),
                        Models.permission("f:2", "tenant")),
                List.of(Models.api("one", List.of("tenant"), List.of("a:x"), new FieldRequirement("id", List.of("f:1"))),
                        Models.api("two", List.of("tenant"), List.of("a:x"),
                                new FieldRequirement("id", List.of("f:2")))));
        // WHEN
        Coverage c = LeastPrivilege.minimal(model, new PermissionPlan("tenant", List.of("one", "two"), List.of("id")));
        // THEN
        then(c.keys()).containsExactly("a:x", "f:1", "f:2");
    }
}
