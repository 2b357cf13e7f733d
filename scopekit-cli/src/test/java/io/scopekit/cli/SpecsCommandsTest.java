package io.scopekit.cli;

import static io.scopekit.testsupport.CliRun.scopekit;
import static io.scopekit.testsupport.SpecFixtures.copyOfValid;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import io.scopekit.testsupport.SpecFixtures;
import io.scopekit.testsupport.SpecFixtures.FixtureDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SpecsCommandsTest {

    private static final String VALID = SpecFixtures.validDir().toString();

    @TempDir
    Path temp;

    // ------------------------------------------------------------------ lint

    @Test
    void should_exit_2_naming_every_subcommand_when_specs_is_run_without_one() {
        // WHEN
        Result r = scopekit("specs");
        // THEN the usage error lists the subcommands in their declared order
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.out()).isEmpty();
        then(r.err()).startsWith("scopekit specs: missing subcommand (lint, show or diff)");
    }

    @Test
    void should_print_counts_and_exit_0_when_lint_finds_nothing() {
        // WHEN
        Result r = scopekit("specs", "lint", "--specs", VALID);
        // THEN scopes: 4 + 3 + 1 (platforms) + 2 (port); APIs: 6 + 4 + 1 + 2 + 1 (open platform)
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        then(r.out()).isEqualTo("OK: 5 specs, 10 scopes, 14 APIs, 3 permissions" + System.lineSeparator());
        then(r.err()).isEmpty();
    }

    @Test
    void should_print_every_finding_on_stderr_and_exit_2_when_lint_fails() {
        // GIVEN two problems in two files
        FixtureDir fx = copyOfValid(temp)
                .replace("feishu-gadget.yaml", "gate: \"5.21\"", "gate: \"5.x\"")
                .replace("alipay.yaml", "status: unknown", "status: retired");
        // WHEN
        Result r = scopekit("specs", "lint", "--specs", fx.path().toString());
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.out()).isEmpty();
        then(r.err().lines()).containsExactly(
                fx.file("alipay.yaml") + ":" + fx.positionOf("alipay.yaml", "retired")
                        + ": scope 'scope.userInfo' status 'retired' is not allowed (expected one of: active, cancelled, "
                        + "recycled, unknown)",
                fx.file("feishu-gadget.yaml") + ":24:11: scope 'scope.camera' gate '5.x' is not a version (expected "
                        + "digits separated by dots, e.g. 5.21)",
                "2 problems; specs not loaded");
    }

    // ------------------------------------------------------------------ show

    @Test
    void should_print_scopes_gates_and_behaviour_as_json_when_show_has_json_flag() {
        // WHEN
        Result r = scopekit("specs", "show", "feishu-gadget", "--json", "--specs", VALID);
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        then(json.get("id").asString()).isEqualTo("feishu-gadget");
        then(json.get("kind").asString()).isEqualTo("client-platform");
        then(json.get("gates").toString())
                .isEqualTo("{\"scope.userInfo\":\"5.2\",\"scope.camera\":\"5.21\",\"scope.appBadge\":\"5.9\"}");
        JsonNode record = json.get("scopes").get(2);
        then(record.get("id").asString()).isEqualTo("scope.record");
        then(record.get("status").asString()).isEqualTo("active");
        then(record.get("gate").isNull()).isTrue();
        then(record.get("apis").toString()).isEqualTo("[\"getRecorderManager\",\"CameraContext.startRecord\"]");
        then(json.get("behaviour").get("recordSync").get("since").asString()).isEqualTo("3.5");
        then(json.get("behaviour").get("deniedCall").get("source").get("doc").asString()).isEqualTo("seed-000");
    }

    @Test
    void should_print_the_matrix_as_json_when_showing_a_port() {
        Result r = scopekit("specs", "show", "uni-authorize", "--json", "--specs", VALID);
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode matrix = JsonMapper.builder().build().readTree(r.out()).get("matrix");
        then(matrix.get("scope.writePhotosAlbum").get("alipay").get("supported").asBoolean()).isFalse();
        then(matrix.get("scope.writePhotosAlbum").get("wechat").get("supported").asBoolean()).isTrue();
        then(matrix.get("scope.userInfo").get("wechat").get("nativeName").asString()).isEqualTo("scope.userInfo");
    }

    @Test
    void should_print_silent_consent_with_its_source_when_showing_the_shipped_port() {
        // GIVEN the shipped specs, where auth_base is silent (seed 002 scope 列表: 静默授权，不会发起授权浮窗)
        // WHEN
        Result r = scopekit("specs", "show", "uni-authorize", "--json", "--specs", "platform-specs");
        // THEN auth_base says silent with the seed as source; other scopes show the default prompt without a source
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode scopes = JsonMapper.builder().build().readTree(r.out()).get("scopes");
        JsonNode authBase = null;
        JsonNode camera = null;
        for (JsonNode scope : scopes) {
            if (scope.get("id").asString().equals("auth_base")) {
                authBase = scope;
            } else if (scope.get("id").asString().equals("scope.camera")) {
                camera = scope;
            }
        }
        then(authBase).isNotNull();
        then(authBase.get("consent").get("mode").asString()).isEqualTo("silent");
        then(authBase.get("consent").get("source").get("doc").asString()).isEqualTo("seed-002");
        then(camera.get("consent").toString()).isEqualTo("{\"mode\":\"prompt\"}");
    }

    @Test
    void should_print_identical_json_when_run_twice() {
        then(scopekit("specs", "show", "feishu-openplatform", "--json", "--specs", VALID).out())
                .isEqualTo(scopekit("specs", "show", "feishu-openplatform", "--json", "--specs", VALID).out());
    }

    @Test
    void should_print_tables_when_show_has_no_json_flag() {
        Result r = scopekit("specs", "show", "feishu-gadget", "--specs", VALID);
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        then(r.out()).contains("feishu-gadget (client-platform): Feishu (Lark) gadget")
                .containsPattern("scope\\.camera +active +5\\.21 +- +camera +摄像头")
                .containsPattern("recordSync +server-synced since=3.5 survives=\\[reinstall, change-device\\] +seed-000: V3.5");
        Result port = scopekit("specs", "show", "uni-authorize", "--specs", VALID);
        then(port.out()).containsPattern("scope\\.writePhotosAlbum +no +yes");
        Result model = scopekit("specs", "show", "feishu-openplatform", "--specs", VALID);
        then(model.out()).containsPattern("contact\\.v3\\.users\\.get +GET +/open-apis/contact/v3/users/:user_id");
    }

    @Test
    void should_list_valid_ids_and_exit_2_when_platform_is_unknown() {
        Result r = scopekit("specs", "show", "feishu", "--specs", VALID);
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.out()).isEmpty();
        then(r.err()).contains("unknown spec 'feishu'")
                .contains("valid ids: alipay, feishu-gadget, feishu-openplatform, uni-authorize, wechat-miniprogram");
    }

    // ------------------------------------------------------------------ diff

    @Test
    void should_report_exactly_the_moved_gate_and_exit_1_when_diffing() {
        // GIVEN the camera gate moved from 5.21 to 5.22
        FixtureDir fx = copyOfValid(temp).replace("feishu-gadget.yaml", "gate: \"5.21\"", "gate: \"5.22\"");
        // WHEN
        Result r = scopekit("specs", "diff", VALID, fx.path().toString());
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        then(r.out().lines()).containsExactly("feishu-gadget: gate of scope.camera changed 5.21 -> 5.22");
        then(r.err()).isEmpty();
    }

    @Test
    void should_say_no_differences_and_exit_0_when_diffing_identical_dirs() {
        FixtureDir fx = copyOfValid(temp);
        Result r = scopekit("specs", "diff", VALID, fx.path().toString());
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        then(r.out()).isEqualTo("no differences between " + VALID + " and " + fx.path() + "\n");
    }

    @Test
    void should_exit_2_when_a_diff_side_fails_to_load() {
        FixtureDir fx = copyOfValid(temp).replace("feishu-gadget.yaml", "gate: \"5.21\"", "gate: \"5.x\"");
        Result r = scopekit("specs", "diff", VALID, fx.path().toString());
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("gate '5.x' is not a version");
    }

    // ------------------------------------------------------------------ usage

    @Test
    void should_exit_2_when_an_option_is_unknown() {
        Result r = scopekit("specs", "lint", "--spec", VALID);
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("Unknown options: '--spec'").contains("Possible solutions: --specs");
    }

    @Test
    void should_exit_2_when_a_subcommand_is_missing_or_unknown() {
        then(scopekit("specs").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(scopekit("nonsense").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(scopekit("specs", "diff", VALID).exitCode()).as("missing NEW_DIR").isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void should_exit_2_when_specs_dir_does_not_exist() {
        Result r = scopekit("specs", "lint", "--specs", temp.resolve("missing").toString());
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("no such directory");
    }

    @Test
    void should_print_help_and_version_and_exit_0() {
        then(scopekit("--help").out()).contains("specs");
        Result version = scopekit("--version");
        then(version.exitCode()).isEqualTo(ExitCode.OK);
        then(version.out()).startsWith("scopekit ");
    }
}
