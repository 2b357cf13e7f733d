package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.report.TerminalText;
import io.scopekit.site.DocsSite;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints the outcome of a {@code verify} run on stdout: the verdict line, waiver notes and where the reports are. */
final class VerifyPrinter {
    private VerifyPrinter() {}

    static void print(PrintWriter out, ConformanceSummary summary, Path runDir) {
        var t = summary.totals();
        out.println(ConformanceSummary.verdictText(summary.verdict()) + ": " + Plural.count(t.scenarios(), "scenario") + ", " + Plural.count(t.steps(), "step") + "; checks "
                + t.checks().passed() + " passed, " + t.checks().failed() + " failed, " + t.checks().waived()
                + " waived, " + t.checks().unspecified() + " unspecified, " + t.checks().unsupported()
                + " unsupported; " + Plural.count(summary.errors().size(), "scenario error"));
        summary.assessmentNotes().forEach(out::println);
        summary.waivers().noLongerNeeded().forEach(w -> out.println("note: waiver for " + w.requirement()
                + " (line " + w.line() + ") no longer needed"));
        summary.waivers().unmatched().forEach(w -> out.println("note: waiver for " + w.requirement()
                + " (line " + w.line() + ") matches nothing"));
        out.println("reports: " + runDir.resolve(Reports.SUMMARY_HTML));
        out.println("docs: ./scopekit docs --report " + runDir + " writes "
                + runDir.resolve(Reports.SITE_DIR).resolve("index.html"));
        out.flush();
    }

    /** The failures listed at most; the summary has them all. */
    static final int MAX_LISTED = 25;

    /**
     * Lists the failed checks and scenario errors, one line each: requirement id, platform, where, expected vs
     * observed and the rule that decided (target text was redacted when the summary was built).
     */
    static void printFailures(PrintWriter out, ConformanceSummary summary, Path runDir) {
        int failed = summary.failures().size();
        int errors = summary.errors().size();
        int total = failed + errors;
        if (total == 0) {
            return;
        }
        // The list below stops after MAX_LISTED lines, failed checks first: the counts and where the whole list is
        // come first, so that scenario errors cut off from the list are still announced (issue 21).
        out.println("failed: " + failed + " failed " + plural(failed, "check", "checks") + ", " + errors
                + " scenario " + plural(errors, "error", "errors") + "; all in " + runDir.resolve(Reports.SUMMARY_MD)
                + " and the site's failures.html");
        int n = 0;
        for (var f : summary.failures()) {
            if (n++ == MAX_LISTED) {
                break;
            }
            String rule = f.rules() == null || f.rules().isEmpty() ? "no rule fired"
                    : "rule '" + f.rules().get(0).name() + "' (" + f.rules().get(0).file() + ")";
            out.println(visible("  " + f.requirement() + " [" + f.platform() + "] " + f.aspect() + ": expected "
                    + TerminalText.of(f.expected()) + " but observed " + TerminalText.of(f.observed()) + " - " + rule + " - " + f.uri() + ":" + f.line()));
        }
        for (var e : summary.errors()) {
            if (n++ >= MAX_LISTED) {
                break;
            }
            // The rules are named, not quoted: their passages are on the scenario's page (issue 21, item 3).
            var parts = e.parts();
            String rules = parts.rules().isEmpty() ? ""
                    : " - rules " + String.join(", ", parts.ruleNames().stream().map(x -> "'" + x + "'").toList());
            out.println(visible("  " + e.requirement() + " [" + e.platform() + "] " + e.status()
                    + (e.step() == null ? "" : " in " + TerminalText.of(e.step())) + ": "
                    + TerminalText.of(firstLine(parts.summary())) + rules + " - " + e.uri() + ":" + e.line()
                    + " - " + Reports.SITE_DIR + "/" + DocsSite.scenarioPage(e.uri(), e.line())));
        }
        if (total > MAX_LISTED) {
            int checksLeft = Math.max(0, failed - MAX_LISTED);
            int errorsLeft = total - MAX_LISTED - checksLeft;
            out.println("  ... and " + (total - MAX_LISTED) + " more (" + checksLeft + " failed "
                    + plural(checksLeft, "check", "checks") + ", " + errorsLeft + " scenario "
                    + plural(errorsLeft, "error", "errors") + ")");
        }
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    // Target text reaches a terminal here: control characters are shown, never interpreted.
    private static String visible(String s) {
        return TerminalText.message(s);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
