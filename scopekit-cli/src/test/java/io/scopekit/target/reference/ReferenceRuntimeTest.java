package io.scopekit.target.reference;

import static io.scopekit.testsupport.ReferenceSessions.answering;
import static io.scopekit.testsupport.ReferenceSessions.open;
import static io.scopekit.testsupport.ReferenceSessions.openPort;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.target.ActionResult;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Strictness;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetFactory;
import io.scopekit.testsupport.SpecFixtures;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the reference runtime statement by statement against the seeds it encodes. */
class ReferenceRuntimeTest {

    @Nested
    class FeishuGadget {

        @Test
        void should_proceed_without_prompt_when_scope_granted_on_feishu() {
            // seed 000, 调用接口后的行为说明: 如果用户已授权，会继续执行 API 后续逻辑。
            // GIVEN scope.record granted
            ReferenceSession session = open("feishu-gadget", "mini-program", "6.0");
            session.seed("scope.record", RecordState.GRANTED);
            // WHEN the app calls getRecorderManager
            Observation observed = session.perform(Action.callApi("getRecorderManager")).orElseThrow();
            // THEN it succeeds without a prompt
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(observed.prompts()).isEmpty();
        }

        @Test
        void should_prompt_and_record_grant_when_never_asked_and_user_allows_on_feishu() {
            // seed 000, 调用接口后的行为说明: 未授权过此权限，会弹窗询问用户，用户同意授权后，会继续执行; 授权有效期: 会被记录
            // GIVEN nothing recorded and the user will allow
            ReferenceSession session = answering(open("feishu-gadget", "mini-program", "6.0"), Answer.ALLOW);
            // WHEN the app calls getClipboardData
            Observation observed = session.perform(Action.callApi("getClipboardData")).orElseThrow();
            // THEN a consent prompt is shown, the call succeeds and the grant is kept
            then(observed.prompts()).containsExactly(Prompt.consent("scope.clipboard"));
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(session.records().orElseThrow()).containsExactlyEntriesOf(java.util.Map.of("scope.clipboard", RecordState.GRANTED));
        }

        @Test
        void should_fail_and_record_denial_when_never_asked_and_user_denies_on_feishu() {
            // seed 000, 授权有效期: 一旦用户明确同意或拒绝过授权，其授权信息会被记录。
            // GIVEN nothing recorded and the user will deny
            ReferenceSession session = answering(open("feishu-gadget", "mini-program", "6.0"), Answer.DENY);
            // WHEN the app calls getStepCount
            Observation observed = session.perform(Action.callApi("getStepCount")).orElseThrow();
            // THEN the call fails and the denial is kept
            then(observed.outcome()).isEqualTo(Outcome.FAIL);
            then(session.records().orElseThrow()).containsEntry("scope.runData", RecordState.DENIED);
        }

        @Test
        void should_fail_with_guide_to_settings_prompt_when_scope_denied_on_feishu() {
            // seed 000, 调用接口后的行为说明: 如果用户已拒绝授权，会进入接口 fail 回调，并且弹窗询问用户，引导用户前往权限设置界面。
            // GIVEN scope.bluetooth denied
            ReferenceSession session = open("feishu-gadget", "mini-program", "6.0");
            session.seed("scope.bluetooth", RecordState.DENIED);
            // WHEN the app calls openBluetoothAdapter
            Observation observed = session.perform(Action.callApi("openBluetoothAdapter")).orElseThrow();
            // THEN it fails and the guide prompt is shown
            then(observed.outcome()).isEqualTo(Outcome.FAIL);
            then(observed.prompts()).containsExactly(Prompt.guideToSettings("scope.bluetooth"));
        }

