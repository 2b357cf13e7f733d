package io.scopekit.testsupport;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.Situation;
import java.util.List;
import java.util.Map;

/**
 * The API calls the oracle benchmark times and the Cedar comparator is checked on: each ends in success or fail
 * (no unanswered prompt), over granted, denied, never-asked, version-gated and cancelled scopes.
 */
public final class CallSituations {
    private CallSituations() {}

    public static final List<Situation> MIX = List.of(
            // seed 000 调用接口后的行为说明: denied → fail (Feishu)
            call("feishu-gadget", null, Map.of("scope.userInfo", RecordState.DENIED), "getUserInfo", null),
            // seed 004 引导用户重新授权: denied → fail (WeChat)
            call("wechat-miniprogram", null, Map.of("scope.record", RecordState.DENIED), "wx.startRecord", null),
            // seed 000 调用接口后的行为说明: never asked, allow → success
            call("feishu-gadget", null, Map.of(), "getClipboardData", Answer.ALLOW),
            // granted → success
            call("wechat-miniprogram", null, Map.of("scope.camera", RecordState.GRANTED), "wx.createVKSession", null),
            // seed 000 权限说明: 5.9 is below the 5.21 gate → success without authorization
            call("feishu-gadget", "5.9", Map.of(), "camera", null),
            // below the gate even a denied record does not apply → success
            call("feishu-gadget", "5.9", Map.of("scope.camera", RecordState.DENIED), "camera", null),
            // seed 004 调用接口发起授权: never asked, deny → fail
            call("wechat-miniprogram", null, Map.of(), "wx.getLocation", Answer.DENY),
            // seed 003 权限列表: cancelled scope → called directly, success
            call("wechat-miniprogram", null, Map.of("scope.address", RecordState.DENIED), "wx.chooseAddress", null));

    private static Situation call(String platform, String version, Map<String, RecordState> records, String api,
            Answer answer) {
        return new Situation(platform, null, "mini-program", version, records, Action.callApi(api), answer, null);
    }
}
