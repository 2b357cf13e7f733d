package io.scopekit.oracle;

import static io.scopekit.consent.RecordState.DENIED;
import static io.scopekit.consent.RecordState.GRANTED;
import static io.scopekit.testsupport.Oracles.on;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.testsupport.Oracles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Every documented consent behaviour, asked of the Drools oracle over the shipped (embedded) specs. */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: the oracle only")
@ResourceLock("ConsentOracleAcceptanceTest") // its own fixtures: its methods stay in its thread, in order
class ConsentOracleAcceptanceTest {
    private final ConsentOracle oracle = Oracles.embedded();

    private static List<String> ruleNames(Decision d) {
        return d.firedRules().stream().map(FiredRule::name).toList();
    }

    @Test
    @DisplayName("seed 000 调用接口后的行为说明: denied → fail + guide to settings (Feishu)")
    void should_fail_and_guide_to_settings_when_feishu_scope_denied() {
        // GIVEN scope.userInfo denied on Feishu
        // WHEN getUserInfo is called
        Decision d = oracle.decide(on("feishu-gadget").record("scope.userInfo", DENIED).doing(Action.callApi("getUserInfo")));
        // THEN fail with the guide prompt; record kept; errMsg unspecified (seed gives no text)
        then(d.outcome()).isEqualTo(Outcome.FAIL);
        then(d.prompts()).containsExactly(Prompt.guideToSettings("scope.userInfo"));
        then(d.recordsAfter()).containsExactlyEntriesOf(Map.of("scope.userInfo", DENIED));
        then(d.unspecified()).containsKeys(Aspect.ERR_MSG, Aspect.ERRNO);
        then(d.firedRules()).anySatisfy(r -> {
            then(r.seed()).isEqualTo("000_de03a4aa8ad1be62.txt");
            then(r.section()).isEqualTo("调用接口后的行为说明");
            then(r.passage()).contains("引导用户前往权限设置界面");
            then(r.file()).isEqualTo("consent/calls.drl");
        });
    }

    @Test
    @DisplayName("seed 004 引导用户重新授权 + 处理用户拒绝授权: denied → fail, no prompt, errMsg 'auth deny'/'auth denied' (WeChat)")
    void should_fail_without_prompt_when_wechat_scope_denied() {
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.record", DENIED).doing(Action.callApi("wx.startRecord")));
        then(d.outcome()).isEqualTo(Outcome.FAIL);
        then(d.prompts()).isEmpty();
        then(d.errMsgPatterns()).containsExactlyInAnyOrder("auth deny", "auth denied");
        then(d.isUnspecified(Aspect.ERRNO)).isTrue();
        then(d.recordsAfter()).containsEntry("scope.record", DENIED);
    }

    @Test
    @DisplayName("seed 002 authorize: denied → fail, no prompt (uni port, wechat container)")
    void should_fail_without_prompt_when_uni_scope_denied() {
        Decision d = oracle.decide(on("uni-authorize").container("wechat").record("scope.userLocation", DENIED)
                .doing(Action.callApi("getLocation")));
        then(d.outcome()).isEqualTo(Outcome.FAIL);
        then(d.prompts()).isEmpty();
        then(d.isUnspecified(Aspect.ERR_MSG)).isTrue();
    }