        @Test
        void should_succeed_without_prompt_or_record_when_client_below_gate() {
            // seed 000, 权限说明: scope.camera ✓（飞书 5.21及以上版本生效）; 5.9 < 5.21 numerically
            // GIVEN Feishu 5.9 and no scripted answer
            ReferenceSession session = open("feishu-gadget", "mini-program", "5.9");
            // WHEN the app uses the camera
            Observation observed = session.perform(Action.callApi("camera")).orElseThrow();
            // THEN it succeeds, no prompt, nothing recorded
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(observed.prompts()).isEmpty();
            then(session.records().orElseThrow()).isEmpty();
        }

        @Test
        void should_prompt_when_client_is_exactly_at_gate() {
            // seed 000, 权限说明: 飞书 5.21及以上版本生效 (inclusive)
            // GIVEN Feishu 5.21 and the user will allow
            ReferenceSession session = answering(open("feishu-gadget", "mini-program", "5.21"), Answer.ALLOW);
            // WHEN the app uses the camera
            Observation observed = session.perform(Action.callApi("camera")).orElseThrow();
            // THEN the consent prompt is shown
            then(observed.prompts()).containsExactly(Prompt.consent("scope.camera"));
        }

        @Test
        void should_keep_records_across_reinstall_and_device_change_when_client_is_3_5() {
            // seed 000, 授权有效期: 在飞书客户端 V3.5 及以后版本，授权信息会同步到服务器，更换设备或者卸载重装后不再需要用户重新授权。
            // GIVEN Feishu 3.5 with scope.userLocation granted
            ReferenceSession session = open("feishu-gadget", "mini-program", "3.5");
            session.seed("scope.userLocation", RecordState.GRANTED);
            // WHEN the client is reinstalled and the user moves to another device
            session.perform(Action.reinstall()).orElseThrow();
            session.perform(Action.changeDevice("device-2")).orElseThrow();
            Observation observed = session.perform(Action.callApi("startLocationUpdate")).orElseThrow();
            // THEN the grant is still in force: no prompt
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(observed.prompts()).isEmpty();
            then(session.records().orElseThrow()).containsEntry("scope.userLocation", RecordState.GRANTED);
        }

        @Test
        void should_forget_records_on_reinstall_when_client_below_3_5() {
            // seed 000, 授权有效期 is silent below V3.5; docs/reference-runtime.md: records live on the installation
            // GIVEN Feishu 3.4 with scope.record granted
            ReferenceSession session = open("feishu-gadget", "mini-program", "3.4");
            session.seed("scope.record", RecordState.GRANTED);
            // WHEN the client is reinstalled
            session.perform(Action.reinstall()).orElseThrow();
            // THEN nothing is recorded any more
            then(session.records().orElseThrow()).isEmpty();
        }

        @Test
        void should_upload_local_records_when_client_upgraded_to_3_5() {
            // seed 000, 授权有效期 (sync from V3.5); the upload on upgrade is the default of docs/reference-runtime.md
            // GIVEN Feishu 3.4 with scope.record denied on this device
            ReferenceSession session = open("feishu-gadget", "mini-program", "3.4");
            session.seed("scope.record", RecordState.DENIED);
            // WHEN the client is upgraded to 3.5 and the user changes device
            session.perform(Action.upgradeClient("3.5")).orElseThrow();
            session.perform(Action.changeDevice("device-2")).orElseThrow();
            // THEN the denial followed the user
            then(session.records().orElseThrow()).containsEntry("scope.record", RecordState.DENIED);
        }

        @Test
        void should_show_platform_prompt_before_os_prompt_when_os_permission_pending() {
            // seed 000, 系统接口权限: 可能会先出现小程序 API 授权弹窗，再出现系统接口授权弹窗。
            // GIVEN nothing recorded, the user allows both prompts
            ReferenceSession session = answering(open("feishu-gadget", "mini-program", "6.0"), Answer.ALLOW);
            session.script(PromptKind.OS_PERMISSION, Answer.ALLOW);
            // WHEN the app calls saveImageToPhotosAlbum and the OS permission is pending
            Observation observed = session.perform(Action.callApiWithOsPrompt("saveImageToPhotosAlbum")).orElseThrow();
            // THEN the Feishu prompt comes first, then the OS prompt
            then(observed.prompts()).containsExactly(Prompt.consent("scope.writePhotosAlbum"),
                    Prompt.osPermission("scope.writePhotosAlbum"));
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
        }

