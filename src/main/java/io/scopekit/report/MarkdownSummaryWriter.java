package io.scopekit.report;

import io.scopekit.check.CheckRecord;
import io.scopekit.report.ConformanceSummary.Cell;
import io.scopekit.report.ConformanceSummary.Counts;
import io.scopekit.report.ConformanceSummary.Finding;
import io.scopekit.report.ConformanceSummary.PlatformResult;
import io.scopekit.report.ConformanceSummary.ScenarioError;
import io.scopekit.report.ConformanceSummary.WaiverNote;
import java.util.List;
import org.owasp.encoder.Encode;

/** Renders a {@link ConformanceSummary} as GitHub-flavoured Markdown ({@code summary.md}). */
final class MarkdownSummaryWriter {

    private MarkdownSummaryWriter() {}

    static String render(ConformanceSummary s) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# ScopeKit conformance summary\n\n");
        md.append("**Verdict: ").append(s.verdict()).append("**");
        if (s.targetUnreachable()) {
            md.append(" (target unreachable)");
        }
        md.append("\n\n");
        Counts t = s.totals().checks();
        md.append("Run `").append(cell(s.runId())).append("`: ").append(s.totals().scenarios()).append(" scenarios (")
                .append(s.totals().scenariosFailed()).append(" failed), ").append(s.totals().steps()).append(" steps, ")
                .append(t.total()).append(" checks: ").append(counts(t)).append(".\n\n");

        md.append("## Platforms\n\n| platform | result | scenarios | errors | passed | failed | waived | unspecified | unsupported |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (PlatformResult p : s.platforms()) {
            Counts c = p.checks();
            md.append("| ").append(cell(p.platform())).append(" | ").append(p.result()).append(" | ").append(p.scenarios())
                    .append(" | ").append(p.errors()).append(" | ").append(c.passed()).append(" | ").append(c.failed())
                    .append(" | ").append(c.waived()).append(" | ").append(c.unspecified()).append(" | ")
                    .append(c.unsupported()).append(" |\n");
        }