    @Test
    @DisplayName("seed 000 调用接口后的行为说明: granted → proceed")
    void should_succeed_without_prompt_when_scope_granted() {
        Decision d = oracle.decide(on("feishu-gadget").record("scope.clipboard", GRANTED).doing(Action.callApi("getClipboardData")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).isEmpty();
        then(d.recordsAfter()).containsEntry("scope.clipboard", GRANTED);
        then(ruleNames(d)).contains("Granted scope: the call proceeds");
    }

    @Test
    @DisplayName("seed 000 调用接口后的行为说明 + 授权有效期: never asked → consent prompt, allow → success + granted")
    void should_prompt_and_grant_when_never_asked_and_allowed() {
        Decision d = oracle.decide(on("feishu-gadget").answer(Answer.ALLOW).doing(Action.callApi("startLocationUpdate")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).containsExactly(Prompt.consent("scope.userLocation"));
        then(d.recordsAfter()).containsExactlyEntriesOf(Map.of("scope.userLocation", GRANTED));
    }

    @Test
    @DisplayName("seed 004 调用接口发起授权: never asked → consent prompt, deny → fail + denied recorded")
    void should_fail_and_record_denied_when_never_asked_and_denied() {
        Decision d = oracle.decide(on("wechat-minigame").appKind("mini-game").answer(Answer.DENY).doing(Action.callApi("wx.getLocation")));
        then(d.outcome()).isEqualTo(Outcome.FAIL);
        then(d.prompts()).containsExactly(Prompt.consent("scope.userLocation"));
        then(d.recordsAfter()).containsEntry("scope.userLocation", DENIED);
        then(d.errMsgPatterns()).contains("auth deny");
    }

    @Test
    @DisplayName("seed 000 调用接口后的行为说明: never asked without a scripted answer → outcome unspecified")
    void should_leave_outcome_unspecified_when_no_answer_scripted() {
        Decision d = oracle.decide(on("feishu-gadget").doing(Action.callApi("getStepCount")));
        then(d.prompts()).containsExactly(Prompt.consent("scope.runData"));
        then(d.outcome()).isNull();
        then(d.unspecified()).containsKeys(Aspect.OUTCOME, Aspect.RECORDS);
    }

    @Test
    @DisplayName("seed 000 权限说明: below the 5.21 gate no authorization is needed (5.9 < 5.21); at 5.21 it is (inclusive)")
    void should_need_no_authorization_below_gate_and_prompt_at_gate() {
        Decision below = oracle.decide(on("feishu-gadget").clientVersion("5.9").doing(Action.callApi("camera")));
        then(below.outcome()).isEqualTo(Outcome.SUCCESS);
        then(below.prompts()).isEmpty();
        then(below.recordsAfter()).isEmpty();
        then(ruleNames(below)).contains("Below the version gate no authorization is needed");

        Decision at = oracle.decide(on("feishu-gadget").clientVersion("5.21").answer(Answer.ALLOW).doing(Action.callApi("camera")));
        then(at.prompts()).containsExactly(Prompt.consent("scope.camera"));
        then(at.recordsAfter()).containsEntry("scope.camera", GRANTED);
    }

    @Test
    @DisplayName("seed 003 权限列表: cancelled scope (已取消授权，可以直接调用对应接口) → success, nothing recorded")
    void should_call_directly_when_scope_cancelled() {
        Decision d = oracle.decide(on("wechat-miniprogram").doing(Action.callApi("wx.chooseAddress")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).isEmpty();
        then(d.recordsAfter()).isEmpty();
    }

    @Test
    @DisplayName("seed 003 权限列表: authorizing a cancelled scope is not described → unspecified")
    void should_leave_authorize_of_cancelled_scope_unspecified() {
        Decision d = oracle.decide(on("wechat-miniprogram").doing(Action.authorize("scope.address")));
        then(d.outcome()).isNull();
        then(d.unspecified().get(Aspect.OUTCOME)).contains("cancelled");
    }

    @Test
    @DisplayName("seed 003 权限列表: scope.userInfo recycled in mini-programs → unspecified, but usable in mini-games")
    void should_mark_recycled_user_info_unspecified_in_mini_programs_but_prompt_in_mini_games() {
        Decision mp = oracle.decide(on("wechat-miniprogram").answer(Answer.ALLOW).doing(Action.callApi("wx.getUserInfo")));
        then(mp.outcome()).isNull();
        then(mp.unspecified().get(Aspect.OUTCOME)).contains("recycled");

        Decision mg = oracle.decide(on("wechat-minigame").appKind("mini-game").answer(Answer.ALLOW).doing(Action.callApi("wx.getUserInfo")));
        then(mg.outcome()).isEqualTo(Outcome.SUCCESS);
        then(mg.prompts()).containsExactly(Prompt.consent("scope.userInfo"));
    }

    @Test
    @DisplayName("seed 004 提前发起授权 + 获取用户授权设置: authorize ahead of a never-asked scope prompts")
    void should_prompt_when_authorizing_never_asked_scope() {
        Decision d = oracle.decide(on("wechat-miniprogram").answer(Answer.ALLOW).doing(Action.authorize("scope.record")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).containsExactly(Prompt.consent("scope.record"));
        then(d.recordsAfter()).containsEntry("scope.record", GRANTED);
    }

    @Test
    @DisplayName("wx.authorize doc: authorizing a granted scope succeeds without a prompt")
    void should_succeed_without_prompt_when_authorizing_granted_scope() {
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.record", GRANTED).doing(Action.authorize("scope.record")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).isEmpty();
    }

    @Test
    @DisplayName("seed 004 引导用户重新授权: wx.authorize on a denied scope fails without a prompt")
    void should_fail_without_prompt_when_authorizing_denied_scope() {
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.camera", DENIED).doing(Action.authorize("scope.camera")));
        then(d.outcome()).isEqualTo(Outcome.FAIL);
        then(d.prompts()).isEmpty();
        then(d.errMsgPatterns()).contains("auth denied");
    }

    @Test
    @DisplayName("seed 004 获取用户授权设置: getSetting tri-state (granted true, denied false, never asked absent)")
    void should_report_tri_state_auth_setting() {
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.record", GRANTED).record("scope.camera", DENIED)
                .doing(Action.getSetting()));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.authSetting()).containsExactlyInAnyOrderEntriesOf(Map.of("scope.record", true, "scope.camera", false));
    }

    @Test
    @DisplayName("seed 000 (no settings API described): Feishu getSetting → unspecified with the spec's reason")
    void should_leave_get_setting_unspecified_on_feishu() {
        Decision d = oracle.decide(on("feishu-gadget").doing(Action.getSetting()));
        then(d.outcome()).isNull();
        then(d.authSetting()).isNull();
        then(d.unspecified().get(Aspect.AUTH_SETTING)).contains("behaviour.getSetting is unspecified");
    }

    @Test
    @DisplayName("seed 004 引导用户重新授权: the settings page lists only scopes ever requested")
    void should_list_only_requested_scopes_on_settings_page() {
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.record", GRANTED).record("scope.camera", DENIED)
                .doing(Action.openSetting()));
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.settingsList()).containsExactly("scope.camera", "scope.record");
    }