        @Test
        void should_return_an_unscripted_prompt_error_naming_the_prompt_when_no_answer_is_scripted() {
            // TargetSession contract: a prompt with no scripted answer is an error of the scenario, as a value
            // GIVEN no scripted answer
            ReferenceSession session = open("feishu-gadget", "mini-program", "6.0");
            // WHEN calling updateBadge shows a consent prompt nobody answers
            ActionResult result = session.perform(Action.callApi("updateBadge"));
            // THEN the result is the error, naming the prompt, and nothing is recorded
            then(result).isInstanceOfSatisfying(TargetError.class, error -> {
                then(error.kind()).isEqualTo(TargetError.Kind.UNSCRIPTED_PROMPT);
                then(error.message()).isEqualTo("prompt consent(scope.appBadge) was shown on feishu-gadget "
                        + "(mini-program) but no answer is scripted for consent prompts");
            });
            then(session.records().orElseThrow()).isEmpty();
        }
    }

    @Nested
    class WeChat {

        @Test
        void should_fail_without_prompt_when_scope_denied_on_wechat() {
            // seed 004, 处理用户拒绝授权 / 引导用户重新授权: 后续这个 scope 下的相关 API 调用都会直接失败 ... 而不会弹窗询问用户
            // GIVEN scope.record denied in a mini-game
            ReferenceSession session = open("wechat-minigame", "mini-game", null);
            session.seed("scope.record", RecordState.DENIED);
            // WHEN the game calls wx.startRecord
            Observation observed = session.perform(Action.callApi("wx.startRecord")).orElseThrow();
            // THEN it fails without any prompt and with the documented errMsg
            then(observed.outcome()).isEqualTo(Outcome.FAIL);
            then(observed.prompts()).isEmpty();
            then(observed.errMsg()).contains("auth deny");
        }

        @Test
        void should_fail_without_prompt_when_authorize_after_denial_on_wechat() {
            // seed 004, 引导用户重新授权: 用 wx.authorize() 申请此 scope 也会直接失败，而不会弹窗询问用户。
            // GIVEN scope.werun denied in a mini-program
            ReferenceSession session = open("wechat-miniprogram", "mini-program", null);
            session.seed("scope.werun", RecordState.DENIED);
            // WHEN the app asks ahead with wx.authorize
            Observation observed = session.perform(Action.authorize("scope.werun")).orElseThrow();
            // THEN it fails without a prompt
            then(observed.outcome()).isEqualTo(Outcome.FAIL);
            then(observed.prompts()).isEmpty();
        }

        @Test
        void should_prompt_and_keep_grant_when_authorize_ahead_never_asked() {
            // seed 004, 提前发起授权: 可调用 wx.authorize() 来提前发起授权
            // GIVEN nothing recorded and the user will allow
            ReferenceSession session = answering(open("wechat-minigame", "mini-game", null), Answer.ALLOW);
            // WHEN the game asks ahead for scope.record, then records
            Observation ahead = session.perform(Action.authorize("scope.record")).orElseThrow();
            Observation call = session.perform(Action.callApi("RecorderManager.start")).orElseThrow();
            // THEN one prompt was shown for the request and the call proceeds without one
            then(ahead.prompts()).containsExactly(Prompt.consent("scope.record"));
            then(ahead.outcome()).isEqualTo(Outcome.SUCCESS);
            then(call.prompts()).isEmpty();
            then(call.outcome()).isEqualTo(Outcome.SUCCESS);
        }

