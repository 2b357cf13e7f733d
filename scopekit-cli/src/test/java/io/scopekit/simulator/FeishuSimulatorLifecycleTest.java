package io.scopekit.simulator;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.testsupport.PermissionModels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Applications, imports, exports, versions and reviews through the admin API, in-process (docs/simulator.md). */
class FeishuSimulatorLifecycleTest {

    private FeishuSimulator simulator;

    @BeforeEach
    void create() {
        simulator = FeishuSimulator.create(SimHttp.model(), SimulatorConfig.defaults(SimHttp.model()));
    }

    private JsonNode post(String path, String body) {
        return SimHttp.JSON.readTree(simulator.handle(new SimRequest("POST", path, Map.of(), Map.of(), body)).body());
    }

    private SimResponse raw(String method, String path, String body, String token) {
        return simulator.handle(new SimRequest(method, path, Map.of(),
                token == null ? Map.of() : Map.of("Authorization", "Bearer " + token), body));
    }

    private JsonNode get(String path) {
        return SimHttp.JSON.readTree(raw("GET", path, "", null).body());
    }

    private String tenantToken(String app, String secret) {
        return post("/open-apis/auth/v3/tenant_access_token/internal",
                "{\"app_id\":\"" + app + "\",\"app_secret\":\"" + secret + "\"}").get("tenant_access_token").stringValue();
    }

    private long call(String path, String token) {
        return SimHttp.JSON.readTree(raw("GET", path, "", token).body()).get("code").asLong();
    }

    private String state(String app) {
        return simulator.describeApp(app).orElseThrow();
    }

    @Test
    void should_change_nothing_when_an_import_names_an_unknown_permission() {
        // GIVEN cli_contacts's state
        String before = state("cli_contacts");
        // WHEN an import mixes a valid permission with an unknown one
        SimResponse r = raw("POST", "/scopekit/admin/apps/cli_contacts/import",
                "{\"scopes\":{\"tenant\":[\"drive:drive\",\"no:such:scope\"],\"user\":[]}}", null);
        // THEN the documented message, and not even the valid one was applied
        then(r.status()).isEqualTo(400);
        then(SimHttp.JSON.readTree(r.body()).get("msg").stringValue())
                .isEqualTo(SimHttp.model().rules().get("importErrorMessage").value());
        then(r.body()).contains("no:such:scope");
        then(state("cli_contacts")).isEqualTo(before);
    }

    @Test
    void should_refuse_an_import_with_the_specs_message_when_the_spec_states_another_text() {
        // GIVEN a simulator over a permission model whose importErrorMessage is not the shipped text
        PermissionModelSpec model = PermissionModels.withRule(SimHttp.model(), "importErrorMessage",
                "an import the spec refuses");
        FeishuSimulator other = FeishuSimulator.create(model, SimulatorConfig.defaults(model));
        // WHEN an import names a permission that does not exist
        SimResponse r = other.handle(new SimRequest("POST", "/scopekit/admin/apps/cli_contacts/import", Map.of(),
                Map.of(), "{\"scopes\":{\"tenant\":[\"no:such:scope\"]}}"));
        // THEN the message and each entry's problem are the spec's text, not a copy in the Java
        then(r.status()).isEqualTo(400);
        then(SimHttp.JSON.readTree(r.body()).get("msg").stringValue()).isEqualTo("an import the spec refuses");
        then(r.body()).contains("no:such:scope (tenant): an import the spec refuses");
    }

    @Test
    void should_change_nothing_when_the_import_json_is_malformed_or_names_a_permission_outside_its_identity() {
        // GIVEN cli_bare's state
        String before = state("cli_bare");
        // WHEN malformed JSON, a wrong shape, and a tenant-only permission in the user tab are imported
        SimResponse malformed = raw("POST", "/scopekit/admin/apps/cli_bare/import", "{\"scopes\": {\"tenant\": [", null);
        SimResponse shape = raw("POST", "/scopekit/admin/apps/cli_bare/import", "{\"tenant\":[\"drive:drive\"]}", null);
        SimResponse identity = raw("POST", "/scopekit/admin/apps/cli_bare/import",
                "{\"scopes\":{\"user\":[\"corehr:corehr:readonly\"]}}", null);
        // THEN each is an error body naming what was expected, and the state is unchanged
        then(malformed.status()).isEqualTo(400);
        then(SimHttp.JSON.readTree(malformed.body()).get("msg").stringValue())
                .startsWith("malformed JSON at line 1 column").contains("expected a JSON object");
        then(shape.status()).isEqualTo(400);
        then(identity.status()).isEqualTo(400);
        then(state("cli_bare")).isEqualTo(before);
    }

