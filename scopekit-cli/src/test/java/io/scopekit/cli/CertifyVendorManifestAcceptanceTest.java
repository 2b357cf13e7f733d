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
 * rewrites the container's denial of authorize yields transparency findings with both values and the native answer.
 * The run judges WeChat's and ByteDance's own scenarios; only WeChat's ask ahead and are refused (ByteDance's
 * scenarios are refused on API calls, which this port leaves to the container), so the findings are WeChat's. The
 * dropped ByteDance errNo is shown at the host's level (adapters/node/test/container.test.js).
 */
class CertifyVendorManifestAcceptanceTest {

    @Test
    void should_report_the_rewritten_err_msg_and_promise_with_both_values_when_a_framework_rewrites_the_containers_answer(
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
        JsonNode errMsg = null;
        JsonNode promise = null;
        for (JsonNode f : certification.path("findings")) {
            if (f.path("kind").asString().equals("transparency") && f.path("container").asString().equals("wechat")) {
                if (f.path("aspect").asString().equals("callback errMsg rewritten")) {
                    errMsg = f;
                } else if (f.path("aspect").asString().equals("promise (outcome) rewritten")) {
                    promise = f;
                }
            }
        }
        then(errMsg).as(certification.toString()).isNotNull();
        then(errMsg.path("expected").asString()).startsWith("\"authorize:fail ").isNotEqualTo("\"authorize:fail\"");
        then(errMsg.path("observed").asString()).isEqualTo("\"authorize:fail\"");
        then(errMsg.path("evidence").asString()).contains("wx.authorize").contains("\"errMsg\":\"authorize:fail ");
        then(promise).as(certification.toString()).isNotNull();
        then(promise.path("expected").asString()).isEqualTo("\"rejected\"");
        then(promise.path("observed").asString()).isEqualTo("\"resolved\"");
        then(certification.path("unsupported").toString()).contains("alipay").contains("baidu").contains("kuaishou")
                .contains("feishu");
    }
}
