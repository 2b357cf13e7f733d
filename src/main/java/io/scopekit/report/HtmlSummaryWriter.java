package io.scopekit.report;

import io.scopekit.check.CheckRecord;
import io.scopekit.report.ConformanceSummary.Cell;
import io.scopekit.report.ConformanceSummary.Counts;
import io.scopekit.report.ConformanceSummary.Finding;
import io.scopekit.report.ConformanceSummary.PlatformResult;
import io.scopekit.report.ConformanceSummary.ScenarioError;
import io.scopekit.report.ConformanceSummary.WaiverNote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.owasp.encoder.Encode;

/**
 * Renders a {@link ConformanceSummary} as one self-contained HTML page ({@code summary.html}).
 *
 * <p>Every piece of text goes through {@link #t(String)} (redaction, then OWASP HTML encoding): observed values
 * come from the target and must never become markup.
 */
final class HtmlSummaryWriter {

    private static final String[] STATUSES = {"passed", "failed", "waived", "unspecified", "unsupported"};

    private HtmlSummaryWriter() {}

    static String render(ConformanceSummary s) {
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>ScopeKit conformance summary</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append(".pass,.passed{background:#e6f4ea}.fail,.failed{background:#fce8e6}.waived{background:#fef7e0}")
                .append(".unspecified,.not-assessed{background:#f1f3f4}.unsupported{background:#e8eaed}code{white-space:pre-wrap}")
                .append("</style></head><body>\n");
        h.append("<h1>ScopeKit conformance summary</h1>\n");
        h.append("<p class=\"verdict ").append(s.conformant() ? "pass" : "fail").append("\">Verdict: <strong>")
                .append(t(s.verdict())).append("</strong>").append(s.targetUnreachable() ? " (target unreachable)" : "")
                .append("</p>\n");
        Counts all = s.totals().checks();
        h.append("<p>Run <code>").append(t(s.runId())).append("</code>: ").append(s.totals().scenarios())
                .append(" scenarios (").append(s.totals().scenariosFailed()).append(" failed), ")
                .append(s.totals().steps()).append(" steps, ").append(all.total()).append(" checks.</p>\n");

        h.append("<h2>Platforms</h2>\n<table id=\"platforms\"><tr><th>platform</th><th>result</th><th>scenarios</th><th>errors</th>");
        for (String st : STATUSES) {
            h.append("<th>").append(st).append("</th>");
        }
        h.append("</tr>\n");
        for (PlatformResult p : s.platforms()) {
            h.append("<tr><td>").append(t(p.platform())).append("</td><td class=\"").append(p.result()).append("\">")
                    .append(p.result()).append("</td><td>").append(p.scenarios()).append("</td><td>").append(p.errors())
                    .append("</td>");
            countCells(h, p.checks());
            h.append("</tr>\n");
        }
        h.append("</table>\n");

        matrix(h, s.matrix());
        findings(h, "Failures", "failures", s.failures());
        findings(h, "Waived failures", "waived", s.waived());
        if (!s.errors().isEmpty()) {
            h.append("<h2>Scenario errors</h2>\n<table id=\"errors\"><tr><th>scenario</th><th>location</th><th>platform</th><th>status</th><th>message</th></tr>\n");
            for (ScenarioError e : s.errors()) {
                h.append("<tr><td>").append(t(e.scenario())).append("</td><td>").append(t(e.uri())).append(':')
                        .append(e.line()).append("</td><td>").append(t(e.platform())).append("</td><td>")
                        .append(t(e.status())).append("</td><td><code>").append(t(e.message())).append("</code></td></tr>\n");
            }
            h.append("</table>\n");
        }
        silent(h, s.silent());
        waiverNotes(h, "waivers-no-longer-needed", s.waivers().noLongerNeeded());
        waiverNotes(h, "waivers-unmatched", s.waivers().unmatched());
        waiverNotes(h, "waivers-expired", s.waivers().expired());

        var cert = s.certificate();
        h.append("<h2>Certificate</h2>\n<table id=\"certificate\">");
        row(h, "Kit version", cert.kitVersion());
        if (cert.target() != null) {
            row(h, "Target", cert.target().name() + " " + cert.target().version());
            row(h, "Target description", cert.target().description());
        }
        row(h, "Date", cert.date());
        row(h, "Verdict", cert.verdict());
        if (cert.sensitivity() != null) {
            var k = cert.sensitivity();
            row(h, "Sensitivity", String.format(java.util.Locale.ROOT, "mutant kill rate %.0f%% (%d of a zoo of %d); "
                    + "covered %d scenarios, %d rules, %d statements", k.killRate() * 100, k.killed(), k.zoo(),
                    k.scenarios(), k.rules(), k.statements()));
        }
        if (!cert.shards().isEmpty()) {
            row(h, "Shards merged", String.join(", ", cert.shards()));
        }
        for (var p : cert.platforms()) {
            h.append("<tr><th>").append(t(p.platform())).append("</th><td class=\"").append(p.result()).append("\">")
                    .append(p.result()).append("</td></tr>");
        }
        h.append("</table>\n<table id=\"files\"><tr><th>kind</th><th>file</th><th>SHA-256</th></tr>\n");
        for (var f : cert.files()) {
            h.append("<tr><td>").append(t(f.kind())).append("</td><td>").append(t(f.path())).append("</td><td><code>")
                    .append(t(f.sha256())).append("</code></td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    // One row per platform x scope, one column group per behaviour: the shape product owners asked for.
    private static void matrix(StringBuilder h, List<Cell> cells) {
        TreeSet<String> behaviours = new TreeSet<>();
        Map<String, Map<String, Counts>> rows = new LinkedHashMap<>();
        for (Cell c : cells) {
            behaviours.add(c.behaviour());
            rows.computeIfAbsent(c.platform() + "\u0000" + c.scope(), k -> new LinkedHashMap<>())
                    .put(c.behaviour(), c.checks());
        }
        h.append("<h2>Matrix (platform x scope x behaviour)</h2>\n<p>Cells: passed / failed / waived / unspecified / unsupported.</p>\n")
                .append("<table id=\"matrix\"><tr><th>platform</th><th>scope</th>");
        for (String b : behaviours) {
            h.append("<th>").append(t(b)).append("</th>");
        }
        h.append("</tr>\n");
        rows.forEach((key, byBehaviour) -> {
            String[] ps = key.split("\u0000", 2);
            h.append("<tr><td>").append(t(ps[0])).append("</td><td>").append(t(ps[1])).append("</td>");
            for (String b : behaviours) {
                Counts c = byBehaviour.get(b);
                if (c == null) {
                    h.append("<td></td>");
                } else {
                    h.append("<td class=\"").append(cssClass(c)).append("\" data-platform=\"").append(Encode.forHtmlAttribute(ps[0]))
                            .append("\" data-scope=\"").append(Encode.forHtmlAttribute(ps[1])).append("\" data-behaviour=\"")
                            .append(Encode.forHtmlAttribute(b)).append("\">").append(c.passed()).append(" / ")
                            .append(c.failed()).append(" / ").append(c.waived()).append(" / ").append(c.unspecified())
                            .append(" / ").append(c.unsupported()).append("</td>");
                }
            }
            h.append("</tr>\n");
        });
        h.append("</table>\n");
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

    private static void findings(StringBuilder h, String title, String id, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        h.append("<h2>").append(title).append("</h2>\n<table id=\"").append(id).append("\"><tr><th>requirement</th>")
                .append("<th>platform</th><th>scope</th><th>aspect</th><th>scenario</th><th>expected</th>")
                .append("<th>observed</th><th>rule and source</th></tr>\n");
        for (Finding f : findings) {
            h.append("<tr><td>").append(t(f.requirement())).append("</td><td>").append(t(f.platform()))
                    .append(f.container() == null ? "" : "/" + t(f.container())).append("</td><td>").append(t(f.scope()))
                    .append("</td><td>").append(t(f.aspect())).append("</td><td>").append(t(f.scenario())).append("<br><small>")
                    .append(t(f.uri())).append(':').append(f.line()).append("</small></td><td><code>").append(t(f.expected()))
                    .append("</code></td><td><code class=\"observed\">").append(t(f.observed())).append("</code></td><td>");
            for (CheckRecord.Rule r : f.rules()) {
                h.append("<div class=\"rule\"><code>").append(t(r.name())).append("</code> (").append(t(r.file()))
                        .append(")<br>").append(t(r.seed())).append(" § ").append(t(r.section()))
                        .append("<blockquote>").append(t(r.passage())).append("</blockquote></div>");
            }
            if (f.note() != null) {
                h.append("<div class=\"note\">").append(t(f.note())).append("</div>");
            }
            if (f.waiver() != null) {
                h.append("<div class=\"waiver\">Waived (waivers line ").append(f.waiver().line()).append("): ")
                        .append(t(f.waiver().reason())).append("</div>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** What the target did where the documents are silent: never judged, shown so platform teams see divergence. */
    private static void silent(StringBuilder h, List<ConformanceSummary.SilentAspect> silent) {
        if (silent.isEmpty()) {
            return;
        }
        h.append("<h2>Where the documents are silent (not judged)</h2>\n<table id=\"silent\"><tr><th>aspect</th>")
                .append("<th>platform</th><th>behaviour</th><th>checks</th><th>divergent</th><th>observed</th></tr>\n");
        for (ConformanceSummary.SilentAspect a : silent) {
            h.append("<tr><td>").append(t(a.aspect())).append("</td><td>").append(t(a.platform()))
                    .append(a.container() == null ? "" : "/" + t(a.container())).append("</td><td>")
                    .append(t(a.behaviour())).append("</td><td>").append(a.checks()).append("</td><td>")
                    .append(a.divergent() ? "yes" : "no").append("</td><td>");
            for (ConformanceSummary.Observed o : a.observed()) {
                h.append("<div><code class=\"observed\">").append(t(o.value())).append("</code> (").append(o.checks())
                        .append(": ").append(t(String.join(", ", o.requirements()))).append(")</div>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void waiverNotes(StringBuilder h, String id, List<WaiverNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        h.append("<h2>").append(t(notes.get(0).note())).append("</h2>\n<ul id=\"").append(id).append("\">");
        for (WaiverNote w : notes) {
            h.append("<li>").append(t(w.requirement()))
                    .append(w.platform() == null ? "" : " platform " + t(w.platform()))
                    .append(w.scope() == null ? "" : " scope " + t(w.scope()))
                    .append(w.aspect() == null ? "" : " aspect " + t(w.aspect()))
                    .append(" (waivers line ").append(w.line()).append("): ").append(t(w.reason()))
                    .append(" — <strong>").append(t(w.note())).append("</strong></li>");
        }
        h.append("</ul>\n");
    }

    private static void countCells(StringBuilder h, Counts c) {
        h.append("<td>").append(c.passed()).append("</td><td>").append(c.failed()).append("</td><td>").append(c.waived())
                .append("</td><td>").append(c.unspecified()).append("</td><td>").append(c.unsupported()).append("</td>");
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><th>").append(t(key)).append("</th><td>").append(t(value)).append("</td></tr>");
    }

    private static String t(String s) {
        return s == null ? "—" : Encode.forHtml(Redactor.redact(s));
    }
}
