package io.scopekit.report;

import io.scopekit.report.ConformanceSummary.Cell;
import io.scopekit.report.ConformanceSummary.Counts;
import io.scopekit.report.ConformanceSummary.Finding;
import io.scopekit.report.ConformanceSummary.WaiverNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders a {@link ConformanceSummary} as one self-contained HTML page ({@code summary.html}) through the template
 * {@code summary.html.mustache}.
 *
 * <p>The template engine redacts and HTML-encodes every value ({@link ReportTemplates#html()}): observed values come
 * from the target and must never become markup.
 */
final class HtmlSummaryWriter {

    private static final ReportTemplates TEMPLATES = ReportTemplates.html();

    private HtmlSummaryWriter() {}

    /** The values the template reads besides the summary itself. */
    record Page(ConformanceSummary s, String verdictClass, String siteHref, Matrix matrix, List<Findings> findings,
            List<Notes> notes, List<String> statuses, boolean hasErrors, boolean hasSilent, List<SilentRow> silent,
            String shardList) {
        /** The run's totals as the summary's first line writes them, one of each in the singular. */
        String runTotals() {
            return Reports.runTotals(s.totals());
        }

        String verdictText() {
            return ConformanceSummary.verdictText(s.verdict());
        }

        String certificateVerdictText() {
            return ConformanceSummary.verdictText(s.certificate().verdict());
        }

        int errorCount() {
            return s.errors().size();
        }

        boolean hasAssessmentNotes() {
            return !s.assessmentNotes().isEmpty();
        }
    }

    record SilentRow(String aspect, String platform, String container, String behaviour, int checks, boolean divergent,
            List<ObservedRow> observed) {}

    record ObservedRow(String value, int checks, String requirementList) {}

    record Findings(String title, String id, List<Finding> rows) {}

    record Notes(String title, String id, List<WaiverNote> notes) {}

    record Matrix(List<String> behaviours, List<MatrixRow> rows) {}

    record MatrixRow(String platform, String scope, List<MatrixCell> cells) {}

    record MatrixCell(boolean present, String css, String platform, String scope, String behaviour, Counts c,
            int errors) {
        boolean hasErrors() {
            return errors > 0;
        }
    }

    static String render(ConformanceSummary s) {
        List<Findings> findings = new ArrayList<>();
        if (!s.failures().isEmpty()) {
            findings.add(new Findings("Failures", "failures", s.failures()));
        }
        if (!s.waived().isEmpty()) {
            findings.add(new Findings("Waived failures", "waived", s.waived()));
        }
        List<Notes> notes = new ArrayList<>();
        addNotes(notes, "waivers-no-longer-needed", s.waivers().noLongerNeeded());
        addNotes(notes, "waivers-unmatched", s.waivers().unmatched());
        addNotes(notes, "waivers-expired", s.waivers().expired());
        return TEMPLATES.render("summary.html.mustache", new Page(s, verdictClass(s),
                Reports.SITE_DIR + "/index.html", matrix(s.matrix()), findings, notes,
                List.of("passed", "failed", "waived", "unspecified", "unsupported"), !s.errors().isEmpty(),
                !s.silent().isEmpty(), silent(s), s.certificate().shards().isEmpty() ? null
                        : String.join(", ", s.certificate().shards())));
    }

    // Green only for a fully conformant run; "conformant where assessed" and "not assessed" are grey, never green.
    private static String verdictClass(ConformanceSummary s) {
        if (s.conformant()) {
            return "pass";
        }
        return ConformanceSummary.CONFORMANT_WHERE_ASSESSED.equals(s.verdict())
                || ConformanceSummary.NOT_ASSESSED.equals(s.verdict()) ? "not-assessed" : "fail";
    }

    static List<SilentRow> silent(ConformanceSummary s) {
        return s.silent().stream().map(a -> new SilentRow(a.aspect(), a.platform(), a.container(), a.behaviour(),
                a.checks(), a.divergent(), a.observed().stream().map(o -> new ObservedRow(o.value(), o.checks(),
                        String.join(", ", o.requirements()))).toList())).toList();
    }

    private static void addNotes(List<Notes> out, String id, List<WaiverNote> notes) {
        if (!notes.isEmpty()) {
            out.add(new Notes(notes.get(0).note(), id, notes));
        }
    }

    // One row per platform x scope, one column per behaviour: the shape product owners asked for.
    private static Matrix matrix(List<Cell> cells) {
        TreeSet<String> behaviours = new TreeSet<>();
        Map<List<String>, Map<String, Cell>> rows = new LinkedHashMap<>();
        for (Cell c : cells) {
            behaviours.add(c.behaviour());
            rows.computeIfAbsent(List.of(c.platform(), String.valueOf(c.scope())), k -> new LinkedHashMap<>())
                    .put(c.behaviour(), c);
        }
        List<MatrixRow> out = new ArrayList<>();
        rows.forEach((key, byBehaviour) -> {
            List<MatrixCell> row = new ArrayList<>();
            for (String b : behaviours) {
                Cell c = byBehaviour.get(b);
                row.add(new MatrixCell(c != null, c == null ? null : c.errors() > 0 ? "failed" : cssClass(c.checks()),
                        key.get(0), key.get(1), b, c == null ? null : c.checks(), c == null ? 0 : c.errors()));
            }
            out.add(new MatrixRow(key.get(0), key.get(1), row));
        });
        return new Matrix(List.copyOf(behaviours), out);
    }

    private static String cssClass(Counts c) {
        if (c.failed() > 0) {
            return "failed";
        }
        if (c.waived() > 0) {
            return "waived";
        }
        if (c.passed() > 0) {
            return "passed";
        }
        return c.unsupported() > 0 ? "unsupported" : "unspecified";
    }
}
