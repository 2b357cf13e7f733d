package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary.Counts;
import io.scopekit.report.ConformanceSummary.Totals;
import java.util.List;
import org.junit.jupiter.api.Test;

/** summary.md and summary.html open with the run's totals, and one of anything is written in the singular. */
class SummaryRunLineTest {

    private static ConformanceSummary withTotals(Totals totals) {
        ConformanceSummary full = JsonSummaryWriterTest.sample();
        return new ConformanceSummary(full.schema(), full.runId(), full.verdict(), full.targetUnreachable(), totals,
                full.platforms(), full.matrix(), full.failures(), full.waived(), full.errors(), full.waivers(),
                full.certificate(), full.silent());
    }

    @Test
    void should_write_the_singular_when_the_run_has_one_scenario_one_step_and_one_check() {
        // GIVEN a run of one scenario with one step and one (passed) check
        ConformanceSummary s = withTotals(new Totals(1, 0, 1, new Counts(1, 0, 0, 0, 0)));

        // WHEN both summaries are rendered
        String md = MarkdownSummaryWriter.render(s);
        String html = HtmlSummaryWriter.render(s);

        // THEN their run line counts in the singular
        then(md).contains(": 1 scenario (0 failed), 1 step, 1 check: 1 passed,");
        then(html).contains(": 1 scenario (0 failed), 1 step, 1 check.</p>");
    }

    @Test
    void should_write_the_plural_when_the_run_has_several_of_each() {
        // GIVEN the sample run: 5 scenarios, 20 steps, 7 checks
        ConformanceSummary s = JsonSummaryWriterTest.sample();

        // WHEN both summaries are rendered
        String md = MarkdownSummaryWriter.render(s);
        String html = HtmlSummaryWriter.render(s);

        // THEN the run line is as before the plural helper
        then(md).contains(": 5 scenarios (2 failed), 20 steps, 7 checks: 3 passed,");
        then(html).contains(": 5 scenarios (2 failed), 20 steps, 7 checks.</p>");
        then(List.of(md, html)).noneMatch(page -> page.contains("1 checks"));
    }
}
