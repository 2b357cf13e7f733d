package io.scopekit.target.reference;

import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.RecordState;
import io.scopekit.spec.ScopeStatus;
import io.scopekit.spec.Version;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client side of the mutant zoo: defective consent runtimes, each the reference runtime with one decision
 * overridden (the package-private override points of {@link ReferenceSession}), each a defect a real runtime or port
 * could have. Found by name with {@code --target class:io.scopekit.target.reference.ClientMutants$<Name>}.
 */
public final class ClientMutants {
    private ClientMutants() {}

    /** A reference target whose sessions are made by {@link #session}. */
    abstract static class Mutant extends ReferenceTarget {
        @Override
        final ReferenceSession newSession(PlatformProfile profile, SessionConfig config, DeviceOs os) {
            return session(profile, config, os);
        }

        abstract ReferenceSession session(PlatformProfile profile, SessionConfig config, DeviceOs os);
    }

    private static boolean wechat(ReferenceSession s) {
        return s.profile().platform().startsWith("wechat");
    }

    private static boolean feishu(ReferenceSession s) {
        return s.profile().platform().equals("feishu-gadget");
    }

    private static boolean port(ReferenceSession s) {
        return s.profile().container() != null;
    }

    /** WeChat asks again for a scope the user denied. */
    public static final class RepromptAfterDenialWechat extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean askAgainWhenDenied(PlatformProfile.Scope scope, boolean ahead) {
                    return wechat(this);
                }
            };
        }
    }

    /** Feishu fails a denied call without the guide-to-settings prompt. */
    public static final class NoGuideToSettingsFeishu extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean guideWhenDenied(boolean ahead) {
                    return !feishu(this) && super.guideWhenDenied(ahead);
                }
            };
        }
    }

    /** Feishu at or above 3.5 forgets the records on reinstall (the server copy is lost too). */
    public static final class ForgetsAfterReinstallFeishu extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                void reinstall() {
                    if (feishu(this)) {
                        store().clearAll();
                    } else {
                        super.reinstall();
                    }
                }
            };
        }
    }

    /**
     * Feishu at or above 3.5 keeps records on the device only: another device starts with none. (The issue's
     * "keeping records below 3.5 after reinstall" cannot be killed: seed 000 授权有效期 states the sync from V3.5 on
     * and says nothing about older clients, so the oracle leaves it unspecified; this defect replaces it.)
     */
    public static final class DeviceLocalRecordsFeishu extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation run(Action action) {
                    if (action.type() == ActionType.CHANGE_DEVICE && feishu(this)) {
                        store().clearAll();
                    }
                    return super.run(action);
                }
            };
        }
    }

    /** Compares client versions as text: 5.3 counts as above a 5.21 gate, 5.10 as below 5.9. */
    public static final class VersionsComparedAsText extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean needsAuthorization(PlatformProfile.Scope scope) {
                    Version v = version();
                    if (v == null || scope.gate().isEmpty()) {
                        return super.needsAuthorization(scope);
                    }
                    boolean gated = scope.spec().map(s -> s.status() != ScopeStatus.CANCELLED
                            && s.availableFor(profile().appKind())).orElse(true);
                    return gated && v.toString().compareTo(scope.gate().get().toString()) >= 0;
                }
            };
        }
    }

    /** Treats a version gate as exclusive: at exactly 5.21 no authorization is asked. */
    public static final class GateExclusive extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean needsAuthorization(PlatformProfile.Scope scope) {
                    Version v = version();
                    if (v != null && scope.gate().isPresent() && v.equals(scope.gate().get())) {
                        return false;
                    }
                    return super.needsAuthorization(scope);
                }
            };
        }
    }

    /**
     * Reports a denial with neither documented phrase: "auth_deny", as a runtime matching only its own spelling of
     * 'auth deny' would (seed 004 处理用户拒绝授权 documents 'auth deny' and 'auth denied'). Killable on WeChat only:
     * Feishu's spec leaves the errMsg of a denial unspecified.
     */
    public static final class UndocumentedDenyPhrase extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                String denyErrMsg(String api, PlatformProfile.Scope scope) {
                    return api + ":fail auth_deny";
                }
            };
        }
    }

    /** Lists scopes never requested on the settings page. */
    public static final class SettingsPageListsEverything extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation openSetting() {
                    List<String> all = new ArrayList<>();
                    for (PlatformProfile.Scope scope : profile().scopes()) {
                        all.add(scope.recordKey());
                    }
                    return new Observation(Outcome.DONE, null, null, List.of(), null, all, Map.of());
                }
            };
        }
    }

    /** Asks for WeChat scopes that were cancelled (seed 003: they are called directly). */
    public static final class GatesCancelledScopes extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean needsAuthorization(PlatformProfile.Scope scope) {
                    boolean cancelled = scope.spec().map(s -> s.status() == ScopeStatus.CANCELLED).orElse(false);
                    return cancelled && wechat(this) || super.needsAuthorization(scope);
                }
            };
        }
    }

    /**
     * Does not ask for scope.userInfo in mini-games, as if it were recycled there too (seed 003: recycled for
     * mini-programs; 小游戏可继续调用 — mini-games keep asking).
     */
    public static final class UserInfoUngatedInMiniGames extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean needsAuthorization(PlatformProfile.Scope scope) {
                    return !(scope.id().equals("scope.userInfo") && profile().appKind().id().equals("mini-game"))
                            && super.needsAuthorization(scope);
                }
            };
        }
    }

    /** Keeps the records after the user deletes the app (seed 004 重置授权记录). */
    public static final class KeepsRecordsAfterDelete extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation run(Action action) {
                    return action.type() == ActionType.DELETE_APP ? done() : super.run(action);
                }
            };
        }
    }

    /**
     * The port calls ByteDance with the port's scope name where ByteDance has its own (scope.writePhotosAlbum instead
     * of scope.album): ByteDance does not know it and the call fails.
     */
    public static final class UnrenamedScopeOnBytedance extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation run(Action action) {
                    if ("bytedance".equals(profile().container())
                            && (action.type() == ActionType.AUTHORIZE || action.type() == ActionType.CALL_API)) {
                        PlatformProfile.Scope scope = action.scope() != null ? profile().scope(action.scope())
                                : profile().scopeOfApi(action.api());
                        if (!scope.recordKey().equals(scope.id())) {
                            String api = action.api() != null ? action.api() : "authorize";
                            return new Observation(Outcome.FAIL, api + ":fail invalid scope " + scope.id(), null,
                                    List.of(), null, null, Map.of());
                        }
                    }
                    return super.run(action);
                }
            };
        }
    }

    /**
     * The port runs complete in place of success or fail (a port calling complete twice: the second call is the one
     * the app's callback sees). The SPI reports which callback ran, so this shows as outcome {@code done}.
     */
    public static final class CompleteCalledTwice extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                public ActionResult perform(Action action) {
                    ActionResult r = super.perform(action);
                    if (port(this) && action.type() == ActionType.AUTHORIZE && r instanceof Observation o
                            && o.outcome() != Outcome.DONE) {
                        return new Observation(Outcome.DONE, o.errMsg(), o.errno(), o.prompts(), o.authSetting(),
                                o.settingsList(), o.response());
                    }
                    return r;
                }
            };
        }
    }

    /** The port resolves the Promise of authorize() when it fails. */
    public static final class PromiseResolvesOnFail extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                public ActionResult perform(Action action) {
                    ActionResult r = super.perform(action);
                    if (port(this) && action.type() == ActionType.AUTHORIZE && r instanceof Observation o
                            && o.outcome() == Outcome.FAIL) {
                        return new Observation(Outcome.SUCCESS, null, null, o.prompts(), o.authSetting(),
                                o.settingsList(), o.response());
                    }
                    return r;
                }
            };
        }
    }

    /** Drops Alipay's response fields (authCode, authSuccessScopes, authErrorScopes). */
    public static final class DropsAlipayResponseFields extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Map<String, Object> response(PlatformProfile.Scope scope, boolean success, boolean ahead) {
                    return Map.of();
                }
            };
        }
    }

    /** getSetting leaves denied scopes out instead of reporting them false. */
    public static final class GetSettingOmitsDenied extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation getSetting() {
                    Observation o = super.getSetting();
                    Map<String, Boolean> kept = new LinkedHashMap<>(o.authSetting());
                    kept.values().removeIf(v -> !v);
                    return new Observation(o.outcome(), null, null, List.of(), kept, null, Map.of());
                }
            };
        }
    }

    /** Switching a scope in the settings page changes nothing. */
    public static final class ToggleIgnored extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation toggle(String scopeId, boolean enabled) {
                    return done();
                }
            };
        }
    }

    /** authorize() asks again for a denied scope, on every platform. */
    public static final class AuthorizeRepromptsDenied extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean askAgainWhenDenied(PlatformProfile.Scope scope, boolean ahead) {
                    return ahead;
                }
            };
        }
    }

    /** Does not keep a denial: the next call asks again. */
    public static final class DenialNotKept extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                void keepAnswer(PlatformProfile.Scope scope, RecordState state) {
                    if (state != RecordState.DENIED) {
                        super.keepAnswer(scope, state);
                    }
                }
            };
        }
    }

    /** Prompts for a silent scope (Alipay auth_base, seed 002: 静默授权，不会发起授权浮窗). */
    public static final class SilentScopePrompts extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean silent(PlatformProfile.Scope scope) {
                    return false;
                }
            };
        }
    }

    /**
     * The consent prompt of a renamed scope names the container's scope (scope.album on ByteDance) where the port
     * asks for its own (scope.writePhotosAlbum, seed 002 scope 列表). It replaces two defects the sources cannot
     * kill: "serving a scope the container does not support" (seed 002 does not describe it) and "getSetting
     * reporting the port's name" (the port's record keeping is unspecified, so no later read is predicted).
     */
    public static final class PromptNamesTheContainersScope extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                public ActionResult perform(Action action) {
                    ActionResult r = super.perform(action);
                    if (!(r instanceof Observation o) || o.prompts().isEmpty()) {
                        return r;
                    }
                    List<io.scopekit.consent.Prompt> renamed = new ArrayList<>();
                    for (io.scopekit.consent.Prompt prompt : o.prompts()) {
                        String name = prompt.scope();
                        for (PlatformProfile.Scope scope : profile().scopes()) {
                            if (scope.id().equals(name)) {
                                name = scope.recordKey();
                            }
                        }
                        renamed.add(new io.scopekit.consent.Prompt(prompt.kind(), name));
                    }
                    return new Observation(o.outcome(), o.errMsg(), o.errno(), renamed, o.authSetting(),
                            o.settingsList(), o.response());
                }
            };
        }
    }

    /** WeChat keeps records on the device: signing in on another device starts with none. */
    public static final class DeviceLocalRecordsWechat extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation run(Action action) {
                    if (action.type() == ActionType.CHANGE_DEVICE && wechat(this)) {
                        store().clearAll();
                    }
                    return super.run(action);
                }
            };
        }
    }

    private static boolean on(ReferenceSession s, String platform) {
        return s.profile().container() == null && s.profile().platform().equals(platform);
    }

    /**
     * Baidu forgets every answer when the client is reinstalled; its 授权 guide (授权有效期) keeps answers in the
     * backend until the mini-program is deleted.
     */
    public static final class ForgetsAfterReinstallBaidu extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                void reinstall() {
                    if (on(this, "baidu")) {
                        store().clearAll();
                    } else {
                        super.reinstall();
                    }
                }
            };
        }
    }

    /**
     * ByteDance keeps the device's answers across a reinstall; its tt.authorize page (Bug & Tip) says reinstalling
     * Douyin resets them.
     */
    public static final class KeepsRecordsAfterReinstallBytedance extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                void reinstall() {
                    if (!on(this, "bytedance")) {
                        super.reinstall();
                    }
                }
            };
        }
    }

    /**
     * Alipay's settings page lists every scope, asked or not; its my.openSetting page lists only the permissions
     * the mini-program requested.
     */
    public static final class SettingsPageListsEverythingAlipay extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation openSetting() {
                    if (!on(this, "alipay")) {
                        return super.openSetting();
                    }
                    List<String> all = new ArrayList<>();
                    for (PlatformProfile.Scope scope : profile().scopes()) {
                        all.add(scope.recordKey());
                    }
                    return new Observation(Outcome.DONE, null, null, List.of(), null, all, Map.of());
                }
            };
        }
    }

    /** Kuaishou's ks.authorize fails although the user allowed at the prompt (the page: allowed → success). */
    public static final class AuthorizeFailsOnAllowKuaishou extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation run(Action action) {
                    Observation o = super.run(action);
                    if (on(this, "kuaishou") && action.type() == ActionType.AUTHORIZE && !o.prompts().isEmpty()
                            && o.outcome() == Outcome.SUCCESS) {
                        return new Observation(Outcome.FAIL, "authorize:fail", null, o.prompts(), o.authSetting(),
                                o.settingsList(), o.response());
                    }
                    return o;
                }
            };
        }
    }

    /**
     * Alipay answers the kit's authorize like a platform with its own authorize, without my.getAuthCode's fields;
     * Alipay has no my.authorize, and my.getAuthCode's page gives authCode, authSuccessScopes, authErrorScopes.
     */
    public static final class AuthorizeWithoutGetAuthCodeFieldsAlipay extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Map<String, Object> response(PlatformProfile.Scope scope, boolean success, boolean ahead) {
                    return on(this, "alipay") ? Map.of() : super.response(scope, success, ahead);
                }
            };
        }
    }

    /**
     * The ByteDance mini-game treats tt.authorize as taken offline, as it is for mini-programs, and fails every
     * ahead-of-use request without a prompt; the mini-game tt.authorize page carries no such notice (a granted scope
     * returns success).
     */
    public static final class AuthorizeOfflineBytedanceMinigame extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                Observation run(Action action) {
                    if (on(this, "bytedance-minigame") && action.type() == ActionType.AUTHORIZE) {
                        return new Observation(Outcome.FAIL, "authorize:fail this API is offline", null, List.of(),
                                null, null, Map.of());
                    }
                    return super.run(action);
                }
            };
        }
    }

    /**
     * The Kuaishou mini-game asks again when a refused scope's API is called; its 权限 guide says such a call goes
     * straight to fail with no prompt (如果用户已拒绝授权，则不会出现弹窗，而是直接回调 fail).
     */
    public static final class RepromptAfterDenialKuaishouMinigame extends Mutant {
        @Override
        ReferenceSession session(PlatformProfile p, SessionConfig c, DeviceOs os) {
            return new ReferenceSession(p, c, os) {
                @Override
                boolean askAgainWhenDenied(PlatformProfile.Scope scope, boolean ahead) {
                    return on(this, "kuaishou-minigame") ? !ahead : super.askAgainWhenDenied(scope, ahead);
                }
            };
        }
    }
}
