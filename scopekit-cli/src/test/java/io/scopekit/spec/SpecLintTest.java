package io.scopekit.spec;

import static io.scopekit.testsupport.SpecFixtures.copyOfValid;
import static io.scopekit.testsupport.SpecFixtures.problemsOf;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.SpecFixtures.FixtureDir;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per lint check: each edits one thing in a copy of the valid fixtures and expects exactly one finding. */
class SpecLintTest {

    private static final String GADGET = "feishu-gadget.yaml";
    private static final String WECHAT = "wechat-miniprogram.yaml";
    private static final String PORT = "uni-authorize.yaml";
    private static final String MODEL = "feishu-openplatform.yaml";

    @TempDir
    Path temp;

    private FixtureDir fixtures() {
        return copyOfValid(temp);
    }

    /** Asserts the load fails with exactly this one {@code file:line:column: message}. */
    private static void thenOnlyProblem(FixtureDir fx, String file, String position, String message) {
        List<SpecProblem> problems = problemsOf(fx.path());
        then(problems).extracting(SpecProblem::toString)
                .containsExactly(fx.file(file) + ":" + position + ": " + message);
    }

    @Nested
    class Syntax {

        @Test
        void should_report_line_and_column_when_yaml_is_malformed() {
            // GIVEN a flow sequence that is never closed
            FixtureDir fx = fixtures().replace(GADGET, "appKinds: [mini-program]", "appKinds: [mini-program");
            // WHEN
            List<SpecProblem> problems = problemsOf(fx.path());
            // THEN one syntax error in that file, located on or after the broken line
            then(problems).hasSize(1);
            SpecProblem p = problems.get(0);
            then(p.file()).isEqualTo(fx.file(GADGET));
            then(p.message()).startsWith("YAML syntax error: while parsing a flow sequence");
            then(p.line()).isGreaterThanOrEqualTo(7);
        }