    @Test
    @DisplayName("wx-mp-authorize 打开设置界面 (引导用户开启授权): toggling on → granted; off → records unspecified (no WeChat page says)")
    void should_grant_when_toggling_on_and_leave_records_unspecified_when_toggling_off_in_wechat_settings() {
        // GIVEN / WHEN a denied scope switched on, a granted one switched off
        Decision on = oracle.decide(on("wechat-miniprogram").record("scope.camera", DENIED).doing(Action.toggleSetting("scope.camera", true)));
        Decision off = oracle.decide(on("wechat-miniprogram").record("scope.camera", GRANTED).doing(Action.toggleSetting("scope.camera", false)));
        // THEN on grants; what off records is not stated, citing the switch-on-only entry
        then(on.recordsAfter()).containsEntry("scope.camera", GRANTED);
        then(ruleNames(on)).contains("Switching a listed scope on grants it where only switching on is documented");
        then(off.recordsAfter()).isNull();
        then(off.unspecified().get(Aspect.RECORDS)).contains("switch-on-only");
        then(ruleNames(off)).contains("Switching a listed scope off: what it records is not described");
    }

    @Test
    @DisplayName("douyin-ma-authorization 授权机制 (后续调用结果随设置实时更新): toggling off → denied")
    void should_deny_when_toggling_off_where_the_source_says_calls_follow_the_setting() {
        Decision off = oracle.decide(on("bytedance").record("scope.camera", GRANTED).doing(Action.toggleSetting("scope.camera", false)));
        then(off.recordsAfter()).containsEntry("scope.camera", DENIED);
        then(off.outcome()).isEqualTo(Outcome.DONE);
        then(ruleNames(off)).contains("Switching a listed scope on grants it, off denies it");
    }

