package io.scopekit.cli;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScopesCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void should_exit_2_naming_both_subcommands_when_scopes_is_run_without_one() {
        // WHEN
        Result r = scopekit("scopes");
        // THEN the usage error lists the subcommands in their declared order
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.out()).isEmpty();
        then(r.err()).startsWith("scopekit scopes: missing subcommand (minimal or lint)");
    }

    @Test
    void should_print_the_minimal_set_as_json_and_exit_0_when_the_plan_is_valid() {
        // WHEN
        Result r = scopekit("scopes", "minimal", "--api", "contact.v3.users.get", "--api", "contact.v3.users.batch",
                "--field", "user_id", "--json");
        // THEN batch accepts only contact.base:readonly, which then covers get too; user_id once per API
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        then(r.err()).isEmpty();
        JsonNode json = JSON.readTree(r.out());
        then(json.get("solver").get("method").asString()).isEqualTo("exact");
        then(json.get("permissions").findValuesAsString("id")).containsExactly(
                "contact:contact.base:readonly", "contact:user.employee_id:readonly");
        then(json.get("permissions").get(0).get("covers").findValuesAsString("api"))
                .containsExactly("contact.v3.users.get", "contact.v3.users.batch");
        then(json.get("permissions").get(1).get("covers").get(0).get("source").get("doc").asString())
                .isEqualTo("fs-contact-user-get");
    }

    @Test
    void should_exit_2_naming_the_apis_when_an_api_is_unknown() {
        // WHEN
        Result r = scopekit("scopes", "minimal", "--api", "contact.v3.users.gett");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.out()).isEmpty();
        then(r.err()).startsWith("scopekit scopes minimal: unknown API 'contact.v3.users.gett' in permission model "
                + "'feishu-openplatform' (expected one of: contact.v3.users.get,");
    }

    @Test
    void should_exit_2_when_no_api_is_given() {
        // WHEN no --api / THEN picocli's usage error
        Result r = scopekit("scopes", "minimal");
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("Missing required option: '--api=API'");
    }

    @Test
    void should_exit_2_when_the_api_does_not_take_the_identity_token() {
        // WHEN
        Result r = scopekit("scopes", "minimal", "--api", "corehr.v2.employees.job_datas.batch_get", "--identity", "user");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("does not accept a user_access_token (the user identity); the spec lists its token "
                + "types as tenant");
    }

    @Test
    void should_exit_2_naming_the_models_when_the_model_is_unknown() {
        // WHEN
        Result r = scopekit("scopes", "minimal", "--api", "drive.v1.files.list", "--model", "lark");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).isEqualTo("scopekit scopes minimal: unknown permission model 'lark' in embedded specs (expected one "
                + "of: feishu-openplatform)" + System.lineSeparator());
    }

    @Test
    void should_exit_2_when_the_subcommand_is_missing() {
        // WHEN / THEN
        then(scopekit("scopes").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void should_say_on_stderr_and_in_json_when_the_solver_falls_back_to_greedy() throws IOException {
        // GIVEN a model of 70 APIs whose any-of pairs form a cycle: 70 candidates, above the exact limit of 64
        Path specs = Files.createDirectories(temp.resolve("specs"));
        StringBuilder yaml = new StringBuilder("""
                # yaml-language-server: $schema=../schemas/permission-model.schema.json
                kind: permission-model
                id: big
                name: big
                documents:
                  - {id: d, url: "https://example.invalid/", title: d}
                identities:
                  - {id: tenant, token: tenant_access_token, source: {doc: d, passage: p}}
                appTypes:
                  - id: custom
                    levels:
                      - {id: review-exempt, takesEffect: on-apply, source: {doc: d, passage: p}}
                permissions:
                """);
        for (int i = 0; i < 70; i++) {
            yaml.append("  - {id: \"p:").append(i).append("\", name: p").append(i)
                    .append(", identities: [tenant], levels: {custom: unknown}, source: {doc: d, passage: p}}\n");
        }
        yaml.append("apis:\n");
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            yaml.append("  - {id: api").append(i).append(", method: GET, path: /a").append(i)
                    .append(", tokenTypes: [tenant], anyOf: [\"p:").append(i).append("\", \"p:").append((i + 1) % 70)
                    .append("\"], source: {doc: d, passage: p}}\n");
            args.append(" --api api").append(i);
        }
        Files.writeString(specs.resolve("big.yaml"), yaml, StandardCharsets.UTF_8);
        String[] command = ("scopes minimal --json --specs " + specs + args).split(" ");
        // WHEN
        Result r = scopekit(command);
        // THEN a cover, exit 0, with the fallback and its limits stated
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        then(r.err()).startsWith("scopekit scopes minimal: greedy approximation: 70 requirement groups and 70 "
                + "candidate permissions remain after reduction").contains("may not be minimal");
        JsonNode solver = JSON.readTree(r.out()).get("solver");
        then(solver.get("method").asString()).isEqualTo("greedy");
        then(solver.get("minimal").asBoolean()).isFalse();
        then(solver.get("note").asString()).contains("limited to 64 groups and 64 candidates");
    }

    // ------------------------------------------------------------------ lint

    @Test
    void should_exit_0_when_the_export_is_least_privilege() throws IOException {
        // GIVEN
        Path export = write("{\"scopes\":{\"tenant\":[\"drive:drive:readonly\"]}}");
        // WHEN
        Result r = scopekit("scopes", "lint", export.toString(), "--api", "drive.v1.files.list");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.OK);
        then(r.out()).contains("clean:");
    }

    @Test
    void should_exit_1_with_each_finding_when_the_export_applies_more_than_the_plan_needs() throws IOException {
        // GIVEN
        Path export = write("{\"scopes\":{\"tenant\":[\"drive:drive:readonly\",\"corehr:corehr\"],\"user\":[]}}");
        // WHEN
        Result r = scopekit("scopes", "lint", export.toString(), "--api", "drive.v1.files.list", "--json");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JsonNode json = JSON.readTree(r.out());
        then(json.get("clean").asBoolean()).isFalse();
        then(json.get("findings").get(0).get("kind").asString()).isEqualTo("unneeded");
        then(json.get("findings").get(0).get("subject").asString()).isEqualTo("corehr:corehr");
        then(json.get("minimal").get("permissions").findValuesAsString("id")).containsExactly("drive:drive:readonly");
    }

    @Test
    void should_exit_2_naming_file_line_and_column_when_the_export_is_malformed() throws IOException {
        // GIVEN
        Path export = write("{\"scopes\":{\"tenant\":[\"drive:drive\"\n \"x:y\"]}}");
        // WHEN
        Result r = scopekit("scopes", "lint", export.toString(), "--api", "drive.v1.files.list");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.out()).isEmpty();
        then(r.err()).startsWith("scopekit scopes lint: " + export + ":2:2: malformed JSON: Unexpected character")
                .contains("expected the batch export format");
    }

    @Test
    void should_exit_2_when_the_export_does_not_exist() {
        // WHEN
        Result r = scopekit("scopes", "lint", temp.resolve("none.json").toString(), "--api", "drive.v1.files.list");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).endsWith("none.json: no such file (expected a batch export JSON file)" + System.lineSeparator());
    }

    @Test
    void should_exit_2_when_the_export_is_not_utf8() throws IOException {
        // GIVEN a Latin-1 byte
        Path export = temp.resolve("latin1.json");
        Files.write(export, new byte[] {'{', (byte) 0xE9, '}'});
        // WHEN
        Result r = scopekit("scopes", "lint", export.toString(), "--api", "drive.v1.files.list");
        // THEN
        then(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(r.err()).contains("not UTF-8 text");
    }

    private Path write(String json) throws IOException {
        return Files.writeString(temp.resolve("export.json"), json, StandardCharsets.UTF_8);
    }
}