        @Test
        void should_word_denial_as_auth_deny_on_android_and_auth_denied_on_ios() {
            // seed 004, 处理用户拒绝授权: iOS 和 Android 对于拒绝授权的回调 errMsg 没有统一 ('auth deny' / 'auth denied')
            // GIVEN the user denies on each OS
            ReferenceSession android = answering(open(DeviceOs.ANDROID, "wechat-minigame", null, "mini-game", null),
                    Answer.DENY);
            ReferenceSession ios = answering(open(DeviceOs.IOS, "wechat-minigame", null, "mini-game", null),
                    Answer.DENY);
            // WHEN the game calls wx.getLocation
            Observation onAndroid = android.perform(Action.callApi("wx.getLocation")).orElseThrow();
            Observation onIos = ios.perform(Action.callApi("wx.getLocation")).orElseThrow();
            // THEN the errMsg words differ per OS and each contains a documented phrase
            then(onAndroid.errMsg()).endsWith("auth deny");
            then(onIos.errMsg()).endsWith("auth denied");
        }

        @Test
        void should_report_tri_state_auth_setting() {
            // seed 004, 获取用户授权设置: true 已授权, false 已拒绝, absent 未询问过
            // GIVEN one scope granted, one denied, the rest never asked
            ReferenceSession session = open("wechat-minigame", "mini-game", null);
            session.seed("scope.userInfo", RecordState.GRANTED);
            session.seed("scope.werun", RecordState.DENIED);
            // WHEN the game calls wx.getSetting
            Observation observed = session.perform(Action.getSetting()).orElseThrow();
            // THEN authSetting has exactly those two entries
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(observed.authSetting()).containsOnly(
                    org.assertj.core.api.Assertions.entry("scope.userInfo", true),
                    org.assertj.core.api.Assertions.entry("scope.werun", false));
        }

        @Test
        void should_list_only_requested_scopes_in_settings_page() {
            // seed 004, 引导用户重新授权: 注意：只有申请过授权的 scope 会出现在设置页面。
            // GIVEN the user denied scope.bluetooth and was never asked anything else
            ReferenceSession session = answering(open("wechat-miniprogram", "mini-program", null), Answer.DENY);
            session.perform(Action.callApi("wx.openBluetoothAdapter")).orElseThrow();
            // WHEN the settings page is opened
            Observation observed = session.perform(Action.openSetting()).orElseThrow();
            // THEN only scope.bluetooth is listed
            then(observed.settingsList()).containsExactly("scope.bluetooth");
        }

        @Test
        void should_succeed_after_user_switches_scope_on_in_settings() {
            // seed 004, 引导用户重新授权: 需要引导用户主动到设置页面打开相应的 scope 权限。
            // GIVEN scope.camera denied
            ReferenceSession session = open("wechat-miniprogram", "mini-program", null);
            session.seed("scope.camera", RecordState.DENIED);
            // WHEN the user switches it on and the app calls wx.createVKSession
            session.perform(Action.toggleSetting("scope.camera", true)).orElseThrow();
            Observation observed = session.perform(Action.callApi("wx.createVKSession")).orElseThrow();
            // THEN the call proceeds without a prompt
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(observed.prompts()).isEmpty();
        }

        @Test
        void should_reset_all_records_when_app_deleted() {
            // seed 004, 重置授权记录: 删除了当前小程序，则所有允许过和拒绝过的授权记录都会被清空。
            // GIVEN one grant and one denial
            ReferenceSession session = open("wechat-minigame", "mini-game", null);
            session.seed("scope.record", RecordState.GRANTED);
            session.seed("scope.writePhotosAlbum", RecordState.DENIED);
            // WHEN the user deletes the game
            Observation deleted = session.perform(Action.deleteApp()).orElseThrow();
            // THEN getSetting reports nothing
            then(deleted.outcome()).isEqualTo(Outcome.DONE);
            then(session.perform(Action.getSetting()).orElseThrow().authSetting()).isEmpty();
        }

        @Test
        void should_call_cancelled_scope_directly() {
            // seed 003, 权限列表: scope.address 通讯地址（已取消授权，可以直接调用对应接口）
            // GIVEN a fresh mini-program and no scripted answer
            ReferenceSession session = open("wechat-miniprogram", "mini-program", null);
            // WHEN the app calls wx.chooseAddress
            Observation observed = session.perform(Action.callApi("wx.chooseAddress")).orElseThrow();
            // THEN it succeeds without prompt and nothing is recorded
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(observed.prompts()).isEmpty();
            then(session.records().orElseThrow()).isEmpty();
        }

