package io.scopekit.mutants;

import io.scopekit.target.reference.ClientMutants;
import io.scopekit.target.reference.permission.PermissionMutants;
import java.util.List;

/**
 * The mutant zoo (issue 14): every defective runtime, with the platforms whose scenarios and generated sequences
 * are run against it. The defects themselves live beside the reference they override
 * ({@link ClientMutants}, {@link PermissionMutants}); this list is what the kill matrix covers.
 */
final class Zoo {
    private Zoo() {}

    /**
     * One mutant.
     *
     * @param target    the class {@code --target class:} names
     * @param platforms the platform ids explored and whose feature folders {@code verify} runs
     */
    record Mutant(Class<?> target, String side, List<String> platforms) {
        String id() {
            return target.getSimpleName();
        }

        String targetSpec() {
            return "class:" + target.getName();
        }
    }

    private static final List<String> WECHAT = List.of("wechat-miniprogram", "wechat-minigame");
    private static final List<String> FEISHU = List.of("feishu-gadget");
    private static final List<String> PORT = List.of("uni-authorize");
    private static final List<String> OPEN = List.of("feishu-openplatform");

    static final List<Mutant> ALL = List.of(
            client(ClientMutants.RepromptAfterDenialWechat.class, WECHAT),
            client(ClientMutants.NoGuideToSettingsFeishu.class, FEISHU),
            client(ClientMutants.ForgetsAfterReinstallFeishu.class, FEISHU),
            client(ClientMutants.DeviceLocalRecordsFeishu.class, FEISHU),
            client(ClientMutants.VersionsComparedAsText.class, FEISHU),
            client(ClientMutants.GateExclusive.class, FEISHU),
            client(ClientMutants.UndocumentedDenyPhrase.class, WECHAT),
            client(ClientMutants.SettingsPageListsEverything.class, WECHAT),
            client(ClientMutants.GatesCancelledScopes.class, List.of("wechat-miniprogram")),
            client(ClientMutants.UserInfoUngatedInMiniGames.class, List.of("wechat-minigame")),
            client(ClientMutants.KeepsRecordsAfterDelete.class, WECHAT),
            client(ClientMutants.UnrenamedScopeOnBytedance.class, PORT),
            client(ClientMutants.CompleteCalledTwice.class, PORT),
            client(ClientMutants.PromiseResolvesOnFail.class, PORT),
            client(ClientMutants.DropsAlipayResponseFields.class, PORT),
            client(ClientMutants.GetSettingOmitsDenied.class, WECHAT),
            client(ClientMutants.ToggleIgnored.class, WECHAT),
            client(ClientMutants.AuthorizeRepromptsDenied.class, WECHAT),
            client(ClientMutants.DenialNotKept.class, WECHAT),
            client(ClientMutants.SilentScopePrompts.class, List.of("alipay", "uni-authorize")),
            client(ClientMutants.PromptNamesTheContainersScope.class, PORT),
            client(ClientMutants.DeviceLocalRecordsWechat.class, WECHAT),
            client(ClientMutants.ForgetsAfterReinstallBaidu.class, List.of("baidu")),
            client(ClientMutants.KeepsRecordsAfterReinstallBytedance.class, List.of("bytedance")),
            client(ClientMutants.SettingsPageListsEverythingAlipay.class, List.of("alipay")),
            client(ClientMutants.AuthorizeFailsOnAllowKuaishou.class, List.of("kuaishou")),
            client(ClientMutants.AuthorizeWithoutGetAuthCodeFieldsAlipay.class, List.of("alipay")),
            client(ClientMutants.AuthorizeOfflineBytedanceMinigame.class, List.of("bytedance-minigame")),
            client(ClientMutants.RepromptAfterDenialKuaishouMinigame.class, List.of("kuaishou-minigame")),
            server(PermissionMutants.AnyOfAsAllOf.class),
            server(PermissionMutants.TestVersionCarriedToFormal.class),
            server(PermissionMutants.TenantTokenForUserPermission.class),
            server(PermissionMutants.FieldWithoutPermission.class),
            server(PermissionMutants.ImportOverwrites.class),
            server(PermissionMutants.ReviewRequiredEnabledOnApply.class),
            server(PermissionMutants.AdvancedApprovedWithoutReason.class),
            server(PermissionMutants.ExportOmitsInReview.class),
            server(PermissionMutants.FailedImportAppliesPart.class),
            server(PermissionMutants.StoreApplyEnabled.class),
            server(PermissionMutants.UserGrantIgnored.class),
            server(PermissionMutants.EventWithoutPermission.class),
            server(PermissionMutants.StoreTestVersionDropsPermissions.class),
            server(PermissionMutants.StoreOneReviewEnables.class),
            server(PermissionMutants.IgnoresAllOf.class));

    private static Mutant client(Class<?> target, List<String> platforms) {
        return new Mutant(target, "client", platforms);
    }

    private static Mutant server(Class<?> target) {
        return new Mutant(target, "server", OPEN);
    }
}
