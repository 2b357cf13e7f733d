package io.scopekit.report;

import io.scopekit.report.ConformanceSummary.Counts;
import io.scopekit.report.ConformanceSummary.Finding;
import io.scopekit.report.ConformanceSummary.WaiverNote;
import java.util.ArrayList;
import java.util.List;
import org.owasp.encoder.Encode;

/**
 * Renders a {@link ConformanceSummary} as GitHub-flavoured Markdown ({@code summary.md}) through the template
 * {@code summary.md.mustache}; the engine encodes every value as a table cell, or as a code span for a
 * {@link ReportTemplates.Code} value.
 */
final class MarkdownSummaryWriter {

    private MarkdownSummaryWriter() {}

    private static final ReportTemplates TEMPLATES = ReportTemplates.markdown();

    /** The values the template reads besides the summary itself. */
    record Page(ConformanceSummary s, String counts, List<FindingSection> findings, List<ErrorRow> errors,
            List<SilentRow> silent, List<NoteSection> notes, List<FileRow> files, String shardList) {
        /** The run's totals as the summary's first line writes them, one of each in the singular. */
        String runTotals() {
            return Reports.runTotals(s.totals());
        }

        boolean hasErrors() {
            return !errors.isEmpty();
        }

        boolean hasSilent() {
            return !silent.isEmpty();
        }

        /** The whole run's conformance score, or null (a summary of an older kit). */
        ConformanceSummary.Score overallScore() {
            var scores = s.certificate() == null ? List.<ConformanceSummary.Score>of() : s.certificate().scores();
            return scores.isEmpty() ? null : scores.get(0);
        }

        List<ConformanceSummary.Score> platformScores() {
            var scores = s.certificate() == null ? List.<ConformanceSummary.Score>of() : s.certificate().scores();
            return scores.size() < 2 ? List.of() : scores.subList(1, scores.size());
        }

        boolean hasPlatformScores() {
            return !platformScores().isEmpty();
        }

        String verdictText() {
            return ConformanceSummary.verdictText(s.verdict());
        }

        String certificateVerdictText() {
            return ConformanceSummary.verdictText(s.certificate().verdict());
        }
    }

    record FindingSection(String title, List<FindingRow> rows) {}

    record FindingRow(Finding f, String heading, ReportTemplates.Code location, ReportTemplates.Code expected,
            ReportTemplates.Code observed, List<RuleRow> rules) {}

    record RuleRow(ReportTemplates.Code name, String file, String seed, String section, String passage) {}

    record ErrorRow(String scenario, String location, String platform, String behaviour, String step, String status,
            String message) {}

    record SilentRow(String aspect, String platform, String behaviour, int checks, boolean divergent,
            List<ObservedRow> observed) {}

    record ObservedRow(ReportTemplates.Code value, int checks, String requirements, boolean first) {}

    record NoteSection(String title, List<WaiverNote> notes) {}

    record FileRow(String kind, String path, ReportTemplates.Code sha256) {}

    static String render(ConformanceSummary s) {
        List<FindingSection> findings = new ArrayList<>();
        findingSection(findings, "Failures", s.failures());
        findingSection(findings, "Waived failures", s.waived());
        List<ErrorRow> errors = s.errors().stream().map(e -> new ErrorRow(e.scenario(), e.uri() + ":" + e.line(),
                e.platform(), e.behaviour(), e.step(), e.status(), e.message())).toList();
        List<SilentRow> silent = new ArrayList<>();
        for (ConformanceSummary.SilentAspect a : s.silent()) {
            List<ObservedRow> seen = new ArrayList<>();
            for (ConformanceSummary.Observed o : a.observed()) {
                seen.add(new ObservedRow(new ReportTemplates.Code(o.value()), o.checks(),
                        String.join(", ", o.requirements()), seen.isEmpty()));
            }
            silent.add(new SilentRow(a.aspect(), a.platform() + (a.container() == null ? "" : "/" + a.container()),
                    a.behaviour(), a.checks(), a.divergent(), seen));
        }
        List<NoteSection> notes = new ArrayList<>();
        for (List<WaiverNote> n : List.of(s.waivers().noLongerNeeded(), s.waivers().unmatched(), s.waivers().expired())) {
            if (!n.isEmpty()) {
                notes.add(new NoteSection(capitalise(n.get(0).note()), n));
            }
        }
        List<FileRow> files = s.certificate().files().stream()
                .map(f -> new FileRow(f.kind(), f.path(), new ReportTemplates.Code(f.sha256()))).toList();
        return TEMPLATES.render("summary.md.mustache", new Page(s, counts(s.totals().checks()), findings, errors, silent,
                notes, files, s.certificate().shards().isEmpty() ? null : String.join(", ", s.certificate().shards())));
    }

    private static void findingSection(List<FindingSection> out, String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        List<FindingRow> rows = new ArrayList<>();
        for (Finding f : findings) {
            String heading = f.requirement() + " — " + f.platform() + (f.container() == null ? "" : "/" + f.container())
                    + (f.scope() == null ? "" : " " + f.scope()) + " (" + f.aspect() + ")";
            rows.add(new FindingRow(f, heading, new ReportTemplates.Code(f.uri() + ":" + f.line()),
                    new ReportTemplates.Code(f.expected()), new ReportTemplates.Code(f.observed()),
                    f.rules().stream().map(r -> new RuleRow(new ReportTemplates.Code(r.name()), r.file(), r.seed(),
                            r.section(), r.passage())).toList()));
        }
        out.add(new FindingSection(title, rows));
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
        return Encode.forHtmlContent(TerminalText.bidiVisible(Redactor.visible(Redactor.redact(s)))).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    static String code(String s) {
        // Inside a code span HTML is inert, but backticks and newlines would end it.
        return s == null ? "—" : TerminalText.bidiVisible(Redactor.visible(Redactor.redact(s))).replace("`", "'").replace("\r", " ").replace("\n", " ")
                .replace("|", "\\|");
    }
}