    @Test
    void should_add_only_new_applications_split_by_identity_and_filter_applied_ones_when_importing() {
        // GIVEN cli_contacts already holds contact:contact.base:readonly for both identities
        // WHEN an import repeats it and adds drive:drive for the app identity only
        JsonNode r = post("/scopekit/admin/apps/cli_contacts/import",
                "{\"scopes\":{\"tenant\":[\"contact:contact.base:readonly\",\"drive:drive\"]}}");
        // THEN drive:drive is new (pending release: not review-exempt), the other filtered; no user tab is shown
        JsonNode tenant = r.get("data").get("tenant");
        then(tenant.get("applied").get(0).get("permission").stringValue()).isEqualTo("drive:drive");
        then(tenant.get("applied").get(0).get("state").stringValue()).isEqualTo("pending-release");
        then(tenant.get("filtered").get(0).stringValue()).isEqualTo("contact:contact.base:readonly");
        then(r.get("data").has("user")).isFalse();
        // AND the export lists every applied permission in the documented JSON
        JsonNode export = get("/scopekit/admin/apps/cli_contacts/export");
        then(export.get("scopes").get("tenant").valueStream().map(JsonNode::stringValue).toList())
                .containsExactly("contact:contact.base:readonly", "contact:user.employee_id:readonly", "drive:drive");
        then(export.get("scopes").get("user").valueStream().map(JsonNode::stringValue).toList())
                .containsExactly("contact:contact.base:readonly");
    }

    @Test
    void should_enable_a_review_required_permission_only_after_its_version_is_approved() {
        // GIVEN cli_bare applies for drive:drive (review-required: not configured review-exempt)
        String token = tenantToken("cli_bare", "bare-secret");
        post("/scopekit/admin/apps/cli_bare/applications", "{\"scopes\":{\"tenant\":[\"drive:drive\"]}}");
        long pending = call("/open-apis/drive/v1/files", token);
        // WHEN a version is created and submitted
        post("/scopekit/admin/apps/cli_bare/versions",
                "{\"version\":\"1.0.0\",\"notes\":\"first\",\"availability\":\"all\",\"reason\":\"files\"}");
        post("/scopekit/admin/apps/cli_bare/versions/1.0.0/submit", "");
        long inReview = call("/open-apis/drive/v1/files", token);
        JsonNode approved = post("/scopekit/admin/apps/cli_bare/versions/1.0.0/approve", "{\"reviewer\":\"tenant-admin\"}");
        long afterApproval = call("/open-apis/drive/v1/files", token);
        // THEN refused until approved, served after
        then(List.of(pending, inReview)).containsOnly(99991672L);
        then(approved.get("data").get("versions").get(0).get("status").stringValue()).isEqualTo("approved");
        then(afterApproval).isZero();
    }

    @Test
    void should_leave_the_permission_not_enabled_when_its_version_is_rejected() {
        // GIVEN a submitted version of cli_bare carrying drive:drive
        String token = tenantToken("cli_bare", "bare-secret");
        post("/scopekit/admin/apps/cli_bare/applications", "{\"scopes\":{\"tenant\":[\"drive:drive\"]}}");
        post("/scopekit/admin/apps/cli_bare/versions", "{\"version\":\"1.0.0\"}");
        post("/scopekit/admin/apps/cli_bare/versions/1.0.0/submit", "");
        // WHEN the tenant admin rejects it
        JsonNode rejected = post("/scopekit/admin/apps/cli_bare/versions/1.0.0/reject", "");
        // THEN the version is rejected, the permission back to pending release, and calls still refused
        then(rejected.get("data").get("versions").get(0).get("status").stringValue()).isEqualTo("rejected");
        then(rejected.get("data").get("applications").get(0).get("state").stringValue()).isEqualTo("pending-release");
        then(call("/open-apis/drive/v1/files", token)).isEqualTo(99991672L);
    }

    @Test
    void should_need_the_platform_and_the_tenant_admin_to_approve_a_store_app_version() {
        // GIVEN a submitted version of the store app
        String token = tenantToken("cli_store", "store-secret");
        post("/scopekit/admin/apps/cli_store/applications", "{\"scopes\":{\"tenant\":[\"calendar:calendar\"]}}");
        post("/scopekit/admin/apps/cli_store/versions", "{\"version\":\"2.1.0\",\"reason\":\"calendars\"}");
        post("/scopekit/admin/apps/cli_store/versions/2.1.0/submit", "");
        // WHEN the platform approves, then the tenant admin
        post("/scopekit/admin/apps/cli_store/versions/2.1.0/approve", "{\"reviewer\":\"platform\"}");
        long afterPlatform = call("/open-apis/calendar/v4/calendars", token);
        post("/scopekit/admin/apps/cli_store/versions/2.1.0/approve", "{\"reviewer\":\"tenant-admin\"}");
        long afterBoth = call("/open-apis/calendar/v4/calendars", token);
        // THEN enabled only after both reviews
        then(afterPlatform).isEqualTo(99991672L);
        then(afterBoth).isZero();
    }

