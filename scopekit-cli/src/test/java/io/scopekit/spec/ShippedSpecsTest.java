package io.scopekit.spec;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.testsupport.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the specs the kit ships (platform-specs/, embedded in the jar) against the facts of the seeds that
 * issue 2's acceptance names: these are the numbers a reviewer can recount in the seed documents.
 */
class ShippedSpecsTest {

    private static final Path SHIPPED = Path.of("platform-specs");

    @Test
    void should_lint_clean_when_checking_the_shipped_specs() {
        // WHEN
        Result r = scopekit("specs", "lint");

        // THEN
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        then(r.out()).startsWith("OK: 11 specs");
    }

    @Test
    void should_list_nine_scopes_and_three_gates_when_showing_feishu_gadget() throws IOException {
        // GIVEN seed 000 权限说明: 9 scopes; 5.2 for userInfo, 5.21 for camera, 5.9 for appBadge
        // WHEN
        JsonNode json = showJson("feishu-gadget");

        // THEN
        then(json.get("scopes")).hasSize(9);
        then(ids(json.get("scopes"))).containsExactly("scope.userInfo", "scope.userLocation", "scope.camera",
                "scope.record", "scope.writePhotosAlbum", "scope.clipboard", "scope.appBadge", "scope.bluetooth",
                "scope.runData");
        then(JsonMapper.builder().build().convertValue(json.get("gates"), Map.class)).containsExactlyInAnyOrderEntriesOf(
                Map.of("scope.userInfo", "5.2", "scope.camera", "5.21", "scope.appBadge", "5.9"));
    }

    @Test
    void should_decide_only_the_behaviours_the_platforms_own_pages_settle_when_showing_the_four_platforms()
            throws IOException {
        // GIVEN the consent pages of Douyin, Baidu, Alipay and Kuaishou (and its mini-games) cited in their specs
        Map<String, List<String>> expected = Map.of(
                "bytedance", List.of("grantedCall", "neverAskedCall", "deniedCall", "getSetting", "settingsPageLists",
                        "openSettingToggle", "recordKept", "recordSync"),
                "baidu", List.of("grantedCall", "neverAskedCall", "deniedCall", "openSettingToggle", "recordKept",
                        "deleteApp", "recordSync"),
                "alipay", List.of("getSetting", "settingsPageLists"),
                "kuaishou", List.of("authorizeAhead"),
                "kuaishou-minigame", List.of("grantedCall", "neverAskedCall", "deniedCall", "openSettingToggle",
                        "recordKept"));
        expected.forEach((platform, keys) -> {
            // WHEN
            JsonNode behaviour = showJsonUnchecked(platform).get("behaviour");
            // THEN exactly those keys are decided, each citing a public page rather than the port's seed
            List<String> decided = new ArrayList<>();
            behaviour.properties().forEach(e -> {
                if (!e.getValue().get("value").asString().equals("unspecified")) {
                    decided.add(e.getKey());
                    then(e.getValue().get("source").get("doc").asString()).as(platform + " " + e.getKey())
                            .doesNotStartWith("seed-");
                }
            });
            then(decided).as(platform).containsExactlyElementsOf(keys);
        });
    }

    @Test
    void should_list_the_pages_read_and_found_silent_on_every_open_key_when_showing_the_four_platforms()
            throws IOException {
        for (String platform : List.of("alipay", "bytedance", "baidu", "kuaishou", "kuaishou-minigame")) {
            // WHEN
            JsonNode json = showJson(platform);
            // THEN every unspecified key but one explained by a deprecation names the documents it was looked for in
            List<String> documentIds = ids(json.get("documents"));
            json.get("behaviour").properties().forEach(e -> {
                JsonNode entry = e.getValue();
                if (entry.get("value").asString().equals("unspecified") && entry.get("silentIn") != null) {
                    entry.get("silentIn").forEach(doc -> then(documentIds).as(platform + " " + e.getKey())
                            .contains(doc.asString()));
                }
            });
            then(json.get("behaviour").get("osPromptOrder").get("silentIn")).as(platform).isNotEmpty();
        }
    }

    @Test
    void should_show_alipay_without_my_authorize_and_with_error_fields_when_showing_its_container() throws IOException {
        // GIVEN Alipay's authorization page (my.getAuthCode) and its error codes (error / errorMessage)
        // WHEN
        JsonNode container = showJson("alipay").get("container");
        // THEN the container hangs from `my`, has no my.authorize, and its getAuthCode failures carry error / errorMessage
        then(container.get("global").asString()).isEqualTo("my");
        then(names(container.get("absent"))).containsExactly("my.authorize");
        then(names(container.get("apis"))).containsExactly("my.getAuthCode", "my.getSetting", "my.openSetting");
        List<String> failure = new ArrayList<>();
        container.get("apis").get(0).get("failure").forEach(f -> failure.add(f.get("field").asString()));
        then(failure).contains("error", "errorMessage").doesNotContain("errMsg");
    }

