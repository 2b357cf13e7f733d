package io.scopekit.cli;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints the outcome of a {@code verify} run on stdout: the verdict line, waiver notes and where the reports are. */
final class VerifyPrinter {
    private VerifyPrinter() {}

    static void print(PrintWriter out, ConformanceSummary summary, Path runDir) {
        var t = summary.totals();
        out.println(summary.verdict() + ": " + t.scenarios() + " scenarios, " + t.steps() + " steps; checks "
                + t.checks().passed() + " passed, " + t.checks().failed() + " failed, " + t.checks().waived()
                + " waived, " + t.checks().unspecified() + " unspecified, " + t.checks().unsupported()
                + " unsupported; " + summary.errors().size() + " scenario errors");
        summary.waivers().noLongerNeeded().forEach(w -> out.println("note: waiver for " + w.requirement()
                + " (line " + w.line() + ") no longer needed"));
        summary.waivers().unmatched().forEach(w -> out.println("note: waiver for " + w.requirement()
                + " (line " + w.line() + ") matches nothing"));
        out.println("reports: " + runDir.resolve(Reports.SUMMARY_HTML));
        out.println("docs: ./scopekit docs --report " + runDir + " writes "
                + runDir.resolve(Reports.SITE_DIR).resolve("index.html"));
        out.flush();
    }
}
