package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import io.scopekit.testsupport.NodeJs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certifies uni-app as vendors ship it (@dcloudio/uni-mp-* pinned by adapters/node/package-lock.json; 2.0.0 under
 * npm aliases) with the README's commands, each container's own scenarios run through it, and pins the findings.
 */
class CertifyUniAppAcceptanceTest {
    static final String THREE = "uni-app@3.0.0-alpha-5000920260515001";
    static final String TWO = "uni-app@2.0.0";

    /** uni-app 3.x lets every container's answer through as the containers' platforms expect: no finding. */
    static final List<String> THREE_FINDINGS = List.of();

    /**
     * uni-app 2.0.0: no @dcloudio/uni-mp-lark 2.0.0 is published, so Feishu is unsupported (not a finding); its
     * [err, res] Promises are read as its profile documents (https://uniapp.dcloud.io/api, API Promise 化).
     */
    static final List<String> TWO_FINDINGS = List.of();

    @Test
    void should_certify_uni_app_3_in_the_six_containers_when_nothing_differs(@TempDir Path report) throws IOException {
        NodeJs.assumeHost();
        // GIVEN the README's command / WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", THREE, "--report", report.toString());
        JsonNode certification = JsonMapper.builder().build().readTree(report.resolve("certification.json").toFile());
        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        then(run.out()).startsWith("certified: " + THREE + " on alipay, wechat-miniprogram, bytedance, baidu, kuaishou, "
                + "feishu-gadget, 0 findings");
        then(CertifyTaroAcceptanceTest.findings(certification)).containsExactlyInAnyOrderElementsOf(THREE_FINDINGS);
        then(certification.path("run").asString()).startsWith("conformant: 524 scenarios");
    }

    @Test
    void should_run_five_containers_and_list_feishu_unsupported_when_certifying_uni_app_2(@TempDir Path report)
            throws IOException {
        NodeJs.assumeHost();
        // GIVEN the README's command / WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", TWO, "--report", report.toString());
        JsonNode certification = JsonMapper.builder().build().readTree(report.resolve("certification.json").toFile());
        // THEN
        then(run.out()).contains(TWO + " on alipay, wechat-miniprogram, bytedance, baidu, kuaishou,");
        then(certification.path("unsupported").get(0).path("container").asString()).isEqualTo("feishu");
        then(CertifyTaroAcceptanceTest.findings(certification)).containsExactlyInAnyOrderElementsOf(TWO_FINDINGS);
        then(run.exitCode()).as(run.err()).isEqualTo(TWO_FINDINGS.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS);
    }

    @Test
    void should_show_the_commands_in_the_readme_and_the_docs_when_a_user_looks_for_them() throws IOException {
        // THEN
        for (String port : List.of(THREE, TWO)) {
            then(Files.readString(NodeHostProcess.kitHome().resolve("README.md"))).contains("./scopekit certify-port " + port);
            then(Files.readString(NodeHostProcess.kitHome().resolve("docs/node-host.md"))).contains("./scopekit certify-port " + port);
        }
    }
}