        md.append("\n## Matrix (platform x scope x behaviour)\n\n")
                .append("| platform | scope | behaviour | passed | failed | waived | unspecified | unsupported |\n")
                .append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Cell c : s.matrix()) {
            Counts k = c.checks();
            md.append("| ").append(cell(c.platform())).append(" | ").append(cell(c.scope())).append(" | ")
                    .append(cell(c.behaviour())).append(" | ").append(k.passed()).append(" | ").append(k.failed())
                    .append(" | ").append(k.waived()).append(" | ").append(k.unspecified()).append(" | ")
                    .append(k.unsupported()).append(" |\n");
        }

        findings(md, "Failures", s.failures());
        findings(md, "Waived failures", s.waived());
        if (!s.errors().isEmpty()) {
            md.append("\n## Scenario errors\n\n| scenario | location | platform | status | message |\n| --- | --- | --- | --- | --- |\n");
            for (ScenarioError e : s.errors()) {
                md.append("| ").append(cell(e.scenario())).append(" | ").append(cell(e.uri() + ":" + e.line()))
                        .append(" | ").append(cell(e.platform())).append(" | ").append(e.status()).append(" | ")
                        .append(cell(e.message())).append(" |\n");
            }
        }
        silent(md, s.silent());
        waiverNotes(md, s.waivers().noLongerNeeded());
        waiverNotes(md, s.waivers().unmatched());
        waiverNotes(md, s.waivers().expired());

        var cert = s.certificate();
        md.append("\n## Certificate\n\n");
        md.append("- Kit version: ").append(cell(cert.kitVersion())).append('\n');
        if (cert.target() != null) {
            md.append("- Target: ").append(cell(cert.target().name())).append(' ').append(cell(cert.target().version()))
                    .append(" — ").append(cell(cert.target().description())).append('\n');
        }
        md.append("- Date: ").append(cell(cert.date())).append('\n');
        md.append("- Verdict: ").append(cert.verdict()).append('\n');
        if (cert.sensitivity() != null) {
            var k = cert.sensitivity();
            md.append("- Sensitivity: mutant kill rate ").append(String.format(java.util.Locale.ROOT, "%.0f%%", k.killRate() * 100))
                    .append(" (").append(k.killed()).append(" of a zoo of ").append(k.zoo()).append("); covered ")
                    .append(k.scenarios()).append(" scenarios, ").append(k.rules()).append(" rules, ")
                    .append(k.statements()).append(" statements\n");
        }
        if (!cert.shards().isEmpty()) {
            md.append("- Shards merged: ").append(String.join(", ", cert.shards())).append('\n');
        }
        md.append("\n| platform profile | result |\n| --- | --- |\n");
        cert.platforms().forEach(p -> md.append("| ").append(cell(p.platform())).append(" | ").append(p.result()).append(" |\n"));
        md.append("\n| kind | file | SHA-256 |\n| --- | --- | --- |\n");
        cert.files().forEach(f -> md.append("| ").append(f.kind()).append(" | ").append(cell(f.path())).append(" | `")
                .append(f.sha256()).append("` |\n"));
        return md.toString();
    }

    /** What the target did where the documents are silent: never judged, shown so platform teams see divergence. */
    private static void silent(StringBuilder md, List<ConformanceSummary.SilentAspect> silent) {
        if (silent.isEmpty()) {
            return;
        }
        md.append("\n## Where the documents are silent (not judged)\n\n")
                .append("| aspect | platform | behaviour | checks | divergent | observed (checks: requirements) |\n")
                .append("| --- | --- | --- | ---: | --- | --- |\n");
        for (ConformanceSummary.SilentAspect a : silent) {
            StringBuilder seen = new StringBuilder();
            for (ConformanceSummary.Observed o : a.observed()) {
                if (!seen.isEmpty()) {
                    seen.append("<br>");
                }
                seen.append('`').append(code(o.value())).append("` (").append(o.checks()).append(": ")
                        .append(cell(String.join(", ", o.requirements()))).append(')');
            }
            md.append("| ").append(cell(a.aspect())).append(" | ").append(cell(a.platform()))
                    .append(a.container() == null ? "" : "/" + cell(a.container())).append(" | ")
                    .append(cell(a.behaviour())).append(" | ").append(a.checks()).append(" | ")
                    .append(a.divergent() ? "yes" : "no").append(" | ").append(seen).append(" |\n");
        }
    }

    private static void findings(StringBuilder md, String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        for (Finding f : findings) {
            md.append("### ").append(cell(f.requirement())).append(" — ").append(cell(f.platform()))
                    .append(f.container() == null ? "" : "/" + cell(f.container()))
                    .append(f.scope() == null ? "" : " " + cell(f.scope())).append(" (").append(cell(f.aspect()))
                    .append(")\n\n");
            md.append("- Scenario: ").append(cell(f.scenario())).append(" (`").append(cell(f.uri())).append(':')
                    .append(f.line()).append("`)\n");
            md.append("- Expected: `").append(code(f.expected())).append("`\n");
            md.append("- Observed: `").append(code(f.observed())).append("`\n");
            if (f.note() != null) {
                md.append("- Note: ").append(cell(f.note())).append('\n');
            }
            for (CheckRecord.Rule r : f.rules()) {
                md.append("- Rule `").append(code(r.name())).append("` (").append(cell(r.file())).append("), source ")
                        .append(cell(r.seed())).append(" § ").append(cell(r.section())).append(": “")
                        .append(cell(r.passage())).append("”\n");
            }
            if (f.waiver() != null) {
                md.append("- Waived (waivers line ").append(f.waiver().line()).append("): ")
                        .append(cell(f.waiver().reason())).append('\n');
            }
            md.append('\n');
        }
    }

    private static void waiverNotes(StringBuilder md, List<WaiverNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        md.append("\n## ").append(capitalise(notes.get(0).note())).append("\n\n");
        for (WaiverNote w : notes) {
            md.append("- ").append(cell(w.requirement()))
                    .append(w.platform() == null ? "" : " platform " + cell(w.platform()))
                    .append(w.scope() == null ? "" : " scope " + cell(w.scope()))
                    .append(w.aspect() == null ? "" : " aspect " + cell(w.aspect()))
                    .append(" (waivers line ").append(w.line()).append("): ").append(cell(w.reason()))
                    .append(" — **").append(w.note()).append("**\n");
        }
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String counts(Counts c) {
        return c.passed() + " passed, " + c.failed() + " failed, " + c.waived() + " waived, " + c.unspecified()
                + " unspecified, " + c.unsupported() + " unsupported";
    }

    // Markdown renderers pass raw HTML through; target text must not become markup or break the table.
    static String cell(String s) {
        if (s == null) {
            return "—";
        }
        return Encode.forHtmlContent(Redactor.visible(Redactor.redact(s))).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String code(String s) {
        // Inside a code span HTML is inert, but backticks and newlines would end it.
        return s == null ? "—" : Redactor.visible(Redactor.redact(s)).replace("`", "'").replace("\r", " ").replace("\n", " ")
                .replace("|", "\\|");
    }
}