        @Test
        void should_report_second_occurrence_when_a_key_is_duplicated() {
            // GIVEN
            FixtureDir fx = fixtures().replace(GADGET, "name: Feishu (Lark) gadget", "name: Feishu (Lark) gadget\nname: again");
            // WHEN / THEN
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "name: again"),
                    "duplicate key 'name' (first at line 5; keys must be unique in a mapping)");
        }

        @Test
        void should_report_an_empty_file() {
            FixtureDir fx = fixtures().write("empty.yaml", "");
            thenOnlyProblem(fx, "empty.yaml", "1:1", "file is empty (expected a YAML mapping with a 'kind' key)");
        }
    }

    @Nested
    class Kind {

        @Test
        void should_name_the_valid_kinds_when_kind_is_unknown() {
            FixtureDir fx = fixtures().replace(GADGET, "kind: client-platform", "kind: client-plattform");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "client-plattform"),
                    "kind 'client-plattform' is not a spec kind (expected one of: client-platform, port-matrix, permission-model)");
        }

        @Test
        void should_report_missing_kind() {
            FixtureDir fx = fixtures().replace(GADGET, "kind: client-platform\n", "");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "id: feishu-gadget"),
                    "spec is missing required key 'kind' (expected one of: client-platform, port-matrix, permission-model)");
        }

        @Test
        void should_require_the_schema_comment_on_the_first_line() {
            FixtureDir fx = fixtures().replace(GADGET, "# yaml-language-server: $schema=../schemas/client-platform.schema.json\n", "");
            thenOnlyProblem(fx, GADGET, "1:1", "first line is not the schema comment (expected "
                    + "'# yaml-language-server: $schema=../schemas/client-platform.schema.json' so that editors validate the file)");
        }
    }

    @Nested
    class Schema {

        @Test
        void should_list_allowed_keys_when_a_key_is_unknown() {
            FixtureDir fx = fixtures().replace(GADGET, "    label: 麦克风", "    label: 麦克风\n    colour: red");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "colour: red"),
                    "unknown key 'colour' in scope 'scope.record' (expected one of: id, label, description, status, "
                            + "recycledIn, gate, appKinds, apis, components, consent, source)");
        }

        @Test
        void should_report_missing_required_key_at_the_object() {
            // GIVEN the appBadge scope without a source
            FixtureDir fx = fixtures().replace(GADGET,
                    "    source: {doc: seed-000, section: 权限说明, passage: \"scope.appBadge — ✓（飞书 5.9及以上版本生效）\"}\n", "");
            // THEN the finding points at the scope's first key
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "id: scope.appBadge"),
                    "scope 'scope.appBadge' is missing required key 'source'");
        }

        @Test
        void should_list_allowed_values_when_an_enum_value_is_wrong() {
            FixtureDir fx = fixtures().replace("alipay.yaml", "status: unknown", "status: retired");
            thenOnlyProblem(fx, "alipay.yaml", fx.positionOf("alipay.yaml", "retired"),
                    "scope 'scope.userInfo' status 'retired' is not allowed (expected one of: active, cancelled, recycled, unknown)");
        }

        @Test
        void should_report_only_the_value_when_a_behaviour_value_is_wrong() {
            FixtureDir fx = fixtures().replace(WECHAT, "osPromptOrder: {value: unspecified}", "osPromptOrder: {value: sometimes}");
            thenOnlyProblem(fx, WECHAT, fx.positionOf(WECHAT, "sometimes"),
                    "behaviour osPromptOrder value 'sometimes' is not allowed (expected one of: platform-prompt-first, unspecified)");
        }

        @Test
        void should_require_a_source_when_behaviour_is_specified() {
            FixtureDir fx = fixtures().replace(GADGET, "deleteApp: {value: unspecified}", "deleteApp: {value: reset-all-records}");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "{value: reset-all-records}"),
                    "behaviour deleteApp is missing required key 'source'");
        }

        @Test
        void should_reject_silent_pages_on_a_decided_behaviour() {
            // GIVEN a decided entry that also claims its pages were silent
            FixtureDir fx = fixtures().replace(GADGET, "grantedCall: {value: proceed, source: {doc: seed-000, passage: \"已授权时直接调用\"}}",
                    "grantedCall: {value: proceed, silentIn: [seed-000], source: {doc: seed-000, passage: \"已授权时直接调用\"}}");
            // WHEN
            List<SpecProblem> problems = problemsOf(fx.path());
            // THEN one problem, on the grantedCall entry
            then(problems).hasSize(1);
            then(problems.get(0).file()).isEqualTo(fx.file(GADGET));
            then(problems.get(0).message()).contains("grantedCall");
        }

        @Test
        void should_list_the_allowed_actions_when_reset_by_names_another() {
            FixtureDir fx = fixtures().replace(GADGET, "since: \"3.5\"", "since: \"3.5\", resetBy: [wipe]");
            List<SpecProblem> problems = problemsOf(fx.path());
            then(problems).extracting(SpecProblem::message).singleElement().asString()
                    .contains("wipe").contains("reinstall, change-device, upgrade-client");
        }

        @Test
        void should_report_wrong_type_with_the_expected_type() {
            FixtureDir fx = fixtures().replace(GADGET, "appKinds: [mini-program]", "appKinds: mini-program");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "mini-program"), "appKinds is a string (expected a list)");
        }

        @Test
        void should_report_malformed_scope_id_with_what_was_expected() {
            FixtureDir fx = fixtures().replace(GADGET, "id: scope.record", "id: scope.re-cord");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "scope.re-cord"),
                    "scope 'scope.re-cord' id 'scope.re-cord' is malformed (expected Scope id such as scope.userInfo or auth_user.)");
        }

        @Test
        void should_report_a_passage_longer_than_300_characters() {
            String longPassage = "x".repeat(301);
            FixtureDir fx = fixtures().replace(GADGET, "passage: \"已授权时直接调用\"", "passage: \"" + longPassage + "\"");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "\"" + longPassage),
                    "behaviour grantedCall source passage has 301 characters (expected at most 300)");
        }
    }

    @Nested
    class Versions {

        @Test
        void should_explain_expected_format_when_a_gate_is_not_a_version() {
            // GIVEN scope.camera gated at "5.x" (fixture line 24, value at column 11)
            FixtureDir fx = fixtures().replace(GADGET, "gate: \"5.21\"", "gate: \"5.x\"");
            // WHEN / THEN
            thenOnlyProblem(fx, GADGET, "24:11",
                    "scope 'scope.camera' gate '5.x' is not a version (expected digits separated by dots, e.g. 5.21)");
        }

        @Test
        void should_ask_for_quotes_when_a_gate_is_a_yaml_number() {
            FixtureDir fx = fixtures().replace(GADGET, "gate: \"5.9\"", "gate: 5.9");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "5.9\n"),
                    "scope 'scope.appBadge' gate 5.9 is a number, not a version string (quote it: \"5.9\", so that 5.20 "
                            + "and 5.2 are not confused)");
        }

        @Test
        void should_report_a_since_version_whose_segment_is_too_large() {
            FixtureDir fx = fixtures().replace(GADGET, "since: \"3.5\"", "since: \"3.12345678901\"");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "\"3.12345678901\""),
                    "behaviour recordSync since '3.12345678901' is not a version (segment '12345678901' has more than 9 "
                            + "significant digits)");
        }
    }

    @Nested
    class References {

        @Test
        void should_report_a_source_citing_an_unknown_document() {
            FixtureDir fx = fixtures().replace(GADGET, "{doc: seed-000, section: 权限说明, passage: \"scope.record",
                    "{doc: seed-001, section: 权限说明, passage: \"scope.record");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "seed-001"),
                    "scope 'scope.record' source cites document 'seed-001', which is not in this file's documents "
                            + "(expected one of: seed-000)");
        }

        @Test
        void should_report_a_silent_page_that_is_not_a_document_of_the_file() {
            // GIVEN deleteApp left open, listing a document the file does not define among the pages found silent
            FixtureDir fx = fixtures().replace(GADGET, "deleteApp: {value: unspecified}",
                    "deleteApp: {value: unspecified, silentIn: [seed-000, douyin-guide]}");
            // WHEN / THEN
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "douyin-guide"),
                    "behaviour deleteApp silentIn lists document 'douyin-guide' as read and found silent, but it is "
                            + "not in this file's documents (expected one of: seed-000)");
        }

        @Test
        void should_accept_silent_pages_that_are_documents_of_the_file() {
            // GIVEN deleteApp left open after reading the file's only document
            FixtureDir fx = fixtures().replace(GADGET, "deleteApp: {value: unspecified}",
                    "deleteApp: {value: unspecified, silentIn: [seed-000]}");
            // WHEN
            SpecCatalog catalog = SpecCatalog.load(fx.path());
            // THEN the entry keeps the list as an attribute
            then(catalog.platform("feishu-gadget").orElseThrow().behaviour()
                    .get(io.scopekit.consent.BehaviourKey.DELETE_APP).listAttribute("silentIn")).containsExactly("seed-000");
        }

        @Test
        void should_report_a_container_api_that_is_not_on_the_global() {
            // GIVEN Alipay's container, whose APIs hang from `my`, listing a ByteDance API
            FixtureDir fx = fixtures().replace("alipay.yaml", "  osPromptOrder: {value: unspecified}\n", """
                      osPromptOrder: {value: unspecified}
                    container:
                      global: my
                      apis:
                        - {name: my.getSetting, source: {doc: seed-002, passage: "x"}}
                        - {name: tt.getSetting, source: {doc: seed-002, passage: "x"}}
                    """);
            // WHEN / THEN
            thenOnlyProblem(fx, "alipay.yaml", fx.positionOf("alipay.yaml", "tt.getSetting"),
                    "container API 'tt.getSetting' is not on the container's global 'my' (expected a name such as "
                            + "my.authorize)");
        }

        @Test
        void should_report_a_container_api_both_present_and_absent() {
            // GIVEN my.authorize listed as an API and as absent
            FixtureDir fx = fixtures().replace("alipay.yaml", "  osPromptOrder: {value: unspecified}\n", """
                      osPromptOrder: {value: unspecified}
                    container:
                      global: my
                      apis:
                        - {name: my.authorize, source: {doc: seed-002, passage: "x"}}
                      absent:
                        - {name: my.authorize, source: {doc: seed-002, passage: "y"}}
                    """);
            // WHEN
            List<SpecProblem> problems = problemsOf(fx.path());
            // THEN the second listing is reported, naming where the first is
            then(problems).extracting(SpecProblem::message).containsExactly(
                    "container API 'my.authorize' is listed twice (first under apis; an API is either present once or absent)");
        }

        @Test
        void should_report_duplicate_scope_ids_with_the_first_definition() {
            FixtureDir fx = fixtures().replace(GADGET, "id: scope.appBadge", "id: scope.camera");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "scope.camera\n    label: 应用红点"),
                    "duplicate scope id 'scope.camera' (first defined at line 21; ids must be unique in a file)");
        }

        @Test
        void should_report_duplicate_document_ids() {
            FixtureDir fx = fixtures().replace(WECHAT, "  - id: wx-docs",
                    "  - id: seed-003\n    seed: 003_9da539426fe20c1e.txt\n    title: again\n  - id: wx-docs");
            thenOnlyProblem(fx, WECHAT, fx.positionOf(WECHAT, "seed-003\n    seed: 003_9da539426fe20c1e.txt\n    title: again"),
                    "duplicate document id 'seed-003' (first defined at line 9; ids must be unique in a file)");
        }

        @Test
        void should_report_an_api_listed_under_two_scopes() {
            FixtureDir fx = fixtures().replace(WECHAT, "apis: [wx.createVKSession]", "apis: [wx.createVKSession, wx.getLocation]");
            thenOnlyProblem(fx, WECHAT, fx.positionOf(WECHAT, "wx.getLocation]"),
                    "API 'wx.getLocation' is listed under scope 'scope.userLocation' and scope 'scope.camera' "
                            + "(expected an API under only one scope per platform)");
        }

        @Test
        void should_allow_recycled_in_only_with_status_recycled() {
            FixtureDir fx = fixtures().replace(WECHAT, "status: recycled", "status: active");
            thenOnlyProblem(fx, WECHAT, fx.positionOf(WECHAT, "[mini-program]\n    apis: [wx.getUserInfo]"),
                    "scope 'scope.userInfo' has recycledIn but status 'active' (expected recycledIn only with status recycled)");
        }

        @Test
        void should_report_a_scope_app_kind_the_platform_does_not_host() {
            FixtureDir fx = fixtures().replace(GADGET, "    gate: \"5.9\"", "    gate: \"5.9\"\n    appKinds: [mini-game]");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "mini-game"),
                    "scope 'scope.appBadge' exists for app kind 'mini-game', which the platform does not host "
                            + "(expected one of: mini-program)");
        }

        @Test
        void should_report_an_id_that_differs_from_the_file_name() {
            FixtureDir fx = fixtures().rename("alipay.yaml", "alipay-miniprogram.yaml");
            // the port's container names platform 'alipay', which no longer exists either: two findings
            List<SpecProblem> problems = problemsOf(fx.path());
            then(problems).extracting(SpecProblem::toString).contains(fx.file("alipay-miniprogram.yaml") + ":"
                    + fx.positionOf("alipay-miniprogram.yaml", "alipay\n") + ": id 'alipay' does not match the file name "
                    + "'alipay-miniprogram.yaml' (expected id 'alipay-miniprogram' or a file named alipay.yaml)");
        }

        @Test
        void should_report_duplicate_spec_ids_across_files() {
            FixtureDir fx = fixtures().write("alipay.yml", fixtures0Alipay());
            thenOnlyProblem(fx, "alipay.yml", "4:5", "duplicate spec id 'alipay' (also defined in "
                    + fx.file("alipay.yaml") + ":4:5; spec ids must be unique across files)");
        }

        private String fixtures0Alipay() {
            return copyOfValidText("alipay.yaml");
        }

        private String copyOfValidText(String file) {
            return new FixtureDir(io.scopekit.testsupport.SpecFixtures.validDir()).read(file);
        }
    }

    @Nested
    class Phrases {

        @Test
        void should_name_both_files_and_lines_when_two_platforms_share_a_phrase_ignoring_case() {
            // GIVEN Feishu and WeChat both claim "WeChat mini-program", once in another letter case
            FixtureDir fx = fixtures()
                    .replace(GADGET, "clientName: Feishu\n", "clientName: Feishu\nphrases: [Feishu gadget, 飞书小程序]\n")
                    .replace(WECHAT, "clientName: WeChat\n", "clientName: WeChat\nphrases: [WeChat mini-program]\n")
                    .replace("alipay.yaml", "clientName: Alipay\n", "clientName: Alipay\nphrases: [ wechat MINI-program ]\n");
            // WHEN / THEN the later file in load order (by name) is reported, naming where the phrase was first used
            thenOnlyProblem(fx, WECHAT, fx.positionOf(WECHAT, "WeChat mini-program]"),
                    "phrase 'WeChat mini-program' also names platform 'alipay' (" + fx.file("alipay.yaml") + ":"
                            + fx.positionOf("alipay.yaml", "wechat MINI-program") + "; expected each phrase, ignoring "
                            + "case, to name one platform)");
        }

        @Test
        void should_accept_a_phrase_repeated_in_another_case_by_the_same_platform() {
            // GIVEN
            FixtureDir fx = fixtures()
                    .replace(GADGET, "clientName: Feishu\n", "clientName: Feishu\nphrases: [Feishu gadget, feishu GADGET]\n");
            // WHEN
            SpecCatalog catalog = SpecCatalog.load(fx.path());
            // THEN
            then(catalog.platformForPhrase("Feishu Gadget")).map(Spec::id).contains("feishu-gadget");
        }

        @Test
        void should_report_a_phrase_listed_twice() {
            FixtureDir fx = fixtures()
                    .replace(GADGET, "clientName: Feishu\n", "clientName: Feishu\nphrases: [Feishu gadget, Feishu gadget]\n");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "[Feishu gadget, Feishu gadget]"),
                    "phrases lists an entry twice (expected each entry once)");
        }

        @Test
        void should_report_a_blank_phrase() {
            FixtureDir fx = fixtures()
                    .replace(GADGET, "clientName: Feishu\n", "clientName: Feishu\nphrases: [\" \"]\n");
            thenOnlyProblem(fx, GADGET, fx.positionOf(GADGET, "\" \""),
                    "phrases #1 ' ' is malformed (expected A phrase naming the platform: non-empty, no leading or "
                            + "trailing blanks.)");
        }
    }

    @Nested
    class PortMatrix {

        @Test
        void should_report_a_container_naming_an_unloaded_platform() {
            FixtureDir fx = fixtures().replace(PORT, "platform: alipay,", "platform: alipay-cn,");
            thenOnlyProblem(fx, PORT, fx.positionOf(PORT, "alipay-cn"),
                    "container 'alipay' names platform 'alipay-cn', which is not a loaded client-platform spec "
                            + "(loaded: alipay, feishu-gadget, wechat-miniprogram)");
        }

        @Test
        void should_report_a_container_without_support_entry() {
            FixtureDir fx = fixtures().replace(PORT, "support: {alipay: false, wechat: true}", "support: {alipay: false}");
            thenOnlyProblem(fx, PORT, fx.positionOf(PORT, "{alipay: false}"),
                    "scope 'scope.writePhotosAlbum' support has no entry for container 'wechat' (expected true or false "
                            + "for every container)");
        }

        @Test
        void should_report_a_support_entry_for_an_unknown_container() {
            FixtureDir fx = fixtures().replace(PORT, "support: {alipay: true, wechat: true}",
                    "support: {alipay: true, wechat: true, baidu: false}");
            thenOnlyProblem(fx, PORT, fx.positionOf(PORT, "baidu"),
                    "scope 'scope.userInfo' support names unknown container 'baidu' (expected one of: alipay, wechat)");
        }

        @Test
        void should_report_a_native_name_for_an_unknown_container() {
            FixtureDir fx = fixtures().replace(PORT, "nativeNames: {wechat: scope.writePhotosAlbum}",
                    "nativeNames: {bytedance: scope.album}");
            thenOnlyProblem(fx, PORT, fx.positionOf(PORT, "bytedance"),
                    "scope 'scope.writePhotosAlbum' nativeNames names unknown container 'bytedance' (expected one of: "
                            + "alipay, wechat)");
        }

        @Test
        void should_report_duplicate_container_ids() {
            FixtureDir fx = fixtures().replace(PORT, "{id: wechat, platform", "{id: alipay, platform");
            List<SpecProblem> problems = problemsOf(fx.path());
            then(problems).extracting(SpecProblem::toString).contains(fx.file(PORT) + ":"
                    + fx.positionOf(PORT, "alipay, platform: wechat") + ": duplicate container id 'alipay' (first defined "
                    + "at line 12; ids must be unique in a file)");
        }

        @Test
        void should_report_a_consent_that_differs_from_the_container_platform_when_a_supported_scope_is_silent_only_there() {
            // GIVEN Alipay authorizes scope.userInfo silently while the port, supporting it in the alipay container,
            // leaves it at the default prompt
            FixtureDir fx = fixtures().replace("alipay.yaml", "    apis: [my.getOpenUserInfo]\n",
                    "    apis: [my.getOpenUserInfo]\n"
                            + "    consent: {value: silent, source: {doc: seed-002, passage: \"静默授权\"}}\n");
            // WHEN / THEN the port's scope is reported, naming both sides
            thenOnlyProblem(fx, PORT, fx.positionOf(PORT, "id: scope.userInfo"),
                    "scope 'scope.userInfo' has consent 'prompt' but container 'alipay' runs it as platform 'alipay'"
                            + " scope 'scope.userInfo', whose consent is 'silent' (" + fx.file("alipay.yaml")
                            + "; expected the same consent on both)");
        }

        @Test
        void should_report_an_unknown_consent_value_when_it_is_neither_prompt_nor_silent() {
            // GIVEN
            FixtureDir fx = fixtures().replace(PORT, "    apis: [getUserInfo]\n",
                    "    apis: [getUserInfo]\n    consent: {value: quiet, source: {doc: seed-002, passage: \"x\"}}\n");
            // WHEN / THEN the schema names the allowed values
            thenOnlyProblem(fx, PORT, fx.positionOf(PORT, "quiet"),
                    "scope 'scope.userInfo' consent value 'quiet' is not allowed (expected one of: prompt, silent, ahead-unspecified)");
        }

        @Test
        void should_report_a_response_for_an_unknown_container() {
            FixtureDir fx = fixtures().replace(PORT, "  - container: alipay", "  - container: baidu");
            thenOnlyProblem(fx, PORT, fx.positionOf(PORT, "baidu"),
                    "response names unknown container 'baidu' (expected one of: alipay, wechat)");
        }
    }

    @Nested
    class PermissionModel {

        @Test
        void should_report_any_of_naming_an_undefined_permission() {
            FixtureDir fx = fixtures().replace(MODEL, "anyOf: [contact:user.base:readonly, contact:contact:readonly_as_app]",
                    "anyOf: [contact:user.base:readonly, contact:department:readonly]");
            thenOnlyProblem(fx, MODEL, fx.positionOf(MODEL, "contact:department:readonly"),
                    "API 'contact.v3.users.get' anyOf names permission 'contact:department:readonly', which is not defined "
                            + "in permissions (expected one of: contact:user.base:readonly, contact:contact:readonly_as_app, "
                            + "contact:user.employee_id:readonly)");
        }

        @Test
        void should_report_an_all_of_naming_a_permission_its_identity_cannot_hold() {
            // GIVEN an all-of for the user identity naming contact:contact:readonly_as_app, a tenant-only permission
            FixtureDir fx = fixtures().replace(MODEL, "    source: {doc: seed-001, passage: \"满足任一权限即可\"}\n", """
                        allOf:
                          - identities: [user]
                            permissions: [contact:contact:readonly_as_app, contact:user.base:readonly]
                            source: {doc: seed-001, passage: "x"}
                        source: {doc: seed-001, passage: "满足任一权限即可"}
                    """);
            // WHEN / THEN the loader names the permission, the identity and the identities the permission has
            thenOnlyProblem(fx, MODEL, fx.positionOf(MODEL, "contact:contact:readonly_as_app, contact:user.base:readonly]"),
                    "API 'contact.v3.users.get' allOf needs permission 'contact:contact:readonly_as_app' for the user "
                            + "identity, which cannot hold it (the permission's identities: tenant)");
        }

        @Test
        void should_report_an_all_of_naming_an_undefined_permission_or_an_identity_the_api_does_not_take() {
            // GIVEN an all-of naming a permission outside the catalog, for an identity that is not a token type
            FixtureDir fx = fixtures().replace(MODEL, "    source: {doc: seed-001, passage: \"满足任一权限即可\"}\n", """
                        allOf:
                          - identities: [bot]
                            permissions: [contact:user.base:readonly, im:message.send_as_user]
                            source: {doc: seed-001, passage: "x"}
                        source: {doc: seed-001, passage: "满足任一权限即可"}
                    """);
            // WHEN
            List<SpecProblem> problems = problemsOf(fx.path());
            // THEN both are reported, each at its place
            then(problems).extracting(SpecProblem::toString).containsExactly(
                    fx.file(MODEL) + ":" + fx.positionOf(MODEL, "bot]") + ": API 'contact.v3.users.get' allOf names "
                            + "identity 'bot', which is not defined in tokenTypes of the API (expected one of: tenant, user)",
                    fx.file(MODEL) + ":" + fx.positionOf(MODEL, "im:message.send_as_user]") + ": API "
                            + "'contact.v3.users.get' allOf names permission 'im:message.send_as_user', which is not "
                            + "defined in permissions (expected one of: contact:user.base:readonly, "
                            + "contact:contact:readonly_as_app, contact:user.employee_id:readonly)");
        }

        @Test
        void should_report_an_all_of_of_one_permission_when_the_schema_needs_two() {
            // GIVEN an all-of of a single permission, which is an any-of of one
            FixtureDir fx = fixtures().replace(MODEL, "    source: {doc: seed-001, passage: \"满足任一权限即可\"}\n", """
                        allOf:
                          - identities: [user]
                            permissions: [contact:user.base:readonly]
                            source: {doc: seed-001, passage: "x"}
                        source: {doc: seed-001, passage: "满足任一权限即可"}
                    """);
            // WHEN
            List<SpecProblem> problems = problemsOf(fx.path());
            // THEN the schema refuses it
            then(problems).hasSize(1);
            then(problems.get(0).toString()).startsWith(fx.file(MODEL) + ":").contains("permissions");
        }

        @Test
        void should_report_a_field_requirement_naming_an_undefined_permission() {
            FixtureDir fx = fixtures().replace(MODEL, "anyOf: [contact:user.employee_id:readonly]}",
                    "anyOf: [contact:user.id:readonly]}");
            thenOnlyProblem(fx, MODEL, fx.positionOf(MODEL, "contact:user.id:readonly"),
                    "API 'contact.v3.users.get' field 'user_id' anyOf names permission 'contact:user.id:readonly', which "
                            + "is not defined in permissions (expected one of: contact:user.base:readonly, "
                            + "contact:contact:readonly_as_app, contact:user.employee_id:readonly)");
        }

        @Test
        void should_report_levels_naming_an_unknown_app_type() {
            FixtureDir fx = fixtures().replace(MODEL, "levels: {custom: review-exempt, store: normal}",
                    "levels: {custom: review-exempt, marketplace: normal}");
            thenOnlyProblem(fx, MODEL, fx.positionOf(MODEL, "marketplace"),
                    "permission 'contact:user.base:readonly' levels names app type 'marketplace', which is not defined in "
                            + "appTypes (expected one of: custom, store)");
        }

        @Test
        void should_report_a_level_of_another_app_type() {
            FixtureDir fx = fixtures().replace(MODEL, "levels: {custom: review-exempt, store: normal}",
                    "levels: {custom: normal, store: normal}");
            thenOnlyProblem(fx, MODEL, fx.positionOf(MODEL, "normal, store: normal"),
                    "permission 'contact:user.base:readonly' level 'normal' is not a level of app type 'custom' "
                            + "(expected one of: review-exempt, review-required, unknown)");
        }

        @Test
        void should_accept_unknown_as_a_level() {
            // GIVEN the valid fixture already uses {store: unknown}; WHEN loading THEN it is accepted
            then(SpecCatalog.load(io.scopekit.testsupport.SpecFixtures.validDir())
                    .permissionModel("feishu-openplatform").orElseThrow()
                    .permission("contact:contact:readonly_as_app").orElseThrow().levels())
                    .containsEntry("store", Permission.UNKNOWN_LEVEL);
        }

        @Test
        void should_report_an_undefined_identity() {
            FixtureDir fx = fixtures().replace(MODEL, "identities: [tenant]\n", "identities: [bot]\n");
            thenOnlyProblem(fx, MODEL, fx.positionOf(MODEL, "bot"),
                    "permission 'contact:contact:readonly_as_app' names identity 'bot', which is not defined in identities "
                            + "(expected one of: tenant, user)");
        }

        @Test
        void should_report_an_undefined_token_type() {
            FixtureDir fx = fixtures().replace(MODEL, "tokenTypes: [tenant, user]", "tokenTypes: [tenant, app]");
            thenOnlyProblem(fx, MODEL, fx.positionOf(MODEL, "app]\n    anyOf"),
                    "API 'contact.v3.users.get' tokenTypes names identity 'app', which is not defined in identities "
                            + "(expected one of: tenant, user)");
        }

        @Test
        void should_report_duplicate_permission_ids() {
            FixtureDir fx = fixtures().replace(MODEL, "  - id: contact:user.employee_id:readonly",
                    "  - id: contact:user.base:readonly");
            List<SpecProblem> problems = problemsOf(fx.path());
            then(problems).extracting(SpecProblem::toString).contains(fx.file(MODEL) + ":"
                    + fx.positionOf(MODEL, "contact:user.base:readonly\n    name: 获取用户 user ID")
                    + ": duplicate permission id 'contact:user.base:readonly' (first defined at line 23; ids must be "
                    + "unique in a file)");
        }
    }

    @Nested
    class AllAtOnce {

        @Test
        void should_report_every_problem_of_every_file_when_several_files_are_bad() {
            // GIVEN one problem in each of three files
            FixtureDir fx = fixtures()
                    .replace(GADGET, "gate: \"5.21\"", "gate: \"5.x\"")
                    .replace("alipay.yaml", "status: unknown", "status: retired")
                    .replace(MODEL, "tokenTypes: [tenant, user]", "tokenTypes: [tenant, app]");
            // WHEN
            List<SpecProblem> problems = problemsOf(fx.path());
            // THEN all three are reported, ordered by file, and nothing is loaded
            then(problems).extracting(SpecProblem::file)
                    .containsExactly(fx.file("alipay.yaml"), fx.file(GADGET), fx.file(MODEL));
        }

        @Test
        void should_report_a_missing_directory() {
            Path missing = temp.resolve("nope");
            then(problemsOf(missing)).extracting(SpecProblem::toString)
                    .containsExactly(missing + ": no such directory (expected a folder of *.yaml spec files)");
        }
    }
}