        @Test
        void should_not_authorize_user_info_in_mini_program_but_prompt_in_mini_game() {
            // seed 003, 权限列表: scope.userInfo 用户信息（小程序已回收 ... 小游戏可继续调用）
            // GIVEN a mini-program without answers and a mini-game whose user allows
            ReferenceSession program = open("wechat-miniprogram", "mini-program", null);
            ReferenceSession game = answering(open("wechat-minigame", "mini-game", null), Answer.ALLOW);
            // WHEN both call wx.getUserInfo
            Observation inProgram = program.perform(Action.callApi("wx.getUserInfo")).orElseThrow();
            Observation inGame = game.perform(Action.callApi("wx.getUserInfo")).orElseThrow();
            // THEN only the game asks and records
            then(inProgram.prompts()).isEmpty();
            then(program.records().orElseThrow()).isEmpty();
            then(inGame.prompts()).containsExactly(Prompt.consent("scope.userInfo"));
            then(game.records().orElseThrow()).containsEntry("scope.userInfo", RecordState.GRANTED);
        }
    }

    @Nested
    class UniAuthorize {

        @Test
        void should_fail_without_prompt_when_denied_on_uni_port() {
            // seed 002, authorize: 如果用户已拒绝授权，则不会出现弹窗，而是直接进入接口 fail 回调。
            // GIVEN scope.userLocation denied on the baidu container
            ReferenceSession session = openPort("uni-authorize", "baidu");
            session.seed("scope.userLocation", RecordState.DENIED);
            // WHEN the app calls authorize
            Observation observed = session.perform(Action.authorize("scope.userLocation")).orElseThrow();
            // THEN fail, no prompt
            then(observed.outcome()).isEqualTo(Outcome.FAIL);
            then(observed.prompts()).isEmpty();
        }

        @Test
        void should_fail_naming_the_scope_when_unsupported_on_container() {
            // seed 002, scope 列表: scope.werun 支持 微信小程序 only
            // GIVEN the alipay container
            ReferenceSession session = openPort("uni-authorize", "alipay");
            // WHEN the app authorizes scope.werun
            Observation observed = session.perform(Action.authorize("scope.werun")).orElseThrow();
            // THEN it fails without prompt and says which scope is unsupported where
            then(observed.outcome()).isEqualTo(Outcome.FAIL);
            then(observed.prompts()).isEmpty();
            then(observed.errMsg()).contains("scope.werun").contains("alipay");
        }

        @Test
        void should_return_alipay_response_fields_on_authorize() {
            // seed 002, 返回：<Response>（不通用）: 只有支付宝小程序有返回 authCode, authErrorScopes, authSuccessScopes
            // GIVEN alipay and wechat containers whose users allow
            ReferenceSession alipay = answering(openPort("uni-authorize", "alipay"), Answer.ALLOW);
            ReferenceSession wechat = answering(openPort("uni-authorize", "wechat"), Answer.ALLOW);
            // WHEN both authorize scope.camera
            Observation onAlipay = alipay.perform(Action.authorize("scope.camera")).orElseThrow();
            Observation onWechat = wechat.perform(Action.authorize("scope.camera")).orElseThrow();
            // THEN only alipay returns the fields, naming the granted scope
            then(onAlipay.response()).containsKeys("authCode", "authSuccessScopes", "authErrorScopes");
            then(onAlipay.response().get("authSuccessScopes")).isEqualTo(java.util.List.of("scope.camera"));
            then(onWechat.response()).isEmpty();
        }

