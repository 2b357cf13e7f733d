package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import io.scopekit.testsupport.NodeJs;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A vendor's own framework through --manifest (adapters/node/fixtures/rewriting-framework/manifest.json): a port that
 * rewrites the ByteDance container's denial yields transparency findings with both values and the native answer.
 */
class CertifyVendorManifestAcceptanceTest {

    @Test
    void should_report_the_dropped_err_no_with_both_values_when_a_framework_rewrites_the_containers_answer(
            @TempDir Path report) throws IOException {
        NodeJs.assumeHost();
        // GIVEN
        Path manifest = NodeHostProcess.kitHome().resolve("adapters/node/fixtures/rewriting-framework/manifest.json");
        // WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", "rewriter@1.0.0", "--manifest", manifest.toString(),
                "--report", report.toString());
        JsonNode certification = JsonMapper.builder().build().readTree(report.resolve("certification.json").toFile());
        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out()).startsWith("deviations: rewriter@1.0.0 on wechat-miniprogram, bytedance, ");
        JsonNode errNo = null;
        for (JsonNode f : certification.path("findings")) {
            if (f.path("kind").asString().equals("transparency") && f.path("container").asString().equals("bytedance")
                    && f.path("aspect").asString().equals("callback errNo dropped")) {
                errNo = f;
            }
        }
        then(errNo).as(certification.toString()).isNotNull();
        then(errNo.path("expected").asString()).isEqualTo("99999");
        then(errNo.path("observed").asString()).isEqualTo("null");
        then(errNo.path("evidence").asString()).contains("tt.authorize").contains("\"errNo\":99999");
        then(certification.path("unsupported").toString()).contains("alipay").contains("baidu").contains("kuaishou")
                .contains("feishu");
    }
}
