package io.scopekit.simulator;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.simulator.SimHttp.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The simulator over real HTTP (WireMock on 127.0.0.1) with its built-in world (docs/simulator.md). */
class FeishuSimulatorHttpTest {

    private static FeishuSimulator simulator;
    private static SimHttp http;

    @BeforeAll
    static void start() {
        simulator = FeishuSimulator.create(SimHttp.model(), SimulatorConfig.defaults(SimHttp.model())).start(0);
        http = new SimHttp(simulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static List<String> violations(JsonNode body, String type) {
        return body.get("error").get("permission_violations").valueStream()
                .peek(v -> then(v.get("type").stringValue()).isEqualTo(type))
                .map(v -> v.get("subject").stringValue()).toList();
    }

    @Test
    void should_return_user_id_when_the_tenant_token_app_holds_the_field_permission() {
        // GIVEN cli_contacts with contact:user.employee_id:readonly for the app identity
        String token = http.tenantToken("cli_contacts", "contacts-secret");
        // WHEN the user is fetched
        Reply r = http.get("/open-apis/contact/v3/users/ou_alice?user_id_type=open_id", token);
        // THEN it succeeds with user_id
        then(r.status()).isEqualTo(200);
        then(r.body().get("code").asLong()).isZero();
        then(r.body().get("data").get("user").get("user_id").stringValue()).isEqualTo("alice");
        then(r.body().get("data").get("user").get("open_id").stringValue()).isEqualTo("ou_alice");
    }

    @Test
    void should_withhold_user_id_and_still_succeed_when_the_user_identity_lacks_the_field_permission() {
        // GIVEN a user token of cli_contacts, whose user identity holds the base permission but not the field one
        String token = http.userToken("cli_contacts", "ou_bob", "[\"contact:contact.base:readonly\"]", 7200);
        // WHEN the user is fetched
        Reply r = http.get("/open-apis/contact/v3/users/ou_alice", token);
        // THEN the call succeeds without user_id (seed 001, 字段权限要求)
        then(r.body().get("code").asLong()).isZero();
        then(r.body().get("data").get("user").has("user_id")).isFalse();
        then(r.body().get("data").get("user").get("name").stringValue()).isEqualTo("Alice");
    }

    @Test
    void should_refuse_with_99991672_listing_every_any_of_permission_when_the_app_holds_none() {
        // GIVEN cli_bare, which has applied for nothing
        String token = http.tenantToken("cli_bare", "bare-secret");
        // WHEN it calls contact user get
        Reply r = http.get("/open-apis/contact/v3/users/ou_alice", token);
        // THEN 99991672 with action_scope_required for each permission of the any-of group
        then(r.status()).isEqualTo(400);
        then(r.body().get("code").asLong()).isEqualTo(99991672L);
        then(violations(r.body(), "action_scope_required")).containsExactly("contact:contact.base:readonly",
                "contact:contact:access_as_app", "contact:contact:readonly", "contact:contact:readonly_as_app");
    }

    @Test
    void should_refuse_with_99991679_when_the_user_has_not_granted_the_permission_to_the_token() {
        // GIVEN a user token of cli_contacts that carries no grant
        String token = http.userToken("cli_contacts", "ou_bob", "[]", 7200);
        // WHEN the user is fetched
        Reply r = http.get("/open-apis/contact/v3/users/ou_alice", token);
        // THEN 99991679 with action_privilege_required
        then(r.body().get("code").asLong()).isEqualTo(99991679L);
        then(violations(r.body(), "action_privilege_required")).contains("contact:contact.base:readonly");
    }

    @Test
    void should_not_serve_a_user_token_from_a_tenant_identity_grant() {
        // GIVEN cli_contacts holds contact:user.employee_id:readonly for the tenant identity only, and the user grants it
        String token = http.userToken("cli_contacts", "ou_bob",
                "[\"contact:contact.base:readonly\",\"contact:user.employee_id:readonly\"]", 7200);
        // WHEN the user is fetched with the user token
        Reply r = http.get("/open-apis/contact/v3/users/ou_alice", token);
        // THEN user_id is still withheld: a grant of one identity does not serve a token of the other
        then(r.body().get("code").asLong()).isZero();
        then(r.body().get("data").get("user").has("user_id")).isFalse();
    }

    @Test
    void should_answer_the_token_errors_with_the_codes_the_spec_cites() {
        // GIVEN no token, an unknown token, an expired user token
        String expired = http.userToken("cli_contacts", "ou_bob", "[\"contact:contact.base:readonly\"]", 0);
        // WHEN each is used
        Reply missing = http.get("/open-apis/contact/v3/users/ou_alice", null);
        Reply unknownTenant = http.get("/open-apis/contact/v3/users/ou_alice", "t-0000");
        Reply unknownUser = http.get("/open-apis/contact/v3/users/ou_alice", "u-0000");
        Reply late = http.get("/open-apis/contact/v3/users/ou_alice", expired);
        // THEN each is a Feishu error body with the spec's code
        then(missing.body().get("code").asLong()).isEqualTo(code("token-missing"));
        then(unknownTenant.body().get("code").asLong()).isEqualTo(code("tenant-token-invalid"));
        then(unknownUser.body().get("code").asLong()).isEqualTo(code("user-token-invalid"));
        then(late.body().get("code").asLong()).isEqualTo(code("user-token-expired"));
        then(List.of(missing, unknownTenant, unknownUser, late)).allSatisfy(r -> then(r.status()).isEqualTo(400));
    }

    static long code(String when) {
        return SimHttp.model().errors().stream().filter(e -> e.when().equals(when)).findFirst()
                .map(e -> e.code()).orElseThrow();
    }

    @Test
    void should_serve_one_api_of_each_any_of_group_once_its_permission_is_enabled() {
        // GIVEN cli_contacts and a tenant token
        String token = http.tenantToken("cli_contacts", "contacts-secret");
        // WHEN it calls the calendar list, which its reviewExempt calendar:calendar:readonly is not yet applied for
        Reply before = http.get("/open-apis/calendar/v4/calendars", token);
        Reply applied = http.post("/scopekit/admin/apps/cli_contacts/applications",
                "{\"scopes\":{\"tenant\":[\"calendar:calendar:readonly\"]}}", null);
        Reply after = http.get("/open-apis/calendar/v4/calendars", token);
        // THEN refused before; the review-exempt permission is enabled right after applying; served after
        then(before.body().get("code").asLong()).isEqualTo(99991672L);
        then(applied.body().get("data").get("tenant").get("applied").get(0).get("state").stringValue())
                .isEqualTo("enabled");
        then(after.body().get("code").asLong()).isZero();
    }

    @Test
    void should_refuse_a_user_token_send_holding_one_of_its_all_of_permissions_and_serve_it_holding_both() {
        // GIVEN an app whose user identity holds im:message only, and one holding im:message and
        // im:message.send_as_user (apis[].allOf of im.v1.messages.create for the user identity); the user grants both
        String yaml = """
                platform: feishu-openplatform
                tenants:
                  - key: acme
                    name: Acme Ltd
                    users:
                      - {openId: ou_bob, userId: bob, unionId: on_bob, name: Bob}
                apps:
                  - {id: cli_part, secret: s1, type: custom, tenant: acme, enabled: {user: [im:message]}}
                  - {id: cli_both, secret: s2, type: custom, tenant: acme,
                     enabled: {user: [im:message, im:message.send_as_user]}}
                """;
        try (FeishuSimulator sim = FeishuSimulator.create(SimHttp.model(),
                SimulatorConfig.parse("all-of.yaml", yaml, SimHttp.model())).start(0)) {
            SimHttp h = new SimHttp(sim.baseUrl());
            String grants = "[\"im:message\",\"im:message.send_as_user\"]";
            String part = h.userToken("cli_part", "ou_bob", grants, 7200);
            String both = h.userToken("cli_both", "ou_bob", grants, 7200);
            String message = "{\"receive_id\":\"ou_bob\",\"msg_type\":\"text\",\"content\":\"{}\"}";

            // WHEN each sends a message with its user token
            Reply refused = h.post("/open-apis/im/v1/messages?receive_id_type=open_id", message, part);
            Reply served = h.post("/open-apis/im/v1/messages?receive_id_type=open_id", message, both);

            // THEN the first is refused, naming the missing permission (no source gives the code: the simulator's
            // marker), and the second is served
            then(refused.status()).isEqualTo(400);
            then(refused.body().get("code").asLong()).isNotZero();
            then(refused.body().get("msg").stringValue()).contains("im:message.send_as_user");
            then(served.body().get("code").asLong()).isZero();
        }
    }

    @Test
    void should_answer_unknown_app_and_bad_secret_at_the_token_endpoint_with_an_error_body() {
        // GIVEN / WHEN
        Reply unknown = http.post("/open-apis/auth/v3/tenant_access_token/internal",
                "{\"app_id\":\"cli_nope\",\"app_secret\":\"x\"}", null);
        Reply badSecret = http.post("/open-apis/auth/v3/app_access_token/internal",
                "{\"app_id\":\"cli_bare\",\"app_secret\":\"wrong\"}", null);
        Reply malformed = http.post("/open-apis/auth/v3/tenant_access_token/internal", "{\"app_id\":", null);
        // THEN error bodies, never a 500
        then(unknown.body().get("code").asLong()).isNotZero();
        // the sources cited by the spec give no code for a wrong secret: the simulator's marker, saying so
        then(badSecret.body().get("code").asLong()).isEqualTo(-1L);
        then(badSecret.body().get("msg").stringValue()).startsWith("unspecified (app-secret-invalid)");
        then(malformed.status()).isEqualTo(400);
        then(malformed.body().get("msg").stringValue()).contains("malformed JSON at line 1");
    }

    @Test
    void should_give_the_same_answer_in_process_and_over_http() {
        // GIVEN a tenant token of cli_bare
        String token = http.tenantToken("cli_bare", "bare-secret");
        // WHEN one request goes over HTTP and the same in-process
        Reply overHttp = http.get("/open-apis/drive/v1/files", token);
        SimResponse inProcess = simulator.handle(new SimRequest("GET", "/open-apis/drive/v1/files", Map.of(),
                Map.of("Authorization", "Bearer " + token), ""));
        // THEN the same status and body
        then(inProcess.status()).isEqualTo(overHttp.status());
        then(inProcess.body()).isEqualTo(overHttp.text());
    }
}
