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

/**
 * Certifies the published {@code @uni/apis} 1.1.13 (the registry's tarball, pinned by adapters/node/package-lock.json)
 * with the README's command and pins the exact set of findings, so a change in either the port or the kit shows up.
 */
class CertifyUniApisAcceptanceTest {
    /** The version under certification; bumping it is a deliberate change of this test and its findings. */
    static final String PORT = "@uni/apis@1.1.13";

    /**
     * kind | container | requirement | aspect | scenario => observed, as certification.json lists them: the port
     * matrix's 9 and, judged by each container's own platform, 4 Alipay ask-ahead checks (no getAuthCode) and 12
     * transparency differences (docs/node-host.md, "Judged in its containers: what changed from the 9 findings").
     */
    static final List<String> FINDINGS = List.of(
            "check | alipay | AP-AUTHORIZE-GETAUTHCODE-FIELDS | outcome | Asking ahead for auth_base answers with my.getAuthCode's success fields => error: @uni/apis@1.1.13 has no getAuthCode in the alipay container; native calls: []",
            "check | alipay | AP-AUTHORIZE-GETAUTHCODE-FIELDS-ZH | outcome | 提前请求授权 auth_base 时返回 my.getAuthCode 的成功字段 => error: @uni/apis@1.1.13 has no getAuthCode in the alipay container; native calls: []",
            "check | alipay | AP-SILENT-AUTHORIZE | outcome | Asking ahead for auth_base succeeds without a prompt => error: @uni/apis@1.1.13 has no getAuthCode in the alipay container; native calls: []",
            "check | alipay | AP-SILENT-AUTHORIZE-ZH | outcome | 提前请求 auth_base 授权成功，不弹窗 => error: @uni/apis@1.1.13 has no getAuthCode in the alipay container; native calls: []",
            "check | alipay | UNI-ALIPAY-RESPONSE | response_fields | In the Alipay container authorize() for scope.writePhotosAlbum returns authCode, authErrorScopes and authSuccessScopes => [shown]",
            "check | alipay | UNI-ALIPAY-RESPONSE | response_fields | In the Alipay container authorize() for scope.camera returns authCode, authErrorScopes and authSuccessScopes => [shown]",
            "check | alipay | UNI-AUTHORIZE-CALLBACK | prompts | authorize() for a never-asked scope.userInfo in the alipay container asks the user; allowed, it succeeds => [consent(auth_user)]",
            "check | wechat | UNI-AUTHORIZE-CALLBACK | prompts | authorize() for a never-asked scope.userInfo in the wechat container asks the user; allowed, it succeeds => []",
            "check | alipay | UNI-AUTHORIZE-CALLBACK | prompts | authorize() for a never-asked scope.writePhotosAlbum in the alipay container asks the user; allowed, it succeeds => []",
            "check | alipay | UNI-AUTHORIZE-CALLBACK | prompts | authorize() for a never-asked scope.camera in the alipay container asks the user; allowed, it succeeds => []",
            "check | alipay | UNI-AUTHORIZE-DENIED | outcome | authorize() for a denied scope.camera in the alipay container fails without a prompt => success",
            "check | alipay | UNI-AUTHORIZE-DENY | prompts | authorize() for a never-asked scope.camera in the alipay container asks the user; denied, it fails => []",
            "error | alipay | UNI-AUTHORIZE-GRANTED | - | authorize() for a granted scope.camera in the alipay container succeeds without a prompt => native scope: expected the port to ask the alipay container for scope.camera but it asked for CAMERA (port native calls: my.showAuthGuide({authType=CAMERA, success=[function], fail=[function], complete=[function]}))",
            "transparency | baidu |  | callback errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.calendar'}) in the baidu container delivers the container's answer unchanged => null",
            "transparency | baidu |  | promise errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.calendar'}) in the baidu container delivers the container's answer unchanged => null",
            "transparency | wechat |  | callback errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.werun'}) in the wechat container delivers the container's answer unchanged => null",
            "transparency | wechat |  | promise errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.werun'}) in the wechat container delivers the container's answer unchanged => null",
            "transparency | bytedance |  | callback errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.camera'}) in the bytedance container delivers the container's answer unchanged => null",
            "transparency | bytedance |  | callback data dropped | @uni/apis@1.1.13 authorize({scope: 'scope.camera'}) in the bytedance container delivers the container's answer unchanged => null",
            "transparency | bytedance |  | promise errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.camera'}) in the bytedance container delivers the container's answer unchanged => null",
            "transparency | bytedance |  | promise data dropped | @uni/apis@1.1.13 authorize({scope: 'scope.camera'}) in the bytedance container delivers the container's answer unchanged => null",
            "transparency | feishu |  | callback errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.record'}) in the feishu container delivers the container's answer unchanged => null",
            "transparency | feishu |  | promise errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.record'}) in the feishu container delivers the container's answer unchanged => null",
            "transparency | kuaishou |  | callback errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.camera'}) in the kuaishou container delivers the container's answer unchanged => null",
            "transparency | kuaishou |  | promise errMsg dropped | @uni/apis@1.1.13 authorize({scope: 'scope.camera'}) in the kuaishou container delivers the container's answer unchanged => null");

