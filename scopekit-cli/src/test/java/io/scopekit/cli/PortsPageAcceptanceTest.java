package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The docs site's ports page (issue 22, item 6) is made from the certificates certify-port writes; the kit's own,
 * committed in {@code certifications/}, are those the certification acceptance tests pin (docs/node-host.md, "The
 * ports page").
 */
class PortsPageAcceptanceTest {
    private static final Path CERTIFICATIONS = NodeHostProcess.kitHome().resolve("certifications");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path root;

    @Test
    void should_show_every_committed_port_with_its_containers_and_documented_unsupported_when_docs_writes_the_site()
            throws IOException {
        // GIVEN the kit's committed certificates / WHEN
        Path site = root.resolve("site");
        VerifyRun docs = VerifyRun.run("docs", "--certifications", CERTIFICATIONS.toString(), "--out", site.toString());
        // THEN
        then(docs.exitCode()).as(docs.err()).isZero();
        String page = Files.readString(site.resolve("ports.html"));
        then(page).contains("taro@4.2.1", "uni-app@3.0.0-alpha-5000920260515001", "uni-app@2.0.0", "@uni/apis@1.1.13")
                .contains("id=\"port-taro-4-2-1\"")
                .contains("href=\"https://docs.taro.zone/docs/apis/open-api/login/\"")
                .contains("not loaded: ");
        then(Files.readString(site.resolve("index.html"))).contains("href=\"ports.html\"");
    }

    @Test
    void should_hold_the_findings_the_acceptance_tests_pin_when_the_committed_certificates_are_read() throws IOException {
        // GIVEN / WHEN
        List<String> taro = CertifyTaroAcceptanceTest.findings(read("taro@4.2.1.json"));
        List<String> uniApis = CertifyTaroAcceptanceTest.findings(read("uni-apis@1.1.13.json"));
        // THEN the page's input is what the certifications find today
        then(taro).containsExactlyInAnyOrderElementsOf(CertifyTaroAcceptanceTest.FINDINGS);
        then(uniApis).containsExactlyInAnyOrderElementsOf(CertifyUniApisAcceptanceTest.FINDINGS);
        then(CertifyTaroAcceptanceTest.findings(read("uni-app@3.0.0-alpha-5000920260515001.json"))).isEmpty();
        then(CertifyTaroAcceptanceTest.findings(read("uni-app@2.0.0.json"))).isEmpty();
    }

    @Test
    void should_exit_2_naming_the_file_when_a_certificate_is_not_one() throws IOException {
        // GIVEN a directory with a JSON file that is no certificate
        Path dir = Files.createDirectories(root.resolve("certs"));
        Files.writeString(dir.resolve("notes.json"), "{\"findings\": []}");
        // WHEN
        VerifyRun docs = VerifyRun.run("docs", "--certifications", dir.toString(), "--out", root.resolve("site").toString());
        // THEN
        then(docs.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(docs.err()).contains(dir.resolve("notes.json").toString()).contains("expected a port certificate");
    }

    @Test
    void should_keep_a_certificates_text_as_text_when_it_holds_markup_and_a_script_address() throws IOException {
        // GIVEN a certificate whose port name is markup and whose cited page is a javascript: address
        Path dir = Files.createDirectories(root.resolve("certs"));
        ObjectNode c = (ObjectNode) read("taro@4.2.1.json");
        c.put("port", "<script>alert(1)</script>");
        ObjectNode refusal = (ObjectNode) c.path("documentedUnsupported").get(0);
        ((ObjectNode) refusal.path("source")).put("url", "javascript:alert(2)");
        Files.writeString(dir.resolve("hostile.json"), JSON.writeValueAsString(c));
        // WHEN
        Path site = root.resolve("site");
        VerifyRun docs = VerifyRun.run("docs", "--certifications", dir.toString(), "--out", site.toString());
        // THEN
        then(docs.exitCode()).as(docs.err()).isZero();
        String page = Files.readString(site.resolve("ports.html"));
        then(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("javascript:alert(2)").doesNotContain("href=\"javascript:");
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(CERTIFICATIONS.resolve(file).toFile());
    }
}
