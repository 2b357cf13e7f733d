package io.scopekit.report;

import java.util.Locale;

/**
 * Renders the conformance score as an SVG badge ({@code badge.svg}) for a README or a CI page: "conformance" and
 * the overall score, green at 100%, amber from 90%, red below, grey when nothing was judged.
 */
final class Badge {
    private Badge() {}

    static String svg(ConformanceSummary summary) {
        ConformanceSummary.Score score = summary.certificate() == null ? null : summary.certificate().scores().stream()
                .filter(s -> ConformanceSummary.Score.ALL.equals(s.platform())).findFirst().orElse(null);
        String value = score == null || score.score() == null ? "not assessed" : score.percent();
        String colour = score == null || score.score() == null ? "#9f9f9f"
                : score.score() >= 1.0 ? "#2e7d32" : score.score() >= 0.9 ? "#b26a00" : "#c62828";
        String label = "conformance";
        // Widths from a fixed per-character estimate: the text is the kit's own (a label and a percentage).
        int lw = 10 + 7 * label.length();
        int vw = 10 + 7 * value.length();
        int w = lw + vw;
        return String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="20" role="img" aria-label="%s: %s">
                  <title>%s: %s</title>
                  <rect width="%d" height="20" fill="#555"/>
                  <rect x="%d" width="%d" height="20" fill="%s"/>
                  <g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
                    <text x="%d" y="14">%s</text>
                    <text x="%d" y="14">%s</text>
                  </g>
                </svg>
                """, w, label, value, label, value, lw, lw, vw, colour, lw / 2, label, lw + vw / 2, value);
    }
}