    @Test
    @DisplayName("seed 004 引导用户重新授权: a never-requested scope is not listed, so toggling it is unspecified")
    void should_leave_toggle_of_never_requested_scope_unspecified() {
        Decision d = oracle.decide(on("wechat-miniprogram").doing(Action.toggleSetting("scope.camera", true)));
        then(d.recordsAfter()).isNull();
        then(d.unspecified().get(Aspect.RECORDS)).contains("never requested");
    }

    @Test
    @DisplayName("seed 004 重置授权记录: deleting the app resets every record (WeChat)")
    void should_reset_every_record_when_app_deleted() {
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.record", GRANTED).record("scope.camera", DENIED)
                .doing(Action.deleteApp()));
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.recordsAfter()).isEmpty();
    }

    @Test
    @DisplayName("seed 000 授权有效期: records survive reinstall and device change from Feishu 3.5; below 3.5 unspecified")
    void should_keep_records_from_3_5_and_leave_them_unspecified_below() {
        Decision reinstall = oracle.decide(on("feishu-gadget").clientVersion("3.5").record("scope.record", DENIED).doing(Action.reinstall()));
        then(reinstall.recordsAfter()).containsEntry("scope.record", DENIED);
        Decision device = oracle.decide(on("feishu-gadget").clientVersion("6.0").record("scope.record", GRANTED).doing(Action.changeDevice("ipad")));
        then(device.recordsAfter()).containsEntry("scope.record", GRANTED);
        Decision old = oracle.decide(on("feishu-gadget").clientVersion("3.4").record("scope.record", GRANTED).doing(Action.changeDevice("ipad")));
        then(old.recordsAfter()).isNull();
        then(old.unspecified().get(Aspect.RECORDS)).contains("3.5");
    }

    @Test
    @DisplayName("douyin-ma-authorization 授权状态存储: device-local records (当前设备当前账号下) are gone on another device")
    void should_reset_every_record_when_bytedance_user_changes_device() {
        // GIVEN ByteDance records one granted and one denied scope on this device (spec recordSync: device-local)
        // WHEN the user moves to another device
        Decision d = oracle.decide(on("bytedance").record("scope.record", GRANTED).record("scope.camera", DENIED)
                .doing(Action.changeDevice("ipad")));
        // THEN no callback, and no record follows the user: the first authorization flow starts again
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.recordsAfter()).isEmpty();
        then(d.isUnspecified(Aspect.RECORDS)).isFalse();
        then(d.firedRules()).anySatisfy(r -> {
            then(r.name()).isEqualTo("Device-local records are gone on another device");
            then(r.seed()).contains("developer.open-douyin.com").contains("user-authorization");
            then(r.section()).isEqualTo("授权状态存储");
            then(r.passage()).contains("更换设备或切换账号需重新触发首次授权流程");
        });
    }

    @Test
    @DisplayName("douyin tt.authorize Bug & Tip: 清除抖音缓存或重装抖音会重置权限 → a reinstall wipes the device-local records")
    void should_reset_records_when_bytedance_client_reinstalled() {
        // GIVEN ByteDance records a granted scope on this device
        // WHEN the client is reinstalled on the same device
        Decision d = oracle.decide(on("bytedance").record("scope.record", GRANTED).doing(Action.reinstall()));
        // THEN no callback, and no record is left (recordSync device-local, resetBy [reinstall])
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.recordsAfter()).isEmpty();
        then(d.isUnspecified(Aspect.RECORDS)).isFalse();
        then(ruleNames(d)).contains("Device-local records are wiped by an action the source names");
    }

    @Test
    @DisplayName("授权状态存储: device-local records whose spec names no reset by reinstall → a reinstall leaves them unspecified")
    void should_leave_records_unspecified_when_a_device_local_platform_names_no_reset_and_is_reinstalled(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path specs) throws java.io.IOException {
        // GIVEN the shipped specs with ByteDance's resetBy [reinstall] taken out: device-local records, and no source
        // saying what a reinstall on the same device does (the case a spec author meets before finding such a page)
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("platform-specs"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                java.nio.file.Files.copy(f, specs.resolve(f.getFileName()));
            }
        }
        java.nio.file.Path bytedance = specs.resolve("bytedance.yaml");
        String yaml = java.nio.file.Files.readString(bytedance);
        then(yaml).contains("    resetBy: [reinstall]\n");
        java.nio.file.Files.writeString(bytedance, yaml.replace("    resetBy: [reinstall]\n", ""));
        ConsentOracle silent = ConsentOracles.create(specs, java.nio.file.Path.of("rules"));

        // WHEN the client is reinstalled on the same device
        Decision d = silent.decide(on("bytedance").record("scope.record", GRANTED).doing(Action.reinstall()));

        // THEN no callback, and what happens to the records is not stated
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.isUnspecified(Aspect.RECORDS)).isTrue();
        then(ruleNames(d)).contains("Device-local records: what a reinstall on the same device does is not described");
    }

    @Test
    @DisplayName("douyin-ma-authorization 授权状态存储: nothing is said of a client upgrade → records unspecified")
    void should_leave_records_unspecified_when_bytedance_client_upgraded() {
        // GIVEN ByteDance records a granted scope on this device
        // WHEN the client is upgraded
        Decision d = oracle.decide(on("bytedance").record("scope.record", GRANTED).doing(Action.upgradeClient("99.0")));
        // THEN no callback; what happens to the records is not stated
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.isUnspecified(Aspect.RECORDS)).isTrue();
    }

    @Test
    @DisplayName("wx-mp-authorize 授权有效期: WeChat keeps answers in the backend until the app is deleted → a reinstall keeps them")
    void should_keep_records_when_wechat_client_is_reinstalled() {
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.record", GRANTED).doing(Action.reinstall()));
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.recordsAfter()).containsExactly(java.util.Map.entry("scope.record", GRANTED));
        then(ruleNames(d)).contains("Server-synced records survive reinstall, device change or upgrade");
    }

    @Test
    @DisplayName("alipay.yaml recordSync unspecified: Alipay says nothing of reinstall → records unspecified")
    void should_leave_records_unspecified_when_sync_behaviour_unspecified() {
        Decision d = oracle.decide(on("alipay").record("auth_zhima", GRANTED).doing(Action.reinstall()));
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.isUnspecified(Aspect.RECORDS)).isTrue();
        then(ruleNames(d)).contains("Behaviour the platform's sources leave open");
    }

    @Test
    @DisplayName("seed 000 系统接口权限: 可能会 (may) — the order of the gadget and OS prompts is not promised; OS refusal → outcome unspecified")
    void should_leave_the_prompt_order_unspecified_when_the_seed_says_the_gadget_prompt_may_come_first() {
        // GIVEN a Feishu gadget call that also needs the operating system's permission, both allowed
        // WHEN
        Decision d = oracle.decide(on("feishu-gadget").answer(Answer.ALLOW).osAnswer(Answer.ALLOW)
                .doing(Action.callApiWithOsPrompt("getRecorderManager")));
        // THEN the call succeeds and the prompts are unspecified, citing the seed's "可能会"
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).isNull();
        then(d.unspecified().get(Aspect.PROMPTS)).contains("可能会");
        then(ruleNames(d)).contains("Order of the platform and operating-system prompts is not described");

        Decision refused = oracle.decide(on("feishu-gadget").answer(Answer.ALLOW).osAnswer(Answer.DENY)
                .doing(Action.callApiWithOsPrompt("getRecorderManager")));
        then(refused.outcome()).isNull();
        then(refused.unspecified().get(Aspect.OUTCOME)).contains("refused");
    }

    @Test
    @DisplayName("behaviour.osPromptOrder platform-prompt-first (a spec that promises the order) → consent prompt, then OS prompt")
    void should_show_the_platform_prompt_before_the_os_prompt_when_a_spec_promises_that_order(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path specs) throws java.io.IOException {
        // GIVEN the shipped specs with the Feishu gadget's order made a promise (no shipped source makes it one now,
        // but the value stays in the format for a platform whose page does)
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("platform-specs"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                java.nio.file.Files.copy(f, specs.resolve(f.getFileName()));
            }
        }
        java.nio.file.Path gadget = specs.resolve("feishu-gadget.yaml");
        String yaml = java.nio.file.Files.readString(gadget);
        then(yaml).contains("  osPromptOrder:\n    value: unspecified\n");
        java.nio.file.Files.writeString(gadget, yaml.replace("  osPromptOrder:\n    value: unspecified\n",
                "  osPromptOrder:\n    value: platform-prompt-first\n"));
        ConsentOracle promised = ConsentOracles.create(specs, java.nio.file.Path.of("rules"));

        // WHEN
        Decision d = promised.decide(on("feishu-gadget").answer(Answer.ALLOW).osAnswer(Answer.ALLOW)
                .doing(Action.callApiWithOsPrompt("getRecorderManager")));
        Decision refused = promised.decide(on("feishu-gadget").answer(Answer.ALLOW).osAnswer(Answer.DENY)
                .doing(Action.callApiWithOsPrompt("getRecorderManager")));

        // THEN
        then(d.prompts()).containsExactly(Prompt.consent("scope.record"), Prompt.osPermission("scope.record"));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(ruleNames(d)).contains("Platform prompt first, then the operating-system prompt");
        then(refused.outcome()).isNull();
        then(ruleNames(refused)).contains("Operating-system permission refused or unanswered: the result is not described");
    }

    @Test
    @DisplayName("seed 004 用户授权 (OS prompts not discussed): WeChat OS prompt order → prompts unspecified")
    void should_leave_prompts_unspecified_when_os_prompt_order_unspecified() {
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.camera", GRANTED).osAnswer(Answer.ALLOW)
                .doing(Action.callApiWithOsPrompt("wx.createVKSession")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).isNull();
        then(d.isUnspecified(Aspect.PROMPTS)).isTrue();
    }

    @Test
    @DisplayName("seed 002 scope 列表: a scope the container does not support → unspecified, naming the matrix")
    void should_leave_unsupported_container_scope_unspecified() {
        Decision d = oracle.decide(on("uni-authorize").container("baidu").doing(Action.callApi("getUserInfo")));
        then(d.outcome()).isNull();
        then(d.unspecified().get(Aspect.OUTCOME)).contains("not supported by container baidu per seed 002 matrix");
    }

    @Test
    @DisplayName("douyin scope 列表 + seed 002: uni port on bytedance records scope.writePhotosAlbum under scope.album")
    void should_use_native_scope_name_on_bytedance() {
        Decision d = oracle.decide(on("uni-authorize").container("bytedance").record("scope.album", GRANTED)
                .doing(Action.callApi("saveImage")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.recordsAfter()).containsExactlyEntriesOf(Map.of("scope.album", GRANTED));
        then(ruleNames(d)).first().isEqualTo("Port container uses its own name for the scope");
    }

    @Test
    @DisplayName("seed 002 authorize: never asked → prompt; 已授权 / 已拒绝 imply the port keeps the answer")
    void should_keep_the_answer_on_uni_when_never_asked_and_answered() {
        Decision d = oracle.decide(on("uni-authorize").container("kuaishou").answer(Answer.ALLOW).doing(Action.callApi("startRecord")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).containsExactly(Prompt.consent("scope.record"));
        then(d.recordsAfter()).containsExactlyEntriesOf(Map.of("scope.record", GRANTED));
        then(ruleNames(d)).contains("Record kept after an explicit answer");
    }

    @Test
    @DisplayName("seed 002 scope 列表: auth_base 静默授权，不会发起授权浮窗 → success, no prompt, authCode; records unspecified")
    void should_succeed_without_prompt_when_silent_scope_is_authorized_in_alipay_container() {
        Decision d = oracle.decide(on("uni-authorize").container("alipay").doing(Action.authorize("auth_base")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).isEmpty();
        then(d.responseFields()).contains("authCode");
        then(d.isUnspecified(Aspect.RECORDS)).isTrue();
        then(ruleNames(d)).contains("Silent scope in a port container: authorized without a prompt");
    }

    @Test
    @DisplayName("seed 002 scope 列表 (alipay.yaml consent: silent): my.getAuthCode on Alipay → success, no prompt")
    void should_succeed_without_prompt_when_silent_scope_is_called_on_alipay() {
        Decision d = oracle.decide(on("alipay").doing(Action.callApi("my.getAuthCode")));
        then(d.outcome()).isEqualTo(Outcome.SUCCESS);
        then(d.prompts()).isEmpty();
        then(d.isUnspecified(Aspect.RECORDS)).isTrue();
        then(ruleNames(d)).contains("Silent scope: authorized without a prompt");
    }

    @Test
    @DisplayName("seed 002 authorize: a denied silent scope follows the port's denied rule (fail, no prompt)")
    void should_fail_without_prompt_when_silent_scope_was_denied_on_uni() {
        Decision d = oracle.decide(on("uni-authorize").container("alipay").record("auth_base", DENIED)
                .doing(Action.callApi("my.getAuthCode")));
        then(d.outcome()).isEqualTo(Outcome.FAIL);
        then(d.prompts()).isEmpty();
        then(ruleNames(d)).doesNotContain("Silent scope in a port container: authorized without a prompt");
    }

    @Test
    @DisplayName("seed 002 返回：<Response>（不通用）: Alipay's authorize response carries authCode, authErrorScopes, authSuccessScopes")
    void should_list_alipay_response_fields_on_authorize() {
        Decision d = oracle.decide(on("uni-authorize").container("alipay").answer(Answer.ALLOW).doing(Action.authorize("scope.camera")));
        then(d.responseFields()).containsExactlyInAnyOrder("authCode", "authErrorScopes", "authSuccessScopes");
        Decision wechat = oracle.decide(on("uni-authorize").container("wechat").answer(Answer.ALLOW).doing(Action.authorize("scope.camera")));
        then(wechat.responseFields()).isEmpty();
    }

    @Test
    @DisplayName("no source on upgrades: upgrade-client → done, records unspecified")
    void should_leave_records_unspecified_on_upgrade() {
        Decision d = oracle.decide(on("feishu-gadget").record("scope.record", GRANTED).doing(Action.upgradeClient("7.0")));
        then(d.outcome()).isEqualTo(Outcome.DONE);
        then(d.unspecified().get(Aspect.RECORDS)).contains("no source statement covers upgrade-client");
    }

    @Test
    void should_reject_unknown_platform_api_scope_and_container_naming_choices() {
        thenThrownBy(() -> oracle.decide(on("nope").doing(Action.getSetting())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feishu-gadget");
        thenThrownBy(() -> oracle.decide(on("feishu-gadget").doing(Action.callApi("nope"))))
                .hasMessageContaining("getUserInfo");
        thenThrownBy(() -> oracle.decide(on("feishu-gadget").doing(Action.authorize("scope.nope"))))
                .hasMessageContaining("scope.camera");
        thenThrownBy(() -> oracle.decide(on("uni-authorize").container("x").doing(Action.getSetting())))
                .hasMessageContaining("bytedance");
        thenThrownBy(() -> oracle.decide(on("wechat-minigame").doing(Action.getSetting())))
                .hasMessageContaining("mini-game");
    }
}
