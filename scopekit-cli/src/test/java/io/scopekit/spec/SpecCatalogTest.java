package io.scopekit.spec;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.consent.BehaviourKey;
import io.scopekit.testsupport.SpecFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecCatalogTest {

    private static SpecCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = SpecCatalog.load(SpecFixtures.validDir());
    }

    @Test
    void should_load_every_spec_in_file_name_order_when_fixtures_are_valid() {
        then(catalog.ids()).containsExactly("alipay", "feishu-gadget", "feishu-openplatform", "uni-authorize",
                "wechat-miniprogram");
        then(catalog.clientPlatforms()).extracting(ClientPlatformSpec::id)
                .containsExactly("alipay", "feishu-gadget", "wechat-miniprogram");
        then(catalog.portMatrix("uni-authorize")).isPresent();
        then(catalog.permissionModel("feishu-openplatform")).isPresent();
        then(catalog.platform("uni-authorize")).as("a port is not a client platform").isEmpty();
    }

    @Test
    void should_count_scopes_apis_and_permissions_of_every_kind() {
        // WHEN
        SpecCounts counts = catalog.counts();
        // THEN scopes: 1 + 4 + 3 (platforms) + 2 (port); APIs: 1 + 6 + 4 (platforms) + 2 (port) + 1 (open platform)
        then(counts).isEqualTo(new SpecCounts(5, 10, 14, 3));
    }

    @Test
    void should_find_scope_and_gate_when_looking_up_an_api() {
        // WHEN
        ScopeSpec scope = catalog.scopeForApi("feishu-gadget", "getUserInfo").orElseThrow();
        // THEN
        then(scope.id()).isEqualTo("scope.userInfo");
        then(scope.gate()).contains(Version.parse("5.2"));
        then(scope.gateRequiresAuthorization(Version.parse("5.1.9"))).isFalse();
        then(scope.gateRequiresAuthorization(Version.parse("5.2"))).isTrue();
        then(scope.appKinds()).as("defaults to the platform's app kinds").containsExactly(AppKind.MINI_PROGRAM);
        then(scope.source().section()).contains("权限说明");
        then(catalog.scopeForApi("feishu-gadget", "noSuchApi")).isEmpty();
        then(catalog.scopeForApi("no-such-platform", "getUserInfo")).isEmpty();
    }

    @Test
    void should_expose_recycling_per_app_kind() {
        ScopeSpec userInfo = catalog.platform("wechat-miniprogram").orElseThrow().scope("scope.userInfo").orElseThrow();
        then(userInfo.status()).isEqualTo(ScopeStatus.RECYCLED);
        then(userInfo.availableFor(AppKind.MINI_PROGRAM)).isFalse();
        then(userInfo.availableFor(AppKind.MINI_GAME)).isTrue();
    }

    @Test
    void should_expose_behaviour_parameters_with_attributes_and_sources() {
        Behaviour wechat = catalog.platform("wechat-miniprogram").orElseThrow().behaviour();
        then(wechat.params().keySet()).containsExactlyElementsOf(BehaviourKey.wireNames());
        then(wechat.get(BehaviourKey.DENY_ERR_MSG).patterns()).containsExactly("auth deny", "auth denied");
        then(wechat.get(BehaviourKey.RECORD_SYNC).isUnspecified()).isTrue();
        then(wechat.get(BehaviourKey.RECORD_SYNC).source()).isEmpty();
        Behaviour feishu = catalog.platform("feishu-gadget").orElseThrow().behaviour();
        then(feishu.get(BehaviourKey.RECORD_SYNC).since()).contains(Version.parse("3.5"));
        then(feishu.get(BehaviourKey.RECORD_SYNC).listAttribute("survives")).containsExactly("reinstall", "change-device");
        then(feishu.get(BehaviourKey.DENIED_CALL).value()).isEqualTo("fail-and-guide-to-settings");
    }

    @Test
    void should_expose_the_port_matrix_with_native_names() {
        PortMatrixSpec port = catalog.portMatrix("uni-authorize").orElseThrow();
        then(port.containers()).extracting(Container::platform).containsExactly("alipay", "wechat-miniprogram");
        PortScope album = port.scope("scope.writePhotosAlbum").orElseThrow();
        then(album.supportedIn("alipay")).isFalse();
        then(album.supportedIn("wechat")).isTrue();
        then(album.nativeName("wechat")).isEqualTo("scope.writePhotosAlbum");
        then(port.scopeForApi("getUserInfo")).map(PortScope::id).contains("scope.userInfo");
        then(port.responses().get(0).fields()).extracting(ResponseField::name).containsExactly("authCode");
    }

    @Test
    void should_expose_permissions_apis_and_errors_of_the_permission_model() {
        PermissionModelSpec model = catalog.permissionModel("feishu-openplatform").orElseThrow();
        OpenApi api = model.api("contact.v3.users.get").orElseThrow();
        then(api.anyOf()).containsExactly("contact:user.base:readonly", "contact:contact:readonly_as_app");
        then(api.fieldRequirements().get(0).anyOf()).containsExactly("contact:user.employee_id:readonly");
        then(model.permission("contact:user.base:readonly").orElseThrow().userTokenDebugFree()).contains(true);
        then(model.appType("store").orElseThrow().level("normal").orElseThrow().reviewers())
                .containsExactly("platform", "tenant-admin");
        then(model.appType("custom").orElseThrow().level("review-required").orElseThrow().reviewers())
                .containsExactly("tenant-admin");
        then(model.error(99991672L).orElseThrow().violationType()).contains("action_scope_required");
        then(model.rules().get("testVersionCarriedToFormal").value()).isEqualTo(false);
    }

    @Test
    void should_record_file_and_sha256_of_each_spec() throws Exception {
        Path file = SpecFixtures.validDir().resolve("feishu-gadget.yaml");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        then(catalog.sha256("feishu-gadget")).contains(expected);
        then(catalog.file("feishu-gadget")).contains(file.toString());
        then(catalog.fileDigests()).containsEntry("feishu-gadget.yaml", expected).hasSize(5);
    }

    @Test
    void should_give_an_empty_catalog_when_the_directory_has_no_specs(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("README.md"), "not a spec");
        then(SpecCatalog.load(empty).size()).isZero();
    }
}
