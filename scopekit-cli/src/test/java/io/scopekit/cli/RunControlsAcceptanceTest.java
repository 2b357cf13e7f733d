package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.reliability.LeakyTarget;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.parallel.Isolated;

/** The run controls of verify and report (issue 13), each through the real command on the kit's own scenarios. */
@Isolated("sets Progress.STDERR_TERMINAL, a system property every verify run reads")
class RunControlsAcceptanceTest {
    private static final String TAGS = "@platform-wechat-minigame and @behaviour-denied-call";
    private static final String LEAKY = "class:" + LeakyTarget.class.getName();

    @TempDir
    Path tmp;

    @Test
    void should_list_the_selected_scenarios_with_requirement_ids_and_write_no_report_when_listing() {
        // WHEN the selection is listed
        VerifyRun run = VerifyRun.run("verify", "--list", "--tags", TAGS, "--report", tmp.toString());

        // THEN every scenario line carries its requirement id and platform, and nothing ran
        then(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        then(lines.get(lines.size() - 1)).matches("\\d+ scenarios");
        then(lines.subList(0, lines.size() - 1)).isNotEmpty()
                .allSatisfy(l -> then(l).matches("[A-Z0-9-]+\twechat-minigame\t.+\tclasspath:scopekit/features/.+:\\d+"));
        then(tmp.toFile().list()).isEmpty();
    }

    @Test
    void should_keep_only_matching_names_when_a_name_regex_is_given() {
        // GIVEN the whole selection's size
        int all = count(VerifyRun.run("verify", "--list", "--tags", TAGS));

        // WHEN a name regex narrows it
        VerifyRun run = VerifyRun.run("verify", "--list", "--tags", TAGS, "--name", "(?i)record");

        // THEN fewer scenarios are listed, each with a matching name
        then(run.exitCode()).as(run.err()).isZero();
        then(count(run)).isPositive().isLessThan(all);
        run.out().lines().filter(l -> l.contains("\t")).forEach(l -> then(l.split("\t")[2]).containsIgnoringCase("record"));
    }

    @Test
    void should_exit_2_naming_the_regex_when_the_name_is_not_a_regex() {
        VerifyRun run = VerifyRun.run("verify", "--list", "--name", "([", "--report", tmp.toString());

        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("--name '(['");
    }

    @Test
    void should_list_failures_write_a_rerun_file_and_stop_early_when_failing_fast() throws IOException {
        // GIVEN a selection every scenario of which fails against a leaky target
        int selected = count(VerifyRun.run("verify", "--list", "--tags", TAGS));

        // WHEN it runs with --fail-fast
        VerifyRun run = VerifyRun.run("verify", "--fail-fast", "--target", LEAKY, "--tags", TAGS, "--report",
                tmp.toString());

        // THEN the run stopped before the end, listed its failures with requirement ids and wrote rerun.txt
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        Path dir = tmp.resolve(Reports.LATEST).toRealPath();
        int ran = Reports.readSummary(dir.resolve(Reports.SUMMARY_JSON)).totals().scenarios();
        then(ran).isPositive().isLessThan(selected);
        then(run.out()).containsPattern("failed: \\d+ failed checks?, \\d+ scenario errors?; all in ").containsPattern("\n  [A-Z0-9-]+ \\[wechat-minigame\\] ")
                .contains("rerun the failed scenarios: scopekit verify --rerun " + dir.resolve("rerun.txt"));
        then(Files.readAllLines(dir.resolve("rerun.txt"))).isNotEmpty()
                .allSatisfy(l -> then(l).matches("classpath:scopekit/features/.+\\.feature:\\d+"));
    }

    @Test
    void should_run_exactly_the_listed_scenarios_when_a_rerun_file_is_given() throws IOException {
        // GIVEN the rerun file of a failing run
        VerifyRun failing = VerifyRun.run("verify", "--target", LEAKY, "--tags", TAGS, "--report",
                tmp.resolve("a").toString());
        Path rerun = tmp.resolve("a").resolve(Reports.LATEST).toRealPath().resolve("rerun.txt");
        then(failing.exitCode()).isEqualTo(ExitCode.FINDINGS);
        long listed = Files.readAllLines(rerun).size();

        // WHEN it is run again against the reference runtime
        VerifyRun run = VerifyRun.run("verify", "--rerun", rerun.toString(), "--json", "--report",
                tmp.resolve("b").toString());

        // THEN exactly those scenarios ran, and --json printed the summary on stdout
        then(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(run.out());
        then(summary.get("verdict").asString()).isEqualTo("conformant");
        then((long) summary.get("totals").get("scenarios").asInt()).isEqualTo(listed);
    }

    @Test
    void should_name_the_line_when_a_rerun_file_holds_no_location() throws IOException {
        Path file = Files.writeString(tmp.resolve("rerun.txt"), "classpath:scopekit/features/a.feature:3\nnonsense\n");

        VerifyRun run = VerifyRun.run("verify", "--rerun", file.toString(), "--report", tmp.toString());

        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains(file + ":2: expected FEATURE-URI:LINE");
    }

    @Test
    void should_print_plain_progress_lines_when_stderr_is_not_a_terminal() {
        String before = System.getProperty(Progress.STDERR_TERMINAL);
        try {
            System.setProperty(Progress.STDERR_TERMINAL, "false");
            VerifyRun plain = VerifyRun.run("verify", "--tags", TAGS, "--report", tmp.resolve("p").toString());
            System.setProperty(Progress.STDERR_TERMINAL, "true");
            VerifyRun tty = VerifyRun.run("verify", "--tags", TAGS, "--report", tmp.resolve("t").toString());

            then(plain.err()).doesNotContain("\r").contains("scenarios, 0 failed\n");
            then(tty.err()).contains("\rscopekit: ");
        } finally {
            if (before == null) {
                System.clearProperty(Progress.STDERR_TERMINAL);
            } else {
                System.setProperty(Progress.STDERR_TERMINAL, before);
            }
        }
    }

    @Test
    void should_keep_the_newest_runs_and_latest_when_pruning() throws IOException {
        // GIVEN three runs in a report root
        for (int i = 0; i < 3; i++) {
            then(VerifyRun.run("verify", "--tags", TAGS, "--report", tmp.toString()).exitCode()).isZero();
        }
        Path latest = tmp.resolve(Reports.LATEST).toRealPath();

        // WHEN all but one are pruned
        VerifyRun run = VerifyRun.run("report", "prune", "--keep", "1", tmp.toString());

        // THEN two are gone and the latest run is the one left
        then(run.exitCode()).as(run.err()).isZero();
        then(run.out()).isEqualTo("removed 2 runs from " + tmp + "\n");
        try (Stream<Path> left = Files.list(tmp)) {
            then(left.filter(p -> !p.getFileName().toString().equals(Reports.LATEST)).toList())
                    .containsExactly(latest);
        }
    }

    @Test
    void should_merge_report_roots_of_shards_when_given_as_in_the_readme() throws IOException {
        // GIVEN the README's shard runs: --report reports/shard-K writes reports/shard-K/<run-id>/
        for (int k = 1; k <= 2; k++) {
            then(VerifyRun.run("verify", "--tags", TAGS, "--shard", k + "/2", "--report",
                    tmp.resolve("shard-" + k).toString()).exitCode()).isZero();
        }

        // WHEN the roots are merged as the README writes it, with --json
        VerifyRun run = VerifyRun.run("report", "merge", tmp.resolve("shard-1").toString(),
                tmp.resolve("shard-2").toString(), "--out", tmp.resolve("merged").toString(), "--json");

        // THEN the merge reads each root's latest run and prints the merged summary JSON
        then(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(run.out());
        then(summary.get("verdict").asString()).isEqualTo("conformant");
        then(summary.get("certificate").get("shards")).hasSize(2);
    }

    @Test
    void should_score_passed_over_judged_checks_per_platform_and_draw_a_badge_when_a_run_ends() throws IOException {
        // WHEN a conforming and a failing run end
        VerifyRun.run("verify", "--tags", TAGS, "--report", tmp.resolve("ok").toString());
        VerifyRun.verifyFixtures(tmp.resolve("bad"));

        // THEN the certificate scores each (overall first, then per platform) and badge.svg shows the overall score
        var ok = Reports.readSummary(tmp.resolve("ok/latest/summary.json")).certificate().scores();
        var okChecks = Reports.readSummary(tmp.resolve("ok/latest/summary.json")).totals().checks();
        then(ok.get(0)).isEqualTo(new io.scopekit.report.ConformanceSummary.Score("all", okChecks.passed(),
                okChecks.passed(), 1.0));
        then(ok).extracting(s -> s.platform()).containsExactly("all", "wechat-minigame");
        then(Files.readString(tmp.resolve("ok/latest/badge.svg"))).contains("<svg").contains("100.0%")
                .contains("#2e7d32");
        var bad = Reports.readSummary(tmp.resolve("bad/latest/summary.json"));
        then(bad.certificate().scores().get(0).score()).isLessThan(0.9);
        then(bad.certificate().scores().get(0).judged()).isEqualTo(bad.totals().checks().passed()
                + bad.totals().checks().failed() + bad.totals().checks().waived());
        then(Files.readString(tmp.resolve("bad/latest/badge.svg"))).contains("#c62828");
        then(Files.readString(tmp.resolve("ok/latest/summary.md"))).contains("- Conformance score: 100.0% (");
    }

    @Test
    void should_name_junit_test_cases_by_requirement_and_platform_when_a_run_ends() throws IOException {
        // WHEN a run ends
        VerifyRun.run("verify", "--tags", TAGS, "--report", tmp.toString());

        // THEN every test case of junit.xml starts with its requirement id and platform
        String xml = Files.readString(tmp.resolve("latest/junit.xml"));
        List<String> names = java.util.regex.Pattern.compile("<testcase [^>]*name=\"([^\"]*)\"").matcher(xml)
                .results().map(m -> m.group(1)).toList();
        then(names).isNotEmpty().allSatisfy(n -> then(n).matches("\\[[A-Z0-9-]+ wechat-minigame\\] .+"));
    }

    @Test
    void should_print_a_completion_script_when_asked() {
        VerifyRun run = VerifyRun.run("generate-completion");

        then(run.exitCode()).isZero();
        then(run.out()).contains("complete -F").contains("verify").contains("--fail-fast");
    }

    private static int count(VerifyRun listing) {
        then(listing.exitCode()).as(listing.err()).isZero();
        List<String> lines = listing.out().lines().toList();
        return Integer.parseInt(lines.get(lines.size() - 1).replaceAll(" scenarios?", ""));
    }
}