    private static CliRun.Result run;
    private static JsonNode certification;

    @TempDir
    static Path report;

    @BeforeAll
    static void certify() throws IOException {
        NodeJs.assumeHost();
        // GIVEN the README's command / WHEN
        run = CliRun.scopekit("certify-port", PORT, "--report", report.toString());
        certification = JsonMapper.builder().build().readTree(report.resolve("certification.json").toFile());
    }

    @Test
    void should_exit_1_with_the_deviations_of_the_port_when_certifying_uni_apis_1_1_13() {
        // THEN deviations of the port are findings, not failures of the kit
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out()).startsWith("deviations: " + PORT + " on uni-authorize, alipay, wechat-miniprogram, bytedance, baidu, "
                + "kuaishou, feishu-gadget, " + FINDINGS.size() + " findings");
        then(certification.path("port").asString()).isEqualTo(PORT);
        then(certification.path("loadedFrom").asString()).startsWith("adapters/node/node_modules");
    }

    @Test
    void should_find_exactly_the_pinned_findings_when_certifying_uni_apis_1_1_13() {
        // THEN
        List<String> found = new ArrayList<>();
        for (JsonNode f : certification.path("findings")) {
            found.add(String.join(" | ", f.path("kind").asString(), f.path("container").asString(""),
                    f.path("requirement").asString(""), f.path("aspect").asString("-"), f.path("scenario").asString())
                    + " => " + f.path("observed").asString(""));
        }
        then(found).containsExactlyInAnyOrderElementsOf(FINDINGS);
    }

    @Test
    void should_give_the_native_calls_as_evidence_when_a_check_fails() {
        // THEN every finding names the native calls the port made, with their arguments: a check or an error as the
        // port matrix's steps write them (none where the port has no such function), a transparency finding with the
        // container's own answer beside each call
        for (JsonNode f : certification.path("findings")) {
            String evidence = f.path("evidence").asString("");
            if (f.path("kind").asString().equals("transparency")) {
                then(evidence).as(f.path("scenario").asString())
                        .startsWith("port native calls (with the container's own answer): ").contains("\"answer\":");
            } else if (f.path("observed").asString("").contains("has no getAuthCode")) {
                then(evidence).as(f.path("scenario").asString()).endsWith("native calls: []");
            } else {
                then(evidence).as(f.path("scenario").asString())
                        .contains("port native calls: ").contains("success=[function]");
            }
        }
        then(certification.toString()).contains("my.getAuthCode({scopes=auth_user")
                .contains("my.showAuthGuide({authType=CAMERA").contains("wx.authorize({scope=scope.userInfo");
    }

    @Test
    void should_show_the_command_in_the_readme_when_a_user_looks_for_it() throws IOException {
        // THEN the README's example is exactly the command this test runs
        then(Files.readString(NodeHostProcess.kitHome().resolve("README.md")))
                .contains("./scopekit certify-port " + PORT);
        then(Files.readString(NodeHostProcess.kitHome().resolve("docs/node-host.md")))
                .contains("./scopekit certify-port " + PORT);
    }
}
