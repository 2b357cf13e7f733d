package io.scopekit.cli;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopekit explain} end to end, on the embedded (shipped) specs. */
class ExplainCommandAcceptanceTest {
    /** Runs explain with no --specs, so on the specs embedded in the build. */
    private static Result explain(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "explain";
        System.arraycopy(args, 0, all, 1, args.length);
        return scopekit(all);
    }

    @Test
    @DisplayName("seed 000 调用接口后的行为说明: explain prints fail, the guide prompt and the source passage")
    void should_print_outcome_prompts_records_and_sources_when_feishu_denied() {
        // WHEN
        Result r = explain("--platform", "feishu-gadget", "--scope", "scope.userInfo", "--state", "denied",
                "--action", "call-api");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        then(r.out()).contains("outcome:        fail")
                .contains("guide-to-settings(scope.userInfo)")
                .contains("scope.userInfo=denied")
                .contains("Denied scope: fail and guide the user to the settings page  [consent/calls.drl]")
                .contains("000_de03a4aa8ad1be62.txt §调用接口后的行为说明: 如果用户已拒绝授权")
                .contains("err-msg: feishu-gadget behaviour.denyErrMsg is unspecified");
    }

    @Test
    @DisplayName("seed 000 权限说明 + 002 scope 列表: explain --json documents outcome, prompts, records, unspecified, rules")
    void should_print_documented_json_shape() throws Exception {
        Result r = explain("--platform", "uni-authorize", "--container", "bytedance", "--scope", "scope.writePhotosAlbum",
                "--state", "never-asked", "--action", "call-api", "--api", "saveVideo", "--answer", "allow", "--json");
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        then(j.path("situation").path("container").asString()).isEqualTo("bytedance");
        then(j.path("outcome").asString()).isEqualTo("success");
        then(j.path("prompts").get(0).path("kind").asString()).isEqualTo("consent");
        // seed 002: the port keeps the answer; bytedance keeps it under its own name for the album scope
        then(j.path("recordsAfter").path("scope.album").asString()).isEqualTo("granted");
        then(j.path("unspecified").has("records")).isFalse();
        then(j.path("firedRules").get(0).path("name").asString()).isEqualTo("Port container uses its own name for the scope");
        then(j.path("firedRules").get(0).path("passage").asString()).contains("scope.album");
    }

    @Test
    @DisplayName("seed 000 权限说明: --client-version below the gate → success, no prompt, no record")
    void should_need_no_authorization_below_gate_from_cli() {
        Result r = explain("--platform", "feishu-gadget", "--scope", "scope.appBadge", "--action", "call-api",
                "--client-version", "5.8");
        then(r.out()).contains("outcome:        success").contains("prompts:        none").contains("records after:  none");
    }

    @Test
    void should_exit_2_naming_valid_platforms_when_platform_unknown() {
        Result r = explain("--platform", "nope", "--scope", "scope.x", "--action", "call-api");
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("unknown platform 'nope'").contains("feishu-gadget").contains("uni-authorize");
    }

    @Test
    void should_exit_2_naming_valid_scopes_when_scope_unknown() {
        Result r = explain("--platform", "feishu-gadget", "--scope", "scope.nope", "--action", "call-api");
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("unknown scope 'scope.nope'").contains("scope.camera");
    }

    @Test
    void should_exit_2_naming_valid_actions_when_action_unknown() {
        Result r = explain("--platform", "feishu-gadget", "--scope", "scope.camera", "--action", "dance");
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("unknown ActionType 'dance'").contains("call-api").contains("upgrade-client");
    }

    @Test
    void should_exit_2_naming_the_scope_apis_when_api_unknown() {
        Result r = explain("--platform", "feishu-gadget", "--scope", "scope.record", "--action", "call-api", "--api", "nope");
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("'nope'").contains("getRecorderManager").contains("CameraContext.startRecord");
    }

    @Test
    void should_exit_2_with_file_and_line_when_rules_malformed() {
        Result r = explain("--platform", "feishu-gadget", "--scope", "scope.camera", "--action", "call-api",
                "--rules", "scopekit-cli/src/test/resources/rules-malformed");
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).containsPattern("rules-malformed/broken\\.drl:7");
    }

    @Test
    @DisplayName("docs/explain.md Several steps: denied, then reinstall, then a call — each step on the records the one before left")
    void should_decide_each_step_on_the_records_left_when_steps_follow_with_then() throws Exception {
        // GIVEN scope.record denied and scope.camera granted on a WeChat mini-program (the docs/explain.md example)
        // WHEN the user reinstalls, the app calls wx.startRecord, the user changes device, the app opens the camera
        Result r = explain("--platform", "wechat-miniprogram", "--scope", "scope.record", "--state", "denied",
                "--record", "scope.camera=granted", "--action", "reinstall", "--then", "call-api:wx.startRecord",
                "--then", "change-device", "--then", "call-api:wx.createVKSession", "--json");

        // THEN four steps: the denial and the grant survive both changes (records kept in the backend)
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        then(j.path("records").path("scope.record").asString()).isEqualTo("denied");
        then(j.path("records").path("scope.camera").asString()).isEqualTo("granted");
        then(j.path("steps").size()).isEqualTo(4);
        then(j.path("steps").get(0).path("recordsAfter").path("scope.record").asString()).isEqualTo("denied");
        then(j.path("steps").get(1).path("situation").path("api").asString()).isEqualTo("wx.startRecord");
        then(j.path("steps").get(1).path("situation").path("state").asString()).isEqualTo("denied");
        then(j.path("steps").get(1).path("outcome").asString()).isEqualTo("fail");
        then(j.path("steps").get(1).path("prompts").size()).isZero();
        then(j.path("steps").get(3).path("scope").asString()).isEqualTo("scope.camera");
        then(j.path("steps").get(3).path("outcome").asString()).isEqualTo("success");
        then(j.path("stopped").isNull()).isTrue();
    }

    @Test
    @DisplayName("seed 000 授权有效期: below Feishu 3.5 a reinstall leaves records unspecified, so later steps stop")
    void should_stop_after_a_step_that_leaves_the_records_unspecified() {
        // GIVEN a Feishu 3.4 user who denied scope.camera
        // WHEN the client is reinstalled, then the camera is called
        Result r = explain("--platform", "feishu-gadget", "--scope", "scope.camera", "--state", "denied",
                "--client-version", "3.4", "--action", "reinstall", "--then", "call-api:camera@allow");

        // THEN the first step is explained and the second is not decided, saying why
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        then(r.out()).contains("Step 1 of 2:").doesNotContain("Step 2 of 2:")
                .contains("Stopped: step 1 leaves the records unspecified");
    }

    @Test
    @DisplayName("explain --then with an unknown API or a malformed --record is a usage error naming it")
    void should_exit_2_when_a_step_or_record_is_malformed() {
        // WHEN
        Result api = explain("--platform", "wechat-miniprogram", "--scope", "scope.record", "--action", "get-setting",
                "--then", "call-api:wx.noSuchApi");
        Result record = explain("--platform", "wechat-miniprogram", "--scope", "scope.record", "--action",
                "get-setting", "--record", "scope.camera");
        // THEN
        then(api.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(api.err()).contains("wx.noSuchApi");
        then(record.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(record.err()).contains("expected SCOPE=STATE");
    }
}
