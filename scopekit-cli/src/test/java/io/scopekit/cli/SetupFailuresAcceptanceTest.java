package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.AlwaysSucceedTarget;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing run reported as it is (issue 21, item 1): a target that answers every action with success fails most
 * WeChat mini-program scenarios, many already while setting up in a {@code Given}. Every behaviour it failed, in
 * set-up or in a check, is a column of the matrix (summary.md, summary.html, the site), the index card and the
 * certificates count its scenario errors, and every view prints the one score.
 */
class SetupFailuresAcceptanceTest {

    @TempDir
    static Path reports;

    private static VerifyRun run;
    private static Path runDir;
    private static ConformanceSummary summary;
    private static Path site;

    @BeforeAll
    static void runTheAlwaysSucceedTarget() throws IOException {
        // GIVEN the kit's WeChat mini-program scenarios against a target that always succeeds, never prompting
        run = VerifyRun.run("verify", "--target", "class:" + AlwaysSucceedTarget.class.getName(),
                "--report", reports.toString());
        runDir = Reports.runDirOf(reports);
        summary = Reports.readSummary(runDir.resolve(Reports.SUMMARY_JSON));
        site = runDir.resolve("site");
        VerifyRun docs = VerifyRun.run("docs", "--report", runDir.toString(), "--out", site.toString());
        then(docs.exitCode()).as(docs.err()).isZero();
    }

    /** The behaviours of the scenarios that failed: a failed check's, or an errored scenario's tag. */
    private static Set<String> failedBehaviours() {
        Set<String> failed = new TreeSet<>();
        summary.failures().forEach(f -> failed.add(f.behaviour()));
        summary.errors().forEach(e -> failed.add(e.behaviour()));
        return failed;
    }

    @Test
    void should_count_each_setup_failure_against_its_behaviour_and_platform_when_a_given_fails() {
        // THEN the run failed, and most of its failures are scenario errors in a Given
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(summary.errors()).hasSizeGreaterThan(50)
                .allSatisfy(e -> then(e.behaviour()).isNotNull().isNotEqualTo("?"));
        then(summary.errors()).filteredOn(e -> e.step() != null && e.step().startsWith("Given ")).isNotEmpty();
        // every behaviour that failed only in set-up has its cell, holding its errors
        then(failedBehaviours()).contains("granted-call", "denied-call", "delete-app", "toggle-setting",
                "record-sync");
        Set<String> columns = new TreeSet<>();
        summary.matrix().forEach(c -> columns.add(c.behaviour()));
        then(columns).containsAll(failedBehaviours());
        int cellErrors = summary.matrix().stream().mapToInt(ConformanceSummary.Cell::errors).sum();
        then(cellErrors).isEqualTo(summary.errors().size());
        then(summary.platforms()).singleElement().satisfies(p -> {
            then(p.platform()).isEqualTo(AlwaysSucceedTarget.PLATFORM);
            then(p.errors()).isEqualTo(summary.errors().size());
        });
    }

    @Test
    void should_show_every_failed_behaviour_on_each_matrix_when_scenarios_failed_in_setup() throws IOException {
        // WHEN
        String md = Files.readString(runDir.resolve(Reports.SUMMARY_MD));
        String html = Files.readString(runDir.resolve(Reports.SUMMARY_HTML));
        String siteMatrix = Files.readString(site.resolve("matrix.html"));

        // THEN each failed behaviour is a column of all three matrices
        for (String behaviour : failedBehaviours()) {
            then(md).as(behaviour).containsPattern("\\| wechat-miniprogram \\| [^|]+ \\| " + behaviour + " \\|");
            then(html).as(behaviour).contains("data-behaviour=\"" + behaviour + "\"");
            then(siteMatrix).as(behaviour).contains("<th scope=\"col\"><span>" + behaviour + "</span></th>");
        }
        then(md).contains("| wechat-miniprogram | (scenario) | granted-call | 0 | 0 | 0 | 0 | 0 | ");
        then(html).contains("scenario errors</span>");
    }

