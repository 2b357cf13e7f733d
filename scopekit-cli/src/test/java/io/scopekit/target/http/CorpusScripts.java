package io.scopekit.target.http;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionRef;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.TargetSession;
import io.scopekit.target.WireExchange;
import io.scopekit.target.WireLog;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversations of the compatibility corpus (adapters/protocol/corpus), as SPI calls through the kit's HTTP
 * client: {@link CorpusRecorder} records them against the reference runtime served over the protocol, and the
 * corpus test checks that the client sends exactly the recorded requests.
 */
enum CorpusScripts {
    CONSENT_GRANTED_CALL("consent-granted-call",
            "WeChat: the user allows the consent prompt of the first wx.startRecord; the second call asks nothing",
            "features/consent (first call asks, answer kept); docs/target-api.md", true) {
        @Override
        WireLog run(HttpTarget target, HttpPermissionTarget platform) {
            TargetSession s = target.open(wechat());
            s.control().script(PromptKind.CONSENT, Answer.ALLOW);
            s.perform(Action.callApi("wx.startRecord"));
            s.perform(Action.callApi("wx.startRecord"));
            return closed(s);
        }
    },
    CONSENT_DENIAL("consent-denial",
            "WeChat: the user denies the consent prompt of wx.startRecord; the call fails with auth deny",
            "features/consent (a denied call); docs/target-api.md", true) {
        @Override
        WireLog run(HttpTarget target, HttpPermissionTarget platform) {
            TargetSession s = target.open(wechat());
            s.control().script(PromptKind.CONSENT, Answer.DENY);
            s.perform(Action.callApi("wx.startRecord"));
            return closed(s);
        }
    },
    CONSENT_SCRIPTED_PROMPT_RESPONSE_FIELDS("consent-scripted-prompt-response-fields",
            "uni authorize port in the Alipay container: authorize scope.userInfo with the consent prompt scripted; "
                    + "Alipay's response fields (authCode, authSuccessScopes, authErrorScopes) come back",
            "platform-specs/uni-authorize.yaml (Alipay response fields); docs/target-api.md", true) {
        @Override
        WireLog run(HttpTarget target, HttpPermissionTarget platform) {
            TargetSession s = target.open(new SessionConfig("uni-authorize", "alipay", "mini-program", null, "app-1",
                    "user-1", "device-1"));
            s.control().script(PromptKind.CONSENT, Answer.ALLOW);
            s.perform(Action.authorize("scope.userInfo"));
            return closed(s);
        }
    },
    CONSENT_SETTINGS("consent-get-and-open-setting",
            "WeChat: records seeded and read on the control plane, then getSetting, openSetting, a toggle, getSetting",
            "features/consent (settings page); docs/target-api.md (control plane)", true) {
        @Override
        WireLog run(HttpTarget target, HttpPermissionTarget platform) {
            TargetSession s = target.open(wechat());
            s.control().seed("scope.record", RecordState.GRANTED);
            s.control().seed("scope.userLocation", RecordState.DENIED);
            s.control().records();
            s.perform(Action.getSetting());
            s.perform(Action.openSetting());
            s.perform(Action.toggleSetting("scope.record", false));
            s.perform(Action.getSetting());
            return closed(s);
        }
    },
    CONSENT_TARGET_ERRORS("consent-target-errors",
            "WeChat: a prompt nobody scripted and an API the target does not know are target errors, not observations",
            "docs/target-api.md (error values)", true) {
        @Override
        WireLog run(HttpTarget target, HttpPermissionTarget platform) {
            TargetSession s = target.open(wechat());
            s.perform(Action.callApi("wx.startRecord"));
            s.perform(Action.callApi("wx.noSuchApi"));
            return closed(s);
        }
    },
    PLATFORM_CALL_WITHOUT_PERMISSION("platform-call-without-permission",
            "Feishu Open Platform: a custom app calls contact.v3.users.get with a tenant token before applying for "
                    + "any permission",
            "features/openplatform (99991672); seed 001", false) {
        @Override
        WireLog run(HttpTarget target, HttpPermissionTarget platform) {
            PlatformSession s = platform.open(new PlatformSessionConfig("feishu-openplatform"));
            s.control().createTenant("tenant-1");
            s.control().createUser("tenant-1", "dev-1");
            s.control().createApp("cli_app", "tenant-1", AppType.CUSTOM, "dev-1", List.of());
            s.perform(ApiCall.asTenant("cli_app", "contact.v3.users.get"));
            return closed(s);
        }
    },
    PLATFORM_APPLY_AND_EXPORT("platform-apply-and-export",
            "Feishu Open Platform: a custom app applies for a review-exempt permission and exports its permissions",
            "features/openplatform (apply, export); seed 001 §批量导入导出 API 权限", false) {
        @Override
        WireLog run(HttpTarget target, HttpPermissionTarget platform) {
            PlatformSession s = platform.open(new PlatformSessionConfig("feishu-openplatform"));
            s.control().createTenant("tenant-1");
            s.control().createUser("tenant-1", "dev-1");
            s.control().createApp("cli_app", "tenant-1", AppType.CUSTOM, "dev-1", List.of());
            s.perform(LifecycleAction.apply("cli_app",
                    List.of(new PermissionRef("contact:contact.base:readonly", Identity.TENANT))));
            s.perform(LifecycleAction.export("cli_app"));
            return closed(s);
        }
    };

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    final String file;
    final String description;
    final String source;
    final boolean consent;

    CorpusScripts(String file, String description, String source, boolean consent) {
        this.file = file;
        this.description = description;
        this.source = source;
        this.consent = consent;
    }

    abstract WireLog run(HttpTarget target, HttpPermissionTarget platform);

    /**
     * Runs the conversation against {@code url} and returns every exchange, the probe first: connecting, the
     * session's calls, closing.
     */
    List<WireExchange> record(String url) {
        List<WireExchange> all = new ArrayList<>();
        HttpTarget target = consent ? HttpTarget.connect(url, TIMEOUT, all::add) : null;
        HttpPermissionTarget platform = consent ? null : HttpPermissionTarget.connect(url, TIMEOUT, all::add);
        all.addAll(run(target, platform).drainExchanges());
        return all;
    }

    private static SessionConfig wechat() {
        return new SessionConfig("wechat-miniprogram", null, "mini-program", null, "app-1", "user-1", "device-1");
    }

    private static WireLog closed(AutoCloseable session) {
        try {
            session.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (WireLog) session;
    }
}
