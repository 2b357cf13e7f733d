package io.scopekit.simulator;

import static org.assertj.core.api.BDDAssertions.then;

import com.lark.oapi.Client;
import com.lark.oapi.core.request.RequestOptions;
import com.lark.oapi.core.response.error.ErrorPermissionViolation;
import com.lark.oapi.service.contact.v3.model.GetUserReq;
import com.lark.oapi.service.contact.v3.model.GetUserResp;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Feishu Java SDK ({@code com.larksuite.oapi:oapi-sdk} 2.5.3) pointed at the simulator: the SDK fetches
 * its own tenant token from {@code /open-apis/auth/v3/tenant_access_token/internal}, and every answer surfaces
 * through the SDK's own response types.
 */
class OfficialSdkAgainstSimulatorTest {

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

    private static Client client(String appId, String secret) {
        return Client.newBuilder(appId, secret)
                .openBaseUrl(simulator.baseUrl().toString())
                .requestTimeout(5, TimeUnit.SECONDS)
                .build();
    }

    private static GetUserReq alice() {
        return GetUserReq.newBuilder().userId("ou_alice").userIdType("open_id").build();
    }

    @Test
    void should_fetch_a_user_with_user_id_when_the_app_holds_the_field_permission() throws Exception {
        // GIVEN the SDK as cli_contacts (tenant identity holds contact:user.employee_id:readonly)
        Client sdk = client("cli_contacts", "contacts-secret");
        // WHEN it gets a user with its own tenant token
        GetUserResp resp = sdk.contact().user().get(alice());
        // THEN success, with user_id
        then(resp.success()).isTrue();
        then(resp.getData().getUser().getOpenId()).isEqualTo("ou_alice");
        then(resp.getData().getUser().getUserId()).isEqualTo("alice");
    }

    @Test
    void should_fetch_a_user_without_user_id_when_the_user_identity_lacks_the_field_permission() throws Exception {
        // GIVEN a user token whose identity holds the base permission only
        Client sdk = client("cli_contacts", "contacts-secret");
        String userToken = http.userToken("cli_contacts", "ou_bob", "[\"contact:contact.base:readonly\"]", 7200);
        // WHEN the SDK gets a user with it
        GetUserResp resp = sdk.contact().user().get(alice(), RequestOptions.newBuilder().userAccessToken(userToken).build());
        // THEN success, user_id withheld
        then(resp.success()).isTrue();
        then(resp.getData().getUser().getName()).isEqualTo("Alice");
        then(resp.getData().getUser().getUserId()).isNull();
    }

    @Test
    void should_refuse_the_documented_example_with_99991672() throws Exception {
        // GIVEN / WHEN / THEN the example of docs/simulator.md, "The official SDK against it"
        // doc-example:begin
        Client sdk = Client.newBuilder("cli_bare", "bare-secret")
                .openBaseUrl(simulator.baseUrl().toString())
                .requestTimeout(5, TimeUnit.SECONDS)
                .build();
        GetUserResp resp = sdk.contact().user().get(
                GetUserReq.newBuilder().userId("ou_alice").userIdType("open_id").build());
        then(resp.getCode()).isEqualTo(99991672);
        then(resp.getError().getPermissionViolations()[0].getType()).isEqualTo("action_scope_required");
        // doc-example:end
    }

    @Test
    void should_surface_99991672_with_action_scope_required_when_the_app_lacks_the_permission() throws Exception {
        // GIVEN the SDK as cli_bare, which holds no permission
        Client sdk = client("cli_bare", "bare-secret");
        // WHEN it gets a user
        GetUserResp resp = sdk.contact().user().get(alice());
        // THEN the SDK's response carries 99991672 and the violations
        then(resp.success()).isFalse();
        then(resp.getCode()).isEqualTo(99991672);
        then(Arrays.stream(resp.getError().getPermissionViolations()).map(ErrorPermissionViolation::getType))
                .containsOnly("action_scope_required");
        then(Arrays.stream(resp.getError().getPermissionViolations()).map(ErrorPermissionViolation::getSubject))
                .contains("contact:contact.base:readonly");
    }

    @Test
    void should_surface_99991679_with_action_privilege_required_when_the_user_has_not_granted_it() throws Exception {
        // GIVEN a user token without the user's grant
        Client sdk = client("cli_contacts", "contacts-secret");
        String userToken = http.userToken("cli_contacts", "ou_bob", "[]", 7200);
        // WHEN the SDK gets a user with it
        GetUserResp resp = sdk.contact().user().get(alice(), RequestOptions.newBuilder().userAccessToken(userToken).build());
        // THEN 99991679 and action_privilege_required
        then(resp.getCode()).isEqualTo(99991679);
        then(Arrays.stream(resp.getError().getPermissionViolations()).map(ErrorPermissionViolation::getType))
                .containsOnly("action_privilege_required");
    }

    @Test
    void should_surface_the_token_error_when_the_user_token_has_expired() throws Exception {
        // GIVEN an expired user token
        Client sdk = client("cli_contacts", "contacts-secret");
        String expired = http.userToken("cli_contacts", "ou_bob", "[\"contact:contact.base:readonly\"]", 0);
        // WHEN the SDK uses it
        GetUserResp resp = sdk.contact().user().get(alice(), RequestOptions.newBuilder().userAccessToken(expired).build());
        // THEN the spec's code for an expired user token, in the SDK's response
        then(resp.success()).isFalse();
        then(resp.getCode()).isEqualTo((int) FeishuSimulatorHttpTest.code("user-token-expired"));
        then(resp.getMsg()).contains("expired");
    }
}
