package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import io.scopekit.testsupport.NodeJs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Certifies Taro 4.2.1 (@tarojs/taro 4.2.1 with its platform plugins, pinned by adapters/node/package-lock.json) with
 * the README's command: bundled per container from adapters/node/manifests/taro@4.2.1.json, each container's own
 * platform's scenarios run through it, its answers compared with the container's. Pins the exact set of findings.
 */
class CertifyTaroAcceptanceTest {
    static final String PORT = "taro@4.2.1";

    /**
     * kind | container | requirement | aspect | scenario => observed. Alipay documents no my.authorize (alipay.yaml),
     * so asking ahead there is my.getAuthCode; Taro's Alipay plugin maps my.getAuthCode to Taro.login and leaves no
     * Taro.getAuthCode, and no Taro page found documents that as unsupported: a finding, in both languages.
     */
    static final List<String> FINDINGS = List.of(
            "check | alipay | AP-AUTHORIZE-GETAUTHCODE-FIELDS | outcome | Asking ahead for auth_base answers with"
                    + " my.getAuthCode's success fields"
                    + " => error: taro@4.2.1 has no getAuthCode in the alipay container; native calls: []",
            "check | alipay | AP-AUTHORIZE-GETAUTHCODE-FIELDS-ZH | outcome | 提前请求授权 auth_base 时返回 my.getAuthCode 的成功字段"
                    + " => error: taro@4.2.1 has no getAuthCode in the alipay container; native calls: []",
            "check | alipay | AP-SILENT-AUTHORIZE | outcome | Asking ahead for auth_base succeeds without a prompt"
                    + " => error: taro@4.2.1 has no getAuthCode in the alipay container; native calls: []",
            "check | alipay | AP-SILENT-AUTHORIZE-ZH | outcome | 提前请求 auth_base 授权成功，不弹窗"
                    + " => error: taro@4.2.1 has no getAuthCode in the alipay container; native calls: []");

    private static CliRun.Result run;
    private static JsonNode certification;

    @TempDir
    static Path report;

    @BeforeAll
    static void certify() throws IOException {
        NodeJs.assumeHost();
        // GIVEN the README's command / WHEN
        run = CliRun.scopekit("certify-port", PORT, "--report", report.resolve("first").toString());
        certification = JsonMapper.builder().build().readTree(report.resolve("first/certification.json").toFile());
    }

    static List<String> findings(JsonNode certification) {
        List<String> found = new ArrayList<>();
        for (JsonNode f : certification.path("findings")) {
            found.add(String.join(" | ", f.path("kind").asString(), f.path("container").asString(""),
                    f.path("requirement").asString(""), f.path("aspect").asString("-"), f.path("scenario").asString())
                    + " => " + f.path("observed").asString(""));
        }
        return found;
    }

    @Test
    void should_exit_1_and_judge_on_the_containers_own_platforms_when_certifying_taro_4_2_1() {
        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out()).startsWith("deviations: " + PORT + " on alipay, wechat-miniprogram, bytedance, baidu, kuaishou, "
                + "feishu-gadget, " + FINDINGS.size() + " findings");
        then(certification.path("port").asString()).isEqualTo(PORT);
        then(certification.path("loadedFrom").asString()).startsWith("manifest adapters/node/manifests/taro@4.2.1.json");
    }

    @Test
    void should_find_exactly_the_pinned_findings_when_certifying_taro_4_2_1() {
        // THEN
        then(findings(certification)).containsExactlyInAnyOrderElementsOf(FINDINGS);
        for (JsonNode f : certification.path("findings")) {
            then(f.path("expected").asString("")).as("expected of " + f).isNotBlank();
            then(f.path("evidence").asString("")).as("evidence of " + f).isNotBlank();
        }
    }

    @Test
    void should_report_installing_bundling_and_running_on_stderr_when_certifying_a_framework() {
        // THEN
        then(run.err()).contains("bundling taro@4.2.1 for 6 containers").contains("bundled taro@4.2.1 in ")
                .contains("certify-port: running the alipay, wechat-miniprogram, bytedance, baidu, kuaishou, "
                        + "feishu-gadget scenarios");
    }

    @Test
    void should_exit_1_naming_the_new_finding_when_the_expected_findings_lack_it() throws IOException {
        // GIVEN the first run's certification without its first finding
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode expected = (ObjectNode) json.readTree(report.resolve("first/certification.json").toFile());
        JsonNode dropped = ((ArrayNode) expected.path("findings")).remove(0);
        Path expectFile = report.resolve("expected.json");
        Files.writeString(expectFile, json.writeValueAsString(expected));
        // WHEN
        CliRun.Result second = CliRun.scopekit("certify-port", PORT, "--report", report.resolve("second").toString(),
                "--expect", expectFile.toString());
        // THEN
        then(second.exitCode()).as(second.err()).isEqualTo(ExitCode.FINDINGS);
        then(second.err()).contains("certify-port: new finding: " + dropped.path("kind").asString() + " | alipay | "
                + dropped.path("requirement").asString());
    }

    @Test
    void should_show_the_command_in_the_readme_and_the_docs_when_a_user_looks_for_it() throws IOException {
        // THEN
        then(Files.readString(NodeHostProcess.kitHome().resolve("README.md"))).contains("./scopekit certify-port " + PORT);
        then(Files.readString(NodeHostProcess.kitHome().resolve("docs/node-host.md"))).contains("./scopekit certify-port " + PORT);
    }
}
