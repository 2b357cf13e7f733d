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
     * kind | container | requirement | aspect | scenario => observed: none. Alipay documents no my.authorize
     * (alipay.yaml), so asking ahead there is my.getAuthCode; Taro documents no getAuthCode, and Taro.login (which its
     * Alipay plugin maps my.getAuthCode to, in code only) does not list 支付宝小程序 in its 支持情况: not a documented
     * translation, and not promised, so those checks are documented unsupported (profiles/taro.json), as are
     * Taro.authorize, openSetting and getLocation where their 支持情况 leaves Alipay and Baidu out.
     */
    static final List<String> FINDINGS = List.of();

    /** container | API: what the host refused as Taro's documentation does not support it, during the run. */
    static final List<String> DOCUMENTED_UNSUPPORTED = List.of("alipay | getAuthCode", "alipay | openSetting",
            "baidu | authorize", "baidu | getLocation");

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
    void should_exit_0_and_judge_on_the_containers_own_platforms_when_certifying_taro_4_2_1() {
        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        then(run.out()).startsWith("certified: " + PORT + " on alipay, wechat-miniprogram, bytedance, baidu, kuaishou, "
                + "feishu-gadget, " + FINDINGS.size() + " findings");
        then(certification.path("port").asString()).isEqualTo(PORT);
        then(certification.path("loadedFrom").asString()).startsWith("manifest adapters/node/manifests/taro@4.2.1.json");
    }

    @Test
    void should_report_unsupported_never_a_finding_when_taros_documentation_does_not_support_the_api() {
        // THEN each refusal cites the Taro page and its section, and the checks it stood for are listed apart
        List<String> refused = new ArrayList<>();
        for (JsonNode u : certification.path("documentedUnsupported")) {
            refused.add(u.path("container").asString() + " | " + u.path("api").asString());
            then(u.path("source").path("url").asString()).startsWith("https://docs.taro.zone/docs/apis/");
            then(u.path("source").path("section").asString()).isEqualTo("支持情况");
        }
        then(refused).containsExactlyInAnyOrderElementsOf(DOCUMENTED_UNSUPPORTED);
        then(certification.path("unsupported").size()).isPositive();
        for (JsonNode u : certification.path("unsupported")) {
            then(u.path("reason").asString()).startsWith("documented unsupported: taro@4.2.1 does not support ");
        }
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
    void should_exit_1_naming_the_gone_finding_when_the_expected_findings_hold_one_more() throws IOException {
        // GIVEN the first run's certification with one finding more than it has
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode expected = (ObjectNode) json.readTree(report.resolve("first/certification.json").toFile());
        ObjectNode extra = ((ArrayNode) expected.path("findings")).addObject();
        extra.put("kind", "check").put("container", "alipay").put("requirement", "AP-SILENT-AUTHORIZE")
                .put("aspect", "outcome").put("scenario", "Asking ahead for auth_base succeeds without a prompt")
                .put("observed", "error: taro@4.2.1 has no getAuthCode in the alipay container; native calls: []");
        Path expectFile = report.resolve("expected.json");
        Files.writeString(expectFile, json.writeValueAsString(expected));
        // WHEN
        CliRun.Result second = CliRun.scopekit("certify-port", PORT, "--report", report.resolve("second").toString(),
                "--expect", expectFile.toString());
        // THEN
        then(second.exitCode()).as(second.err()).isEqualTo(ExitCode.FINDINGS);
        then(second.err()).contains("certify-port: gone: check | alipay | AP-SILENT-AUTHORIZE");
        // and the second run took the first run's bundles from the cache (same manifest, same packages)
        then(second.err()).contains("scopekit-node-host: bundles of taro@4.2.1 taken from the cache (content key ");
    }

    @Test
    void should_show_the_command_in_the_readme_and_the_docs_when_a_user_looks_for_it() throws IOException {
        // THEN
        then(Files.readString(NodeHostProcess.kitHome().resolve("README.md"))).contains("./scopekit certify-port " + PORT);
        then(Files.readString(NodeHostProcess.kitHome().resolve("docs/node-host.md"))).contains("./scopekit certify-port " + PORT);
    }
}
