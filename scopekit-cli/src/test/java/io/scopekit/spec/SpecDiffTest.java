package io.scopekit.spec;

import static io.scopekit.testsupport.SpecFixtures.copyOfValid;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.SpecFixtures;
import io.scopekit.testsupport.SpecFixtures.FixtureDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecDiffTest {

    @TempDir
    Path temp;

    private static SpecCatalog valid() {
        return SpecCatalog.load(SpecFixtures.validDir());
    }

    @Test
    void should_find_no_change_when_catalogs_are_the_same() {
        then(SpecDiff.between(valid(), valid())).isEmpty();
    }

    @Test
    void should_report_a_renamed_scope_once_when_only_its_id_changed() {
        FixtureDir fx = copyOfValid(temp).replace("feishu-gadget.yaml", "id: scope.record", "id: scope.microphone");
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path())))
                .containsExactly("feishu-gadget: scope scope.record renamed to scope.microphone");
    }

    @Test
    void should_report_changed_phrases_of_a_platform() {
        // GIVEN phrases added to the gadget
        FixtureDir fx = copyOfValid(temp)
                .replace("feishu-gadget.yaml", "clientName: Feishu\n", "clientName: Feishu\nphrases: [Feishu gadget]\n");
        // WHEN / THEN
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path())))
                .containsExactly("feishu-gadget: phrases changed [] -> [Feishu gadget]");
    }

    @Test
    void should_report_an_api_moved_between_scopes() {
        FixtureDir fx = copyOfValid(temp)
                .replace("feishu-gadget.yaml", "apis: [updateBadge, onServerBadgePush, reportBadge]",
                        "apis: [updateBadge, onServerBadgePush]")
                .replace("feishu-gadget.yaml", "apis: [getRecorderManager, CameraContext.startRecord]",
                        "apis: [getRecorderManager, CameraContext.startRecord, reportBadge]");
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path())))
                .containsExactly("feishu-gadget: API reportBadge moved scope.appBadge -> scope.record");
    }

    @Test
    void should_report_added_and_removed_apis_and_scopes() {
        FixtureDir fx = copyOfValid(temp)
                .replace("feishu-gadget.yaml", "apis: [getUserInfo]", "apis: [getUserInfo, getUserProfile]")
                .replace("wechat-miniprogram.yaml", "apis: [wx.getLocation, wx.chooseLocation]", "apis: [wx.getLocation]");
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path()))).containsExactly(
                "feishu-gadget: API getUserProfile added under scope.userInfo",
                "wechat-miniprogram: API wx.chooseLocation removed (was under scope.userLocation)");
    }

    @Test
    void should_report_a_consent_change_when_a_scope_becomes_silent() {
        // GIVEN the port's scope.userInfo and Alipay's scope.userInfo both made silent
        String silent = "    consent: {value: silent, source: {doc: seed-002, passage: \"静默授权\"}}\n";
        FixtureDir fx = copyOfValid(temp)
                .replace("alipay.yaml", "    apis: [my.getOpenUserInfo]\n", "    apis: [my.getOpenUserInfo]\n" + silent)
                .replace("uni-authorize.yaml", "    apis: [getUserInfo]\n", "    apis: [getUserInfo]\n" + silent)
                .replace("wechat-miniprogram.yaml", "  - id: scope.userInfo\n",
                        "  - id: scope.userInfo\n" + silent.replace("seed-002", "wx-docs"));
        // WHEN / THEN one line per scope names the change
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path()))).containsExactlyInAnyOrder(
                "alipay: consent of scope.userInfo changed prompt -> silent",
                "uni-authorize: consent of scope.userInfo changed prompt -> silent",
                "wechat-miniprogram: consent of scope.userInfo changed prompt -> silent");
    }

    @Test
    void should_report_status_behaviour_and_matrix_changes() {
        FixtureDir fx = copyOfValid(temp)
                .replace("alipay.yaml", "status: unknown", "status: active")
                .replace("feishu-gadget.yaml", "deleteApp: {value: unspecified}",
                        "deleteApp: {value: reset-all-records, source: {doc: seed-000, passage: \"x\"}}")
                .replace("uni-authorize.yaml", "support: {alipay: false, wechat: true}", "support: {alipay: true, wechat: true}");
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path()))).containsExactly(
                "alipay: status of scope.userInfo changed unknown -> active",
                "feishu-gadget: behaviour deleteApp changed unspecified -> reset-all-records",
                "uni-authorize: support of scope.writePhotosAlbum in alipay changed false -> true");
    }

    @Test
    void should_report_a_change_of_the_pages_found_silent() {
        // GIVEN deleteApp still open, now listing the document that was read and found silent
        FixtureDir fx = copyOfValid(temp).replace("feishu-gadget.yaml", "deleteApp: {value: unspecified}",
                "deleteApp: {value: unspecified, silentIn: [seed-000]}");
        // WHEN / THEN
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path()))).containsExactly(
                "feishu-gadget: behaviour deleteApp changed unspecified -> unspecified silentIn=[seed-000]");
    }

    @Test
    void should_report_a_container_api_added_to_a_platform() {
        // GIVEN Alipay's container gains my.getSetting
        FixtureDir fx = copyOfValid(temp).replace("alipay.yaml", "  osPromptOrder: {value: unspecified}\n", """
                  osPromptOrder: {value: unspecified}
                container:
                  global: my
                  apis:
                    - {name: my.getSetting, success: [{field: authSetting}], source: {doc: seed-002, passage: "x"}}
                """);
        // WHEN / THEN
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path()))).containsExactly(
                "alipay: container global changed none -> my",
                "alipay: container API my.getSetting added (available success=[authSetting] failure=[])");
    }

    @Test
    void should_report_an_all_of_requirement_added_to_an_api() {
        // GIVEN the user identity's calls of contact.v3.users.get need two permissions together
        FixtureDir fx = copyOfValid(temp).replace("feishu-openplatform.yaml",
                "    source: {doc: seed-001, passage: \"满足任一权限即可\"}\n", """
                    allOf:
                      - identities: [user]
                        permissions: [contact:user.base:readonly, contact:user.employee_id:readonly]
                        source: {doc: seed-001, passage: "x"}
                    source: {doc: seed-001, passage: "满足任一权限即可"}
                """);
        // WHEN / THEN
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path()))).containsExactly(
                "feishu-openplatform: allOf of API contact.v3.users.get changed [] -> "
                        + "[[user]=[contact:user.base:readonly, contact:user.employee_id:readonly]]");
    }

    @Test
    void should_report_permission_and_api_requirement_changes() {
        FixtureDir fx = copyOfValid(temp)
                .replace("feishu-openplatform.yaml", "levels: {custom: review-exempt, store: normal}",
                        "levels: {custom: review-required, store: normal}")
                .replace("feishu-openplatform.yaml", "anyOf: [contact:user.base:readonly, contact:contact:readonly_as_app]",
                        "anyOf: [contact:user.base:readonly]");
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path()))).containsExactly(
                "feishu-openplatform: levels of permission contact:user.base:readonly changed "
                        + "{custom=review-exempt, store=normal} -> {custom=review-required, store=normal}",
                "feishu-openplatform: anyOf of API contact.v3.users.get changed "
                        + "[contact:user.base:readonly, contact:contact:readonly_as_app] -> [contact:user.base:readonly]");
    }

    @Test
    void should_treat_equal_versions_as_unchanged_gates() {
        FixtureDir fx = copyOfValid(temp).replace("feishu-gadget.yaml", "gate: \"5.2\"", "gate: \"5.2.0\"");
        then(SpecDiff.between(valid(), SpecCatalog.load(fx.path()))).isEmpty();
    }
}