    @Test
    void should_print_one_score_counting_scenario_errors_on_every_view_when_scenarios_errored() throws IOException {
        // GIVEN the score as the certificate defines it: passed checks over judged checks plus scenario errors
        ConformanceSummary.Score score = summary.certificate().overall();
        var checks = summary.totals().checks();
        then(score.judged()).isEqualTo(checks.passed() + checks.failed() + checks.waived() + summary.errors().size());
        then(score.errors()).isEqualTo(summary.errors().size());
        String figure = score.describe();
        then(figure).startsWith(score.percent()).contains(summary.errors().size() + " scenario errors");

        // WHEN every view is read
        String md = Files.readString(runDir.resolve(Reports.SUMMARY_MD));
        String html = Files.readString(runDir.resolve(Reports.SUMMARY_HTML));
        String badge = Files.readString(runDir.resolve(Reports.BADGE_SVG));
        String index = Files.readString(site.resolve("index.html"));
        String certificate = Files.readString(site.resolve("certificate.html"));

        // THEN each prints that figure, and the scenario errors beside it
        then(md).contains("- Conformance score: " + figure).contains("- Scenario errors: " + summary.errors().size());
        then(html).contains("<th>Conformance score (all)</th><td>" + figure + "</td>")
                .contains("<th>Scenario errors</th><td>" + summary.errors().size() + "</td>");
        then(badge).contains(score.percent());
        then(index).contains("<dd>" + figure + "</dd>")
                .containsPattern("Scenario errors · 场景错误</dt><dd class=\"errors\">" + summary.errors().size());
        then(certificate).contains("<td>" + figure + "</td>")
                .contains("<td class=\"errors\">" + summary.errors().size() + "</td>");
        then(scoresIn(md + html + index + certificate)).containsOnly(score.percent());
    }

    @Test
    void should_name_the_rules_and_link_the_site_without_passages_when_the_console_lists_scenario_errors(
            @TempDir Path more) {
        // WHEN only the granted-call scenarios run, which all fail in set-up, and the console lists them
        VerifyRun granted = VerifyRun.run("verify", "--target", "class:" + AlwaysSucceedTarget.class.getName(),
                "--tags", "@req-WMP-GRANTED-CALL", "--report", more.toString());

        // THEN each scenario error line names its step and rules, links the scenario's page, and quotes no passage
        // (issue 21, item 3: they were ~1.5 KB a line)
        java.util.List<String> errorLines = granted.out().lines().filter(l -> l.contains(" failed in Given "))
                .toList();
        then(errorLines).isNotEmpty().allSatisfy(l -> {
            then(l).contains(" - rules '").containsPattern(" - site/scenario-[a-z0-9-]+\\.html$")
                    .doesNotContain("§").doesNotContain("https://");
            then(l.length()).isLessThan(700);
        });
    }

    @Test
    void should_print_both_counts_and_where_the_full_list_is_when_the_console_list_stops_before_the_errors() {
        // GIVEN more failed checks than the console lists, and the scenario errors after them
        int failed = summary.failures().size();
        int errors = summary.errors().size();
        then(failed).isGreaterThanOrEqualTo(25);

        // WHEN the console output is read
        String out = run.out();

        // THEN it says how many of each there are and where all of them are listed, though no error line is shown
        then(out).contains("failed: " + failed + " failed checks, " + errors + " scenario errors; all in "
                + runDir.resolve(Reports.SUMMARY_MD) + " and the site's failures.html")
                .contains("... and " + (failed + errors - 25) + " more (" + (failed - 25) + " failed checks, " + errors
                        + " scenario errors)");
    }

    private static Set<String> scoresIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("(\\d+\\.\\d)% \\(\\d+ of \\d+ judged").matcher(text);
        while (m.find()) {
            found.add(m.group(1) + "%");
        }
        return found;
    }
}