    @Test
    void should_enable_at_once_on_the_test_version_and_not_carry_it_to_the_formal_version() {
        // GIVEN cli_bare switched to its test version
        String token = tenantToken("cli_bare", "bare-secret");
        post("/scopekit/admin/apps/cli_bare/test-version", "{\"on\":true}");
        // WHEN it applies for drive:drive and then switches back
        JsonNode applied = post("/scopekit/admin/apps/cli_bare/applications", "{\"scopes\":{\"tenant\":[\"drive:drive\"]}}");
        long onTest = call("/open-apis/drive/v1/files", token);
        post("/scopekit/admin/apps/cli_bare/test-version", "{\"on\":false}");
        long onFormal = call("/open-apis/drive/v1/files", token);
        // THEN enabled at once for testing, gone on the formal version
        then(applied.get("data").get("tenant").get("applied").get(0).get("state").stringValue()).isEqualTo("enabled");
        then(onTest).isZero();
        then(onFormal).isEqualTo(99991672L);
    }

    @Test
    void should_let_the_developer_debug_with_their_own_user_token_right_after_applying() {
        // GIVEN cli_bare applies for bitable:app for the user identity (debuggable with a user token per seed 001)
        post("/scopekit/admin/apps/cli_bare/applications", "{\"scopes\":{\"user\":[\"bitable:app\"]}}");
        String developer = post("/scopekit/test/user_access_token",
                "{\"app_id\":\"cli_bare\",\"open_id\":\"ou_alice\",\"scopes\":[\"bitable:app\"]}")
                .get("data").get("access_token").stringValue();
        String other = post("/scopekit/test/user_access_token",
                "{\"app_id\":\"cli_bare\",\"open_id\":\"ou_bob\",\"scopes\":[\"bitable:app\"]}")
                .get("data").get("access_token").stringValue();
        // WHEN both list the roles of a base
        long asDeveloper = call("/open-apis/bitable/v1/apps/app1/roles", developer);
        long asOther = call("/open-apis/bitable/v1/apps/app1/roles", other);
        // THEN the developer's token is served without a release, another user's is not
        then(asDeveloper).isZero();
        then(asOther).isEqualTo(99991672L);
    }

    @Test
    void should_answer_unknown_apps_versions_and_steps_with_an_error_body() {
        // GIVEN / WHEN
        SimResponse app = raw("GET", "/scopekit/admin/apps/cli_nope", "", null);
        SimResponse version = raw("POST", "/scopekit/admin/apps/cli_bare/versions/9.9.9/submit", "", null);
        SimResponse badNumber = raw("POST", "/scopekit/admin/apps/cli_bare/versions", "{\"version\":\"one\"}", null);
        SimResponse twice = raw("POST", "/scopekit/admin/apps/cli_bare/versions/1.0.0/approve", "", null);
        SimResponse userOfOtherTenant = raw("POST", "/scopekit/test/user_access_token",
                "{\"app_id\":\"cli_bare\",\"open_id\":\"ou_nobody\"}", null);
        // THEN 4xx with the simulator's error body
        then(app.status()).isEqualTo(404);
        then(app.body()).contains("unknown app 'cli_nope'");
        then(version.status()).isEqualTo(404);
        then(badNumber.status()).isEqualTo(400);
        then(badNumber.body()).contains("like 1.0.0");
        then(twice.status()).isEqualTo(404);
        then(userOfOtherTenant.status()).isEqualTo(404);
    }

    @Test
    void should_mark_a_user_token_on_a_tenant_only_api_as_unspecified_rather_than_invent_a_code() {
        // GIVEN a user token of cli_contacts
        String token = post("/scopekit/test/user_access_token",
                "{\"app_id\":\"cli_contacts\",\"open_id\":\"ou_bob\",\"scopes\":[]}").get("data").get("access_token")
                .stringValue();
        // WHEN it calls the HR API that takes only tenant tokens
        JsonNode r = SimHttp.JSON.readTree(raw("GET", "/open-apis/corehr/v1/authorizations/get_by_param", "", token).body());
        // THEN the simulator's unspecified marker
        then(r.get("code").asLong()).isEqualTo(-1L);
        then(r.get("msg").stringValue()).startsWith("unspecified (unspecified-by-the-rules)")
                .contains("does not take this token type");
    }
}
