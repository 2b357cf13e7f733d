package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code scopekit verify} over the fixture features and reads every report it writes. */
class VerifyAcceptanceTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path root;

    private static VerifyRun run;
    private static Path runDir;

    @BeforeAll
    static void runFixtures() throws IOException {
        // GIVEN fixture scenarios: 11 scenarios (examples rows included), 13 checks of which 3 fail, one
        // with a hostile errMsg and two with secrets in the observed text
        run = VerifyRun.verifyFixtures(root);
        runDir = latestRun(root);
    }

    @Test
    void should_exit_1_and_print_the_verdict_when_checks_fail() {
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out()).startsWith("non-conformant: 11 scenarios");
        then(run.err()).contains("scopekit: running 11 scenarios").contains("11/11 scenarios, 3 failed");
    }

    @Test
    void should_write_every_report_file_and_no_temp_file_when_the_run_finishes() throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            then(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "attestation.json", "badge.svg", "cucumber.html", "junit.xml", "messages.ndjson", "rerun.txt", "run.json",
                    "summary.html", "summary.json", "summary.md");
        }
    }

    @Test
    void should_leave_every_report_readable_like_an_ordinary_file_when_the_run_finishes() throws IOException {
        // GIVEN the permissions the process umask gives a new file (0644 under umask 022)
        Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(root.resolve("plain.txt")));

        // THEN every report of the run has them, not the owner-only mode of a temp file
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : files.toList()) {
                then(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(ordinary);
            }
        }
    }

    @Test
    void should_count_testcases_and_failures_when_junit_xml_is_parsed() throws Exception {
        // WHEN
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(runDir.resolve("junit.xml").toFile());

        // THEN
        NodeList cases = xml.getElementsByTagName("testcase");
        then(cases.getLength()).isEqualTo(11);
        then(xml.getElementsByTagName("failure").getLength()).isEqualTo(3);
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        then(suite.getAttribute("tests")).isEqualTo("11");
        then(suite.getAttribute("failures")).isEqualTo("3");
    }

    @Test
    void should_carry_every_check_record_when_messages_are_parsed() throws IOException {
        // WHEN
        List<JsonNode> checks = Files.readAllLines(runDir.resolve("messages.ndjson")).stream().map(this::json)
                .filter(e -> e.has("attachment"))
                .map(e -> e.get("attachment"))
                .filter(a -> "application/vnd.scopekit.check+json".equals(a.get("mediaType").asString()))
                .toList();

        // THEN
        then(checks).hasSize(13);
        then(checks).allSatisfy(a -> then(json(a.get("body").asString()).get("requirement").asString()).startsWith("FX-"));
    }

    @Test
    void should_fill_summary_json_when_checks_are_counted() throws IOException {
        // WHEN
        ConformanceSummary s = Reports.readSummary(runDir.resolve("summary.json"));

        // THEN
        then(s.verdict()).isEqualTo("non-conformant");
        then(s.totals().scenarios()).isEqualTo(11);
        then(s.totals().scenariosFailed()).isEqualTo(3);
        then(s.totals().steps()).isEqualTo(24);
        then(s.totals().checks()).isEqualTo(new ConformanceSummary.Counts(8, 3, 0, 1, 1));
        then(s.platforms()).extracting(ConformanceSummary.PlatformResult::platform, ConformanceSummary.PlatformResult::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("feishu-gadget", "fail"),
                        org.assertj.core.groups.Tuple.tuple("wechat-miniprogram", "pass"));
        then(s.matrix()).contains(new ConformanceSummary.Cell("feishu-gadget", "scope.camera", "denied-call",
                new ConformanceSummary.Counts(1, 1, 0, 0, 0)));
        then(s.failures()).hasSize(3);
        ConformanceSummary.Finding denied = s.failures().stream().filter(f -> f.requirement().equals("FX-DENIED"))
                .findFirst().orElseThrow();
        then(denied.expected()).isEqualTo("contains 'auth deny'");
        then(denied.observed()).isEqualTo("<script>alert(1)</script>");
        then(denied.uri()).endsWith("feishu.feature");
        then(denied.line()).isEqualTo(11);
        then(denied.rules()).singleElement().satisfies(r -> {
            then(r.file()).isEqualTo("consent/denied.drl");
            then(r.passage()).isEqualTo("用户拒绝授权后再次调用将直接失败");
        });
    }

    @Test
    void should_print_a_certificate_when_the_run_is_summarised() throws Exception {
        // WHEN
        ConformanceSummary.Certificate c = Reports.readSummary(runDir.resolve("summary.json")).certificate();

        // THEN
        then(c.kitVersion()).isNotBlank();
        then(c.target().name()).isEqualTo("reference");
        then(c.target().spec()).isEqualTo("reference");
        then(c.date()).isNotBlank();
        then(c.platforms()).extracting(ConformanceSummary.PlatformVerdict::result).containsExactly("fail", "pass");
        Path feature = VerifyRun.FIXTURE_FEATURES.resolve("feishu.feature");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(feature)));
        then(c.files()).anySatisfy(f -> {
            then(f.kind()).isEqualTo("feature");
            then(f.path()).isEqualTo("feishu.feature");
            then(f.sha256()).isEqualTo(sha);
        });
        then(c.files()).anySatisfy(f -> then(f.kind()).isEqualTo("spec"));
    }

    @Test
    void should_render_matrix_rows_when_markdown_is_written() throws IOException {
        String md = Files.readString(runDir.resolve("summary.md"));

        then(md).contains("| feishu-gadget | scope.camera | denied-call | 1 | 1 | 0 | 0 | 0 |")
                .contains("| wechat-miniprogram | scope.camera | os-prompt-order | 0 | 0 | 0 | 0 | 1 |")
                .contains("consent/denied.drl").contains("用户拒绝授权后再次调用将直接失败")
                // target text stays inside code spans, which Markdown renders as literal text
                .contains("- Observed: `<script>alert(1)</script>`");
    }

    @Test
    void should_escape_target_text_when_html_reports_are_written() throws IOException {
        // WHEN
        String summary = Files.readString(runDir.resolve("summary.html"));
        String cucumber = Files.readString(runDir.resolve("cucumber.html"));

        // THEN the hostile errMsg is shown as text, never as markup
        then(summary).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        then(cucumber).doesNotContain("<script>alert(1)</script>");
        then(summary).containsPattern("data-platform=\"feishu-gadget\" data-scope=\"scope.camera\" "
                + "data-behaviour=\"denied-call\">1 / 1 / 0 / 0 / 0<");
    }

    @Test
    void should_redact_secrets_when_any_report_is_written() throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                then(text).as(f.toString()).doesNotContain("4b1e2f9c7d").doesNotContain("eyJhbGciOi")
                        .doesNotContain("g1044ghJRUIJJ5");
            }
        }
        then(Files.readString(runDir.resolve("summary.json"))).contains("authCode=[REDACTED]")
                .contains("Bearer [REDACTED]");
        then(run.out() + run.err()).doesNotContain("4b1e2f9c7d");
    }

    @Test
    void should_point_latest_at_the_run_when_it_finishes() throws IOException {
        Path latest = root.resolve("latest");
        then(Files.isSymbolicLink(latest) ? Files.readSymbolicLink(latest).toString() : Files.readString(latest).trim())
                .isEqualTo(runDir.getFileName().toString());
    }

    static Path latestRun(Path root) throws IOException {
        Path latest = root.resolve("latest");
        return Files.isSymbolicLink(latest) ? root.resolve(Files.readSymbolicLink(latest))
                : root.resolve(Files.readString(latest).trim());
    }

    private JsonNode json(String s) {
        return JSON.readTree(s);
    }
}
