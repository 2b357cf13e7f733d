package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.scopekit.cli.ExitCode;
import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A target that leaks a credential, run by both routes: {@code scopekit verify} and a build's JUnit Platform run
 * with the one plugin docs/vendor-build.md names. Both write the same files, every one with the secret masked, and
 * both carry a complete certificate, also after {@code report merge}.
 */
class SecretRedactionRoutesTest {
    private static final String SELECTION = "platform-wechat-minigame & behaviour-denied-call";
    private static final List<String> FILES = List.of("messages.ndjson", "cucumber.html", "junit.xml", "run.json",
            "summary.json", "summary.md", "summary.html");

    @TempDir
    Path tmp;

    @Test
    void should_mask_the_secret_in_every_file_when_the_cli_runs_a_leaky_target() throws IOException {
        // GIVEN a target whose errors and identity carry access_token=<secret>
        // WHEN scopekit verify runs it
        VerifyRun run = VerifyRun.run("verify", "--target", "class:" + LeakyTarget.class.getName(), "--tags",
                "@" + SELECTION.replace(" & ", " and @"), "--report", tmp.toString());

        // THEN it finds failures, and no file of the run (nor the console) holds the secret
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out() + run.err()).doesNotContain(LeakyTarget.SECRET);
        Path dir = tmp.resolve(Reports.LATEST).toRealPath();
        thenEveryFileIsMasked(dir);
    }

    @Test
    void should_write_the_same_masked_files_and_a_complete_certificate_when_a_build_runs_the_plugin()
            throws IOException {
        // GIVEN a build's JUnit Platform run configured as docs/vendor-build.md says: one plugin, a class: target
        Path dir = tmp.resolve("scopekit");
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("scopekit.features"))
                .filters(EngineFilter.includeEngines("cucumber"), TagFilter.includeTags(SELECTION),
                        ClassNameFilter.includeClassNamePatterns(".*"))
                .configurationParameter("cucumber.glue", "io.scopekit.steps")
                .configurationParameter("scopekit.target", "class:" + LeakyTarget.class.getName())
                .configurationParameter("cucumber.plugin", "io.scopekit.report.ScopekitReportPlugin:" + dir)
                .build();

        // WHEN the build runs it
        LauncherFactory.create().execute(request);

        // THEN the plugin wrote every report file, the summary and run.json, all masked
        thenEveryFileIsMasked(dir);
        ConformanceSummary summary = Reports.readSummary(dir.resolve(Reports.SUMMARY_JSON));
        then(summary.verdict()).isEqualTo("non-conformant");
        thenTheCertificateIsComplete(summary.certificate());

        // AND report merge of that directory keeps a complete certificate
        VerifyRun merge = VerifyRun.run("report", "merge", dir.toString(), "--out", tmp.resolve("merged").toString());
        then(merge.exitCode()).as(merge.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        thenEveryFileIsMasked(tmp.resolve("merged"));
        thenTheCertificateIsComplete(
                Reports.readSummary(tmp.resolve("merged").resolve(Reports.SUMMARY_JSON)).certificate());
    }

    private static void thenTheCertificateIsComplete(ConformanceSummary.Certificate certificate) {
        then(certificate.kitVersion()).isNotBlank();
        then(certificate.date()).isNotBlank();
        then(certificate.target()).isNotNull();
        then(certificate.target().name()).isEqualTo("leaky");
        then(certificate.target().description()).contains("access_token=[REDACTED]");
        then(certificate.files()).extracting(f -> f.kind()).contains("spec", "rule", "feature");
    }

    private static void thenEveryFileIsMasked(Path dir) throws IOException {
        for (String name : FILES) {
            then(dir.resolve(name)).as(name).isRegularFile();
        }
        then(Files.readString(dir.resolve("messages.ndjson"))).contains("[REDACTED]");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                then(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).as(f.toString())
                        .doesNotContain(LeakyTarget.SECRET);
            }
        }
    }
}
