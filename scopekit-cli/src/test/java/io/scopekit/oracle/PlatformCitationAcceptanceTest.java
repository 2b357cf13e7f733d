package io.scopekit.oracle;

import static io.scopekit.consent.RecordState.DENIED;
import static io.scopekit.testsupport.Oracles.on;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.consent.Action;
import io.scopekit.testsupport.Oracles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A fired rule that matched a platform's spec entry cites that platform's source (the entry's document, section
 * and passage), not the example passage in the rule's metadata; rules that match no spec entry keep their own.
 */
class PlatformCitationAcceptanceTest {
    private final ConsentOracle oracle = Oracles.embedded();

    private static FiredRule fired(Decision d, String name) {
        return d.firedRules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " did not fire: " + d.firedRules()));
    }

    @Test
    @DisplayName("wx-mp-authorize 授权: a denied WeChat call is failed citing WeChat's own page, not seed 000")
    void should_cite_wechat_source_when_wechat_call_on_denied_scope() {
        // GIVEN scope.record denied on a WeChat mini-program
        // WHEN wx.startRecord is called
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.record", DENIED)
                .doing(Action.callApi("wx.startRecord")));

        // THEN the failure cites the WeChat spec's deniedCall source (public mini-program page)
        FiredRule r = fired(d, "Denied scope: fail without a prompt");
        then(r.seed()).isEqualTo(
                "https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html");
        then(r.section()).isEqualTo("授权");
        then(r.passage()).contains("不会出现弹窗");
        then(r.file()).isEqualTo("consent/calls.drl");
        // AND the errMsg rule cites the seed-004 passage the WeChat spec gives for denyErrMsg
        then(fired(d, "Denial errMsg contains one of the documented texts").seed())
                .isEqualTo("004_fbe78417d07fe0d6.txt");
    }

    @Test
    @DisplayName("seed 000 调用接口后的行为说明: a denied Feishu call cites seed 000")
    void should_cite_seed_000_when_feishu_call_on_denied_scope() {
        // GIVEN scope.userInfo denied on Feishu
        // WHEN getUserInfo is called
        Decision d = oracle.decide(on("feishu-gadget").record("scope.userInfo", DENIED)
                .doing(Action.callApi("getUserInfo")));

        // THEN the failure cites seed 000's denied passage
        FiredRule r = fired(d, "Denied scope: fail and guide the user to the settings page");
        then(r.seed()).isEqualTo("000_de03a4aa8ad1be62.txt");
        then(r.section()).isEqualTo("调用接口后的行为说明");
        then(r.passage()).contains("引导用户前往权限设置界面");
    }

    @Test
    @DisplayName("seed 002 authorize: a denied call on the uni port cites seed 002")
    void should_cite_seed_002_when_uni_call_on_denied_scope() {
        // GIVEN scope.userLocation denied in the wechat container of @uni/authorize
        // WHEN getLocation is called
        Decision d = oracle.decide(on("uni-authorize").container("wechat").record("scope.userLocation", DENIED)
                .doing(Action.callApi("getLocation")));

        // THEN the failure cites seed 002 §authorize
        FiredRule r = fired(d, "Denied scope: fail without a prompt");
        then(r.seed()).isEqualTo("002_e6de7b55752006f3.txt");
        then(r.section()).isEqualTo("authorize");
        then(r.passage()).contains("请开发者兼容用户拒绝授权的场景");
    }

    @Test
    @DisplayName("seed 000 权限说明: the version-gate rule cites the gated scope's own row (5.21 for scope.camera)")
    void should_cite_scope_row_when_version_gate_rule_fires() {
        // GIVEN Feishu 5.9, below scope.camera's 5.21 gate
        // WHEN the camera API is called
        Decision d = oracle.decide(on("feishu-gadget").clientVersion("5.9").doing(Action.callApi("camera")));

        // THEN the gate rule cites scope.camera's seed-000 row, which names 5.21
        FiredRule r = fired(d, "Below the version gate no authorization is needed");
        then(r.seed()).isEqualTo("000_de03a4aa8ad1be62.txt");
        then(r.section()).isEqualTo("权限说明");
        then(r.passage()).contains("scope.camera").contains("5.21");
        then(r.file()).isEqualTo("consent/scope-status.drl");
    }

    @Test
    @DisplayName("wx-mp-authorize 授权有效期: a user action cites the platform's own entry for it, not seed 004")
    void should_cite_platform_entry_when_user_action_ends_without_callback() {
        // GIVEN a WeChat mini-program user
        // WHEN the client is upgraded
        Decision d = oracle.decide(on("wechat-miniprogram").doing(Action.upgradeClient("8.0")));

        // THEN the no-callback rule cites WeChat's recordSync entry (records kept in the backend)
        FiredRule r = fired(d, "User and device actions end without a callback");
        then(r.seed()).isEqualTo(
                "https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html");
        then(r.section()).isEqualTo("授权有效期");
    }

    @Test
    @DisplayName("seed 000 调用接口后的行为说明: a Feishu consent answer cites seed 000, not the WeChat mini-game seed 004")
    void should_cite_feishu_passage_when_feishu_consent_is_denied() {
        // GIVEN a never-asked scope on Feishu
        // WHEN the API is called and the user denies
        Decision d = oracle.decide(on("feishu-gadget").answer(io.scopekit.consent.Answer.DENY)
                .doing(Action.callApi("getClipboardData")));

        // THEN "Consent denied: fail" cites Feishu's neverAskedCall passage
        FiredRule r = fired(d, "Consent denied: fail");
        then(r.seed()).isEqualTo("000_de03a4aa8ad1be62.txt");
        then(r.passage()).contains("用户同意授权后");
    }

    @Test
    @DisplayName("wx.authorize 功能描述: authorizing a granted scope cites the passage that says it succeeds without a prompt")
    void should_cite_granted_passage_when_authorizing_granted_scope() {
        // GIVEN scope.record granted on a WeChat mini-program
        // WHEN the app authorizes it ahead
        Decision d = oracle.decide(on("wechat-miniprogram").record("scope.record", io.scopekit.consent.RecordState.GRANTED)
                .doing(Action.authorize("scope.record")));

        // THEN the rule's passage states the no-prompt success
        FiredRule r = fired(d, "Authorizing a granted scope succeeds without a prompt");
        then(r.passage()).contains("如果用户之前已经同意授权，则不会出现弹窗，直接返回成功");
    }
}
