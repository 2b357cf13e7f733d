package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.ConformanceSummary.Finding;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real WeChat mini-program scenarios against a target that shows the consent prompt again after a
 * denial, and reads what the reports say about it.
 */
class RepromptAfterDenialAcceptanceTest {

    private static final String RULE = "Denied scope: fail without a prompt";

    @TempDir
    static Path root;

    private static VerifyRun run;
    private static Path runDir;
    private static ConformanceSummary summary;

    @BeforeAll
    static void verifyTheRepromptingTarget() throws Exception {
        // GIVEN a target that re-prompts for a scope the user denied (seed 004 §引导用户重新授权 rules it out)
        // WHEN the kit's own WeChat mini-program scenarios run against it
        run = VerifyRun.run("verify", "--target", "class:io.scopekit.testsupport.RepromptAfterDenialTarget",
                "--platform", "wechat-miniprogram", "--report", root.toString());
        runDir = VerifyAcceptanceTest.latestRun(root);
        summary = Reports.readSummary(runDir.resolve(Reports.SUMMARY_JSON));
    }

    @Test
    void should_exit_1_with_a_non_conformant_verdict_when_the_target_reprompts_after_a_denial() {
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out()).startsWith("non-conformant: ");
        then(summary.verdict()).isEqualTo("non-conformant");
        then(summary.errors()).isEmpty();
        then(summary.platforms()).singleElement().satisfies(p -> {
            then(p.platform()).isEqualTo("wechat-miniprogram");
            then(p.result()).isEqualTo("fail");
        });
    }

    @Test
    void should_name_the_rule_and_its_source_passage_when_summary_json_lists_the_failures() {
        then(summary.failures()).isNotEmpty().allSatisfy(f -> {
            then(f.platform()).isEqualTo("wechat-miniprogram");
            then(f.aspect()).isEqualTo("prompts");
            then(f.observed()).contains("consent(");
            then(f.rules()).anySatisfy(r -> {
                then(r.name()).isEqualTo(RULE);
                then(r.seed()).isNotBlank();
                then(r.section()).isNotBlank();
                then(r.passage()).isNotBlank();
            });
        });
        then(summary.failures()).extracting(Finding::requirement)
                .contains("WMP-DENIED-CALL", "WMP-AUTHORIZE-DENIED");
    }

    @Test
    void should_name_the_rule_and_its_source_passage_when_markdown_and_html_are_read() throws Exception {
        String md = Files.readString(runDir.resolve(Reports.SUMMARY_MD));
        String html = Files.readString(runDir.resolve(Reports.SUMMARY_HTML));
        List<String> passages = summary.failures().stream().flatMap(f -> f.rules().stream())
                .filter(r -> RULE.equals(r.name())).map(r -> r.passage()).distinct().toList();
        then(passages).isNotEmpty();
        then(md).contains(RULE).contains("WMP-DENIED-CALL");
        then(html).contains(RULE).contains("WMP-DENIED-CALL");
        for (String passage : passages) {
            // the passages are Chinese text without markup, so both renderings keep their first words verbatim
            String words = passage.substring(0, Math.min(20, passage.length()));
            then(md).as("summary.md").contains(words);
            then(html).as("summary.html").contains(words);
        }
    }
}