        @Test
        void should_report_native_scope_name_when_container_renames_it() {
            // uni-authorize spec, nativeNames.bytedance: scope.writePhotosAlbum is scope.album on ByteDance
            // GIVEN the bytedance container and a user who allows
            ReferenceSession session = answering(openPort("uni-authorize", "bytedance"), Answer.ALLOW);
            // WHEN the app authorizes scope.writePhotosAlbum and reads the settings
            session.perform(Action.authorize("scope.writePhotosAlbum")).orElseThrow();
            Observation settings = session.perform(Action.getSetting()).orElseThrow();
            // THEN the container keeps it under its own name
            then(settings.authSetting()).containsOnlyKeys("scope.album");
        }

        @Test
        void should_keep_the_answer_under_the_container_name_and_honour_it_when_container_renames_the_scope() {
            // seed 002, authorize: 如果用户已拒绝授权，则不会出现弹窗 (the answer is kept); nativeNames.bytedance: scope.album
            // GIVEN the bytedance container and a user who denies the first prompt
            ReferenceSession session = answering(openPort("uni-authorize", "bytedance"), Answer.DENY);
            session.perform(Action.callApi("saveImage")).orElseThrow();
            // WHEN the app calls saveImage again
            Observation again = session.perform(Action.callApi("saveImage")).orElseThrow();
            // THEN the denial is kept under ByteDance's name and the second call fails without a prompt
            then(session.records().orElseThrow()).containsExactlyEntriesOf(java.util.Map.of("scope.album", RecordState.DENIED));
            then(again.outcome()).isEqualTo(Outcome.FAIL);
            then(again.prompts()).isEmpty();
        }

        @Test
        void should_succeed_without_prompt_or_record_when_silent_scope_is_authorized_in_alipay_container() {
            // seed 002, scope 列表: auth_base | 静默授权，不会发起授权浮窗。在支付宝客户端获取 auth_code
            // GIVEN the alipay container and no scripted answer (a prompt would throw)
            ReferenceSession session = openPort("uni-authorize", "alipay");
            // WHEN the app authorizes auth_base and calls my.getAuthCode
            Observation ahead = session.perform(Action.authorize("auth_base")).orElseThrow();
            Observation call = session.perform(Action.callApi("my.getAuthCode")).orElseThrow();
            // THEN both succeed without a prompt, authorize returns an auth code, nothing is recorded
            then(ahead.outcome()).isEqualTo(Outcome.SUCCESS);
            then(ahead.prompts()).isEmpty();
            then((String) ahead.response().get("authCode")).isNotBlank();
            then(ahead.response().get("authSuccessScopes")).isEqualTo(java.util.List.of("auth_base"));
            then(call.outcome()).isEqualTo(Outcome.SUCCESS);
            then(call.prompts()).isEmpty();
            then(session.records().orElseThrow()).isEmpty();
        }

        @Test
        void should_prompt_for_a_non_silent_scope_when_the_same_container_has_a_silent_one() {
            // seed 002, scope 列表: auth_zhima (用户芝麻信息) carries no 静默授权 note
            // GIVEN the alipay container and a user who allows
            ReferenceSession session = answering(openPort("uni-authorize", "alipay"), Answer.ALLOW);
            // WHEN the app authorizes auth_zhima
            Observation observed = session.perform(Action.authorize("auth_zhima")).orElseThrow();
            // THEN the user is asked
            then(observed.prompts()).containsExactly(Prompt.consent("auth_zhima"));
        }
    }

    @Nested
    class Alipay {

        @Test
        void should_succeed_without_prompt_when_silent_scope_is_called_on_alipay() {
            // seed 002, scope 列表: auth_base 静默授权，不会发起授权浮窗 (alipay.yaml consent: silent)
            // GIVEN an Alipay user, no answer scripted
            ReferenceSession session = new ReferenceTarget().open(
                    new SessionConfig("alipay", null, "mini-program", null, "app-1", "user-1", "device-1"));
            // WHEN the app calls my.getAuthCode
            Observation observed = session.perform(Action.callApi("my.getAuthCode")).orElseThrow();
            // THEN it succeeds without a prompt and records nothing
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(observed.prompts()).isEmpty();
            then(session.records().orElseThrow()).isEmpty();
        }