    @Test
    void should_show_the_base_library_gates_of_tt_authorize_when_showing_bytedance_container() throws IOException {
        // GIVEN the mini-app tt.authorize page: 1.3.0 for the API, 1.13.0 for data / authorize:ok, 1.20.0 for errNo
        // WHEN
        JsonNode authorize = showJson("bytedance").get("container").get("apis").get(0);
        // THEN
        then(authorize.get("name").asString()).isEqualTo("tt.authorize");
        then(authorize.get("since").asString()).isEqualTo("1.3.0");
        then(authorize.get("status").asString()).isEqualTo("deprecated");
        then(authorize.get("success").get(0).get("value").asString()).isEqualTo("authorize:ok");
        then(authorize.get("success").get(0).get("since").asString()).isEqualTo("1.13.0");
        then(authorize.get("failure").get(1).get("field").asString()).isEqualTo("errNo");
        then(authorize.get("failure").get(1).get("since").asString()).isEqualTo("1.20.0");
    }

    @Test
    void should_list_thirteen_scopes_three_cancelled_when_showing_wechat_miniprogram() throws IOException {
        // GIVEN seed 003 权限列表: 13 rows; address, invoiceTitle and invoice "已取消授权，可以直接调用对应接口"
        // WHEN
        JsonNode json = showJson("wechat-miniprogram");

        // THEN
        then(json.get("scopes")).hasSize(13);
        List<String> cancelled = new ArrayList<>();
        json.get("scopes").forEach(s -> {
            if (s.get("status").asString().equals("cancelled")) {
                cancelled.add(s.get("id").asString());
            }
        });
        then(cancelled).containsExactlyInAnyOrder("scope.address", "scope.invoiceTitle", "scope.invoice");
    }

    @Test
    void should_hold_the_seed_matrix_when_showing_uni_authorize() throws IOException {
        // GIVEN seed 002 scope 列表, read icon by icon (Y = the container's icon is in the row)
        Map<String, String> expected = new LinkedHashMap<>();
        //                      alipay wechat bytedance baidu kuaishou
        expected.put("scope.userInfo", "YYY-Y");
        expected.put("scope.userLocation", "-YYYY");
        expected.put("scope.userLocationBackground", "-Y--Y");
        expected.put("scope.werun", "-Y---");
        expected.put("scope.record", "-YYYY");
        expected.put("scope.writePhotosAlbum", "YYYYY");
        expected.put("scope.camera", "YYYYY");
        expected.put("scope.calendar", "---Y-");
        expected.put("auth_base", "Y----");
        expected.put("auth_zhima", "Y----");

        // WHEN
        JsonNode matrix = showJson("uni-authorize").get("matrix");

        // THEN
        Map<String, String> actual = new LinkedHashMap<>();
        matrix.properties().forEach(row -> {
            StringBuilder cells = new StringBuilder();
            for (String c : List.of("alipay", "wechat", "bytedance", "baidu", "kuaishou")) {
                cells.append(row.getValue().get(c).get("supported").asBoolean() ? 'Y' : '-');
            }
            actual.put(row.getKey(), cells.toString());
        });
        then(actual).containsExactlyEntriesOf(expected);
        then(matrix.get("scope.writePhotosAlbum").get("bytedance").get("nativeName").asString()).isEqualTo("scope.album");
    }

    @Test
    void should_report_exactly_one_change_when_a_shipped_gate_moves(@TempDir Path copy) throws IOException {
        // GIVEN a copy of the shipped specs with scope.camera's gate moved from 5.21 to 5.22
        try (var files = Files.list(SHIPPED)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path gadget = copy.resolve("feishu-gadget.yaml");
        String text = Files.readString(gadget);
        then(text).containsOnlyOnce("gate: \"5.21\"");
        Files.writeString(gadget, text.replace("gate: \"5.21\"", "gate: \"5.22\""));

        // WHEN
        Result r = scopekit("specs", "diff", SHIPPED.toString(), copy.toString());

        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        then(r.out().strip().lines()).containsExactly("feishu-gadget: gate of scope.camera changed 5.21 -> 5.22");
    }

    @Test
    void should_keep_undocumented_permission_flags_apart_from_false_when_showing_feishu_openplatform()
            throws IOException {
        // GIVEN seed 001 方式一: review-free debugging with the developer's user_access_token is documented for the
        // bitable example only; for other permissions the documents do not say
        // WHEN
        JsonNode permissions = showJson("feishu-openplatform").get("permissions");

        // THEN
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        permissions.forEach(p -> byId.put(p.get("id").asString(), p));
        then(byId.get("bitable:app").get("userTokenDebugFree").asBoolean()).isTrue();
        then(byId.get("contact:user.base:readonly").get("userTokenDebugFree").isNull()).isTrue();
    }

    private static JsonNode showJson(String platform) throws IOException {
        Result r = scopekit("specs", "show", platform, "--json");
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        return JsonMapper.builder().build().readTree(r.out());
    }

    private static JsonNode showJsonUnchecked(String platform) {
        try {
            return showJson(platform);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get("name").asString()));
        return names;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }
}