        @Test
        void should_fail_with_error_and_errorMessage_and_no_errMsg_when_the_user_refuses_on_alipay() {
            // alipay.yaml container: my.getAuthCode failure fields error / errorMessage / authErrorScopes (no errMsg)
            // GIVEN an Alipay user who will refuse the prompt
            ReferenceSession session = answering(open("alipay", "mini-program", null), Answer.DENY);
            // WHEN the app asks ahead for auth_user, which Alipay answers through my.getAuthCode
            Observation observed = session.perform(Action.authorize("auth_user")).orElseThrow();
            // THEN the failure is in Alipay's shape: error and errorMessage, the scope in authErrorScopes, no errMsg
            then(observed.outcome()).isEqualTo(Outcome.FAIL);
            then(observed.errMsg()).isNull();
            then(observed.response()).containsKeys("error", "errorMessage", "authErrorScopes")
                    .doesNotContainKey("errMsg");
            then(observed.response().get("errorMessage").toString()).contains("my.getAuthCode");
            then(observed.response().get("authErrorScopes")).isEqualTo(java.util.Map.of("auth_user", "11"));
        }

        @Test
        void should_answer_in_alipay_shape_with_an_auth_code_when_the_user_allows_on_alipay() {
            // GIVEN an Alipay user who will allow the prompt
            ReferenceSession session = answering(open("alipay", "mini-program", null), Answer.ALLOW);
            // WHEN the app asks ahead for auth_user
            Observation observed = session.perform(Action.authorize("auth_user")).orElseThrow();
            // THEN my.getAuthCode's success fields come back and no errMsg
            then(observed.outcome()).isEqualTo(Outcome.SUCCESS);
            then(observed.errMsg()).isNull();
            then(observed.response()).containsKeys("authCode", "authSuccessScopes", "authErrorScopes");
            then(observed.response().get("authSuccessScopes")).isEqualTo(java.util.List.of("auth_user"));
        }

        @Test
        void should_refuse_authorize_as_unsupported_when_no_alipay_api_takes_the_scope() {
            // alipay.yaml container.absent: my.authorize; my.getAuthCode takes auth_base, auth_user, auth_zhima only
            // GIVEN an Alipay user
            ReferenceSession session = open("alipay", "mini-program", null);
            // WHEN the app asks ahead for scope.camera, which no Alipay consent API asks for
            ActionResult result = session.perform(Action.authorize("scope.camera"));
            // THEN the container does not have the action: an unsupported-action error naming my.authorize
            then(result).isInstanceOfSatisfying(TargetError.class, error -> {
                then(error.kind()).isEqualTo(TargetError.Kind.UNSUPPORTED_ACTION);
                then(error.message()).contains("my.authorize").contains("my.getAuthCode");
            });
        }

        @Test
        void should_keep_wechat_style_errMsg_when_the_user_refuses_on_bytedance() {
            // bytedance.yaml container: tt.* failures carry errMsg
            // GIVEN a ByteDance user who will refuse the prompt
            ReferenceSession session = answering(open("bytedance", "mini-program", null), Answer.DENY);
            // WHEN the app calls tt.getLocation
            Observation observed = session.perform(Action.callApi("tt.getLocation")).orElseThrow();
            // THEN the failure carries errMsg and no Alipay fields
            then(observed.outcome()).isEqualTo(Outcome.FAIL);
            then(observed.errMsg()).startsWith("tt.getLocation:fail");
            then(observed.response()).doesNotContainKeys("error", "errorMessage");
        }
    }

    @Test
    void should_be_found_by_service_loader_as_reference() {
        // GIVEN the service registrations on the class path
        // WHEN looking for the target factories
        // THEN one is named reference and creates a ReferenceTarget
        TargetFactory factory = ServiceLoader.load(TargetFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("reference"))
                .findFirst().orElseThrow();
        then(factory.create()).isInstanceOf(ReferenceTarget.class);
    }

    @Test
    void should_follow_the_given_catalog_when_constructed_with_one(@TempDir Path dir) {
        // GIVEN fixture specs where Feishu's scope.userInfo gate is moved from 5.2 up to 7.0
        SpecFixtures.FixtureDir specs = SpecFixtures.copyOfValid(dir)
                .replace("feishu-gadget.yaml", "gate: \"5.2\"", "gate: \"7.0\"");
        ReferenceTarget target = new ReferenceTarget(SpecCatalog.load(specs.path()));
        ReferenceSession below = target.open(
                new SessionConfig("feishu-gadget", null, "mini-program", "6.0", "a", "u", "d"));
        ReferenceSession atGate = target.open(
                new SessionConfig("feishu-gadget", null, "mini-program", "7.0", "a", "u", "d"));
        atGate.script(PromptKind.CONSENT, Answer.ALLOW);
        // WHEN a 6.0 and a 7.0 client call getUserInfo
        Observation belowGate = below.perform(Action.callApi("getUserInfo")).orElseThrow();
        Observation gated = atGate.perform(Action.callApi("getUserInfo")).orElseThrow();
        // THEN only the client at the moved gate is asked
        then(belowGate.prompts()).isEmpty();
        then(below.records().orElseThrow()).isEmpty();
        then(gated.prompts()).containsExactly(Prompt.consent("scope.userInfo"));
    }

    @Test
    void should_reject_malformed_client_version_naming_it() {
        // GIVEN a config whose client version is not digits and dots
        SessionConfig config = new SessionConfig("feishu-gadget", null, "mini-program", "5.x", "a", "u", "d");
        // WHEN / THEN opening fails, quoting the version
        thenThrownBy(() -> new ReferenceTarget().open(config))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'5.x'");
    }

    @Test
    void should_reject_unknown_platform_naming_it() {
        // GIVEN a config naming a platform without a spec
        SessionConfig config = new SessionConfig("nope", null, "mini-program", null, "a", "u", "d");
        // WHEN / THEN opening fails and names it
        thenThrownBy(() -> new ReferenceTarget().open(config))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void should_return_an_unsupported_action_error_listing_the_valid_apis_when_the_api_is_unknown() {
        // GIVEN a Feishu session
        ReferenceSession session = open("feishu-gadget", "mini-program", null);
        // WHEN a WeChat API is called
        ActionResult result = session.perform(Action.callApi("wx.startRecord"));
        // THEN it is refused, as a value, with the valid choices
        then(result).isInstanceOfSatisfying(TargetError.class, error -> {
            then(error.kind()).isEqualTo(TargetError.Kind.UNSUPPORTED_ACTION);
            then(error.message()).contains("wx.startRecord").contains("getRecorderManager");
        });
    }

    @Test
    void should_return_an_unsupported_action_error_when_seeding_an_unknown_scope() {
        // GIVEN a Feishu session
        ReferenceSession session = open("feishu-gadget", "mini-program", null);
        // WHEN a WeChat-only scope is seeded through the control plane
        var error = session.control().seed("scope.werun", RecordState.GRANTED);
        // THEN the error names the valid scopes and no record is kept
        then(error).hasValueSatisfying(e -> {
            then(e.kind()).isEqualTo(TargetError.Kind.UNSUPPORTED_ACTION);
            then(e.message()).contains("scope.werun").contains("scope.record");
        });
        then(session.control().records()).hasValue(java.util.Map.of());
    }

    @Test
    void should_offer_every_control_operation_when_asked_for_its_capabilities() {
        // GIVEN the reference runtime / WHEN asked / THEN it scripts, seeds and reads, and compares every aspect exactly
        try (ReferenceTarget target = new ReferenceTarget()) {
            then(target.controlOperations()).containsExactlyInAnyOrder(ControlOperation.values());
            then(target.strictness(Aspect.ERR_MSG)).isEqualTo(Strictness.EXACT);
        }
    }
}
