package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scopekit.check.CheckRecord;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Summarises a conformance run: the platform x scope x behaviour matrix, every failure with expected vs
 * observed and the rule and source behind it, waivers, and the certificate.
 *
 * <p>Serialised as {@code summary.json}; the Markdown and HTML summaries are renderings of the same value.
 * Built only from the Cucumber messages stream and {@code run.json}, so {@code report merge} rebuilds it from
 * shard directories.
 *
 * @param schema          {@value #SCHEMA}
 * @param runId           the run's id (for a merge, the merged run's id)
 * @param verdict         {@value #CONFORMANT}, {@value #CONFORMANT_WHERE_ASSESSED}, {@value #NOT_ASSESSED},
 *                        {@value #NOT_JUDGED} or {@value #NON_CONFORMANT} (docs/reports.md, Verdicts)
 * @param targetUnreachable true when a scenario failed with TargetUnreachableException
 * @param totals          counts over the whole run
 * @param platforms       one entry per platform, with its pass/fail
 * @param matrix          one cell per platform, scope and behaviour
 * @param failures        failed checks not covered by a waiver
 * @param waived          failed checks covered by a waiver
 * @param errors          failed scenarios that carry no failed check (step errors, undefined steps, ...)
 * @param waivers         waivers that are no longer needed, matched nothing, or expired
 * @param certificate     the certificate block
 * @param silent          where the documents are silent: per aspect, platform and behaviour, what the target did in
 *                        the unspecified checks (observed values with their counts)
 */
@API(status = EXPERIMENTAL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schema", "runId", "verdict", "targetUnreachable", "totals", "platforms", "matrix", "failures",
        "waived", "errors", "waivers", "certificate", "silent"})
public record ConformanceSummary(
        String schema,
        String runId,
        String verdict,
        boolean targetUnreachable,
        Totals totals,
        List<PlatformResult> platforms,
        List<Cell> matrix,
        List<Finding> failures,
        List<Finding> waived,
        List<ScenarioError> errors,
        WaiverNotes waivers,
        Certificate certificate,
        List<SilentAspect> silent) {

    /** Creates the summary; a {@code null} silent view (a summary written before it existed) reads as empty. */
    public ConformanceSummary {
        silent = silent == null ? List.of() : List.copyOf(silent);
    }

    /**
     * Returns this summary with {@code results} (the hashes of the results it was built from, kind
     * {@value Attestation#RESULT_KIND}) in its certificate's files, in place of any such hashes it held.
     */
    ConformanceSummary withResults(List<RunInfo.FileHash> results) {
        if (certificate == null) {
            return this;
        }
        List<RunInfo.FileHash> files = new java.util.ArrayList<>(results);
        certificate.files().stream().filter(f -> !Attestation.RESULT_KIND.equals(f.kind())).forEach(files::add);
        Certificate c = certificate;
        return new ConformanceSummary(schema, runId, verdict, targetUnreachable, totals, platforms, matrix, failures,
                waived, errors, waivers, new Certificate(c.kitVersion(), c.target(), c.date(), c.verdict(),
                        c.platforms(), c.shards(), files, c.scores(), c.sensitivity()), silent);
    }

    /**
     * What the target did in the unspecified checks of one aspect, platform (and container) and behaviour: the
     * divergence a platform team wants to see where the documents are silent. Never judged.
     *
     * @param aspect    the aspect the sources leave unspecified
     * @param platform  platform spec id
     * @param container container id for a port; {@code null} otherwise
     * @param behaviour the summary matrix column
     * @param checks    unspecified checks folded in
     * @param divergent true when the target did not do the same thing every time
     * @param observed  each distinct observed value, most frequent first
     */
    @JsonPropertyOrder({"aspect", "platform", "container", "behaviour", "checks", "divergent", "observed"})
    public record SilentAspect(String aspect, String platform, String container, String behaviour, int checks,
            boolean divergent, List<Observed> observed) {}

    /**
     * One observed value in the silent view.
     *
     * @param value        what the target did (redacted), {@code none} when it reported nothing for the aspect
     * @param checks       how many checks observed it
     * @param requirements requirement ids where it was seen, sorted (at most five)
     */
    @JsonPropertyOrder({"value", "checks", "requirements"})
    public record Observed(String value, int checks, List<String> requirements) {}

    /** The schema id written in {@code summary.json}. */
    public static final String SCHEMA = "scopekit-summary/1";

    /** The run's verdict: every selected platform was assessed and passed (failures all waived, or none). */
    public static final String CONFORMANT = "conformant";
    /** The run's verdict: an unwaived failed check, a scenario error, or an unreachable target. */
    public static final String NON_CONFORMANT = "non-conformant";
    /**
     * The run's verdict: nothing failed, but on a platform where the kit has checks to judge the target left every
     * one of them unjudged (declared unsupported); not conformant.
     */
    public static final String NOT_JUDGED = "not-judged";
    /**
     * The run's verdict: every platform that was assessed passed, and the others were not assessed (the kit has
     * nothing to judge there yet: every check is unspecified by the sources).
     */
    public static final String CONFORMANT_WHERE_ASSESSED = "conformant-where-assessed";
    /** The run's verdict: no platform was assessed, nothing was judged. */
    public static final String NOT_ASSESSED = "not-assessed";

    /** A platform's result: checks were compared and none failed. */
    public static final String PASS = "pass";
    /** A platform's result: a check failed or a scenario errored. */
    public static final String FAIL = "fail";

    /**
     * Returns true only when the run is fully conformant: every selected platform assessed, no unwaived failure, no
     * scenario error. A run conformant only where assessed is not.
     */
    public boolean conformant() {
        return CONFORMANT.equals(verdict);
    }

    /** Returns the platforms whose result is {@code result}, in summary order. */
    public List<String> platformsWith(String result) {
        return platforms == null ? List.of() : platforms.stream().filter(p -> result.equals(p.result()))
                .map(PlatformResult::platform).toList();
    }

    /**
     * Returns the verdict as the verdict line, the summaries and the certificate print it, e.g.
     * {@code conformant where assessed}.
     */
    public static String verdictText(String verdict) {
        return verdict == null ? "no verdict" : verdict.replace('-', ' ').replace("non conformant", "non-conformant");
    }

    /**
     * Returns the lines that say which platforms were not judged or not assessed, and why; empty when none.
     */
    public List<String> assessmentNotes() {
        List<String> notes = new java.util.ArrayList<>();
        List<String> notJudged = platformsWith(NOT_JUDGED);
        if (!notJudged.isEmpty()) {
            notes.add("not judged: " + String.join(", ", notJudged) + " (the target declared every check the kit "
                    + "can judge there unsupported; not conformant)");
        }
        List<String> notAssessed = platformsWith(NOT_ASSESSED);
        if (!notAssessed.isEmpty()) {
            notes.add("not assessed: " + String.join(", ", notAssessed) + " (every check is unspecified by the "
                    + "sources: the kit has nothing to judge there yet; not counted as conformant)");
        }
        return notes;
    }

    /**
     * Counts checks by status.
     *
     * @param passed      passed checks
     * @param failed      failed checks not waived
     * @param waived      failed checks covered by a waiver
     * @param unspecified checks the sources leave unspecified
     * @param unsupported checks the target cannot report
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(int passed, int failed, int waived, int unspecified, int unsupported) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        Counts plus(String status) {
            return switch (status) {
                case "passed" -> new Counts(passed + 1, failed, waived, unspecified, unsupported);
                case "failed" -> new Counts(passed, failed + 1, waived, unspecified, unsupported);
                case "waived" -> new Counts(passed, failed, waived + 1, unspecified, unsupported);
                case "unspecified" -> new Counts(passed, failed, waived, unspecified + 1, unsupported);
                case "unsupported" -> new Counts(passed, failed, waived, unspecified, unsupported + 1);
                default -> this;
            };
        }

        /** Returns the number of checks counted. */
        public int total() {
            return passed + failed + waived + unspecified + unsupported;
        }
    }

    /**
     * Counts over the whole run.
     *
     * @param scenarios       scenarios (examples rows count one each) that ran
     * @param scenariosFailed scenarios that failed and are not fully waived
     * @param steps           Gherkin steps run
     * @param checks          check records by status
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(int scenarios, int scenariosFailed, int steps, Counts checks) {}

    /**
     * Gives one platform's result.
     *
     * @param platform  platform id
     * @param result    {@code pass}, {@code fail}, {@code not-judged} (the target declared every judgeable check
     *                  unsupported) or {@code not-assessed} (every check unspecified by the sources, or none)
     * @param scenarios scenarios run for it
     * @param errors    failed scenarios without a failed check
     * @param checks    check records by status
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlatformResult(String platform, String result, int scenarios, int errors, Counts checks) {}

    /**
     * Gives one matrix cell.
     *
     * @param platform  platform id (with {@code /container} for a port)
     * @param scope     scope id, or {@code (app)} for whole-app checks
     * @param behaviour matrix column
     * @param checks    check records by status
     * @param errors    scenario errors of this platform and behaviour (scenarios that failed without a failed check,
     *                  most often in a {@code Given}); they sit in scope {@value #NO_SCOPE}, as no check names one
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"platform", "scope", "behaviour", "checks", "errors"})
    public record Cell(String platform, String scope, String behaviour, Counts checks, Integer errors) {
        /** Creates the cell; {@code null} errors (a summary of an older kit) read as none. */
        public Cell {
            errors = errors == null ? 0 : errors;
        }

        /** The scope of the cells that hold scenario errors: an error names a behaviour, not a scope. */
        public static final String NO_SCOPE = "(scenario)";

        /** Creates a cell without scenario errors. */
        public Cell(String platform, String scope, String behaviour, Counts checks) {
            this(platform, scope, behaviour, checks, 0);
        }
    }

    /**
     * Describes one failed (or waived) check.
     *
     * @param requirement requirement id
     * @param platform    platform id
     * @param container   container for a port, else {@code null}
     * @param scope       scope, may be {@code null}
     * @param behaviour   matrix column
     * @param aspect      aspect compared
     * @param scenario    scenario name
     * @param uri         feature file
     * @param line        line of the scenario or examples row
     * @param expected    the oracle's decision
     * @param observed    what the target reported (redacted)
     * @param statedInScenario what the Gherkin says
     * @param note        {@code kit-defect} or free text
     * @param rules       rules and source passages behind the expectation
     * @param waiver      the waiver covering it, or {@code null}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(
            String requirement, String platform, String container, String scope, String behaviour, String aspect,
            String scenario, String uri, int line, String expected, String observed, String statedInScenario,
            String note, List<CheckRecord.Rule> rules, WaiverNote waiver) {}

    /**
     * Describes a failed scenario that carries no failed check.
     *
     * @param scenario    scenario name
     * @param uri         feature file
     * @param line        line of the scenario or examples row
     * @param platform    from the scenario's {@code @platform-} tag
     * @param requirement from its {@code @req-} tag
     * @param status      Cucumber's step status (failed, undefined, ambiguous, pending)
     * @param message     the first error message (redacted)
     * @param behaviour   from its {@code @behaviour-} tag (the matrix column it counts against), or {@code null}
     * @param step        the step that failed, keyword and text ({@code Given ...}), or {@code null} (a hook)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"scenario", "uri", "line", "platform", "requirement", "status", "message", "behaviour", "step"})
    public record ScenarioError(
            String scenario, String uri, int line, String platform, String requirement, String status,
            String message, String behaviour, String step) {

        /** Creates an error without behaviour and step (a summary of an older kit). */
        public ScenarioError(String scenario, String uri, int line, String platform, String requirement,
                String status, String message) {
            this(scenario, uri, line, platform, requirement, status, message, null, null);
        }

        /** Returns the message split into what failed and the rules behind it, for the console and the pages. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public FailureText parts() {
            return FailureText.parse(message);
        }
    }

    /**
     * Describes a waiver, for findings and waiver notes.
     *
     * @param requirement requirement id
     * @param platform    platform or {@code null}
     * @param scope       scope or {@code null}
     * @param aspect      aspect or {@code null}
     * @param reason      the waiver's reason
     * @param expires     end date or {@code null}
     * @param line        its line in the waivers file
     * @param note        why it is listed: {@code waiver no longer needed}, {@code waiver matches nothing},
     *                    {@code waiver expired}; {@code null} on a finding
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WaiverNote(
            String requirement, String platform, String scope, String aspect, String reason, String expires,
            int line, String note) {}

    /**
     * Lists waivers that need attention.
     *
     * @param file           the waivers file, or {@code null} when none was given
     * @param noLongerNeeded waivers whose checks now all pass
     * @param unmatched      waivers matching no check of the run
     * @param expired        waivers past their {@code expires} date (not applied)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WaiverNotes(
            String file, List<WaiverNote> noLongerNeeded, List<WaiverNote> unmatched, List<WaiverNote> expired) {}

    /**
     * Certifies what was run against what.
     *
     * @param kitVersion ScopeKit version
     * @param target     the target's identity
     * @param date       when the run (or the earliest shard) started, ISO-8601 UTC
     * @param verdict    the run's verdict, as in {@link ConformanceSummary#verdict()}
     * @param platforms  pass/fail/not-judged/not-assessed per platform profile
     * @param shards     shard runs merged into this summary ({@code K/N} each); empty for a single run
     * @param files      SHA-256 of every spec, rule and feature file used
     * @param scores     the conformance score, overall (platform {@value Score#ALL}) first, then per platform;
     *                   empty in summaries of older kits
     * @param sensitivity how strong the pass is: the kit's mutant kill rate and what the run covered; {@code null} in
     *                   summaries of older kits
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Certificate(
            String kitVersion, RunInfo.TargetInfo target, String date, String verdict, List<PlatformVerdict> platforms,
            List<String> shards, List<RunInfo.FileHash> files, List<Score> scores,
            @org.jspecify.annotations.Nullable Sensitivity sensitivity) {

        /** Creates the certificate; {@code null} scores (a summary written before they existed) read as empty. */
        public Certificate {
            scores = scores == null ? List.of() : List.copyOf(scores);
        }

        /**
         * Says which platforms were judged, for the summaries: the platform profiles of the run, and whether they are
         * the ones the target declares ({@code Target.coverage()}) or the target declares none.
         */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String judgedPlatforms() {
            String judged = platforms.isEmpty() ? "none"
                    : String.join(", ", platforms.stream().map(PlatformVerdict::platform).toList());
            if (target == null) {
                return judged;
            }
            String declared = target.platforms() == null ? " (the target declares no platforms: every one is run"
                    : " (the target declares " + String.join(", ", target.platforms());
            if (target.containers() != null) {
                declared += "; containers " + String.join(", ", target.containers())
                        + ": a port is judged in those only";
            }
            if (target.appKinds() != null) {
                declared += "; app kinds " + String.join(", ", target.appKinds());
            }
            return judged + declared + ")";
        }

        /**
         * Returns the date as a reader says it, e.g. {@code 6 December 2026, 10:49 UTC}; the ISO text when it does
         * not parse, {@code null} when there is none.
         */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String readableDate() {
            return readable(date);
        }

        /** Returns {@code iso} (an ISO-8601 instant) as a reader says it; see {@link #readableDate()}. */
        public static String readable(String iso) {
            if (iso == null) {
                return null;
            }
            try {
                return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                        .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.parse(iso));
            } catch (java.time.format.DateTimeParseException e) {
                return iso;
            }
        }

        /** Returns the whole run's score, or {@code null} (a summary of an older kit). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public Score overall() {
            return scores.stream().filter(s -> Score.ALL.equals(s.platform())).findFirst().orElse(null);
        }

        /** Returns {@code platform}'s score, or {@code null} when the run has none for it. */
        public Score scoreOf(String platform) {
            return scores.stream().filter(s -> platform.equals(s.platform())).findFirst().orElse(null);
        }

        /** Creates a certificate without scores. */
        public Certificate(String kitVersion, RunInfo.TargetInfo target, String date, String verdict,
                List<PlatformVerdict> platforms, List<String> shards, List<RunInfo.FileHash> files) {
            this(kitVersion, target, date, verdict, platforms, shards, files, List.of(), null);
        }
    }

    /**
     * Scores conformance, the one definition every view prints (summaries, badge, site, certificate): checks passed
     * over judgements, where a judgement is a check judged (passed, failed or waived; unspecified and unsupported
     * checks are not judged, so they neither raise nor lower it) or a scenario error (a scenario that failed
     * without a failed check, e.g. in a {@code Given}: the checks it was written for never ran, so it counts as one
     * judgement that did not pass). docs/reports.md, "The conformance score", relates it to Cucumber's percentage.
     *
     * @param platform platform id, or {@value #ALL} for the whole run
     * @param passed   checks passed
     * @param judged   checks judged plus scenario errors
     * @param score    {@code passed / judged} rounded to four places, {@code null} when nothing was judged
     * @param errors   scenario errors counted in {@code judged}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"platform", "passed", "judged", "score", "errors"})
    public record Score(String platform, int passed, int judged, Double score, Integer errors) {
        /** Creates the score; {@code null} errors (a summary of an older kit) read as none. */
        public Score {
            errors = errors == null ? 0 : errors;
        }

        /** The platform name of the whole run's score. */
        public static final String ALL = "all";

        /** Creates a score without scenario errors (a summary of an older kit). */
        public Score(String platform, int passed, int judged, Double score) {
            this(platform, passed, judged, score, 0);
        }

        /** Scores {@code counts} of {@code platform} without scenario errors. */
        public static Score of(String platform, Counts counts) {
            return of(platform, counts, 0);
        }

        /** Scores {@code counts} and {@code errors} scenario errors of {@code platform}. */
        public static Score of(String platform, Counts counts, int errors) {
            int judged = counts.passed() + counts.failed() + counts.waived() + errors;
            return new Score(platform, counts.passed(), judged,
                    judged == 0 ? null : Math.round(counts.passed() * 10_000.0 / judged) / 10_000.0, errors);
        }

        /** Returns the score as a percentage with one decimal ({@code 98.7%}), or {@code n/a}. */
        public String percent() {
            return score == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%%", score * 100);
        }

        /**
         * Returns the score as every view prints it, e.g. {@code 4.0% (6 of 150 judged passed: 47 checks, 103
         * scenario errors)}, or {@code not assessed} when nothing was judged.
         */
        public String describe() {
            if (score == null) {
                return "not assessed";
            }
            return percent() + " (" + passed + " of " + judged + " judged passed: " + (judged - errors)
                    + (judged - errors == 1 ? " check, " : " checks, ") + errors
                    + (errors == 1 ? " scenario error" : " scenario errors") + ")";
        }
    }
    /**
     * States how strong a pass is (issue 14): how many defective runtimes of the kit's mutant zoo its scenarios and
     * generated sequences kill, read from {@code scopekit/kit-sensitivity.json} shipped in the kit (the mutant test
     * fails the build when that file does not state the zoo's result), and what this run covered.
     *
     * @param zoo        mutants in the zoo; 0 when the kit ships no sensitivity file
     * @param killed     mutants killed
     * @param killRate   killed / zoo
     * @param scenarios  scenarios run
     * @param rules      distinct oracle rules behind the run's checks
     * @param statements checks judged (passed, failed or waived; not unspecified or unsupported)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sensitivity(int zoo, int killed, double killRate, int scenarios, int rules, int statements) {
        /** Returns the sentence the summaries print, e.g. {@code mutant kill rate 100% (34 of a zoo of 34); ...}. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "mutant kill rate %.0f%% (%d of a zoo of %d); covered %d "
                    + "scenarios, %d rules, %d statements", killRate * 100, killed, zoo, scenarios, rules, statements);
        }
    }

    /**
     * Gives a platform profile's verdict on the certificate.
     *
     * @param platform platform id
     * @param result   {@code pass}, {@code fail}, {@code not-judged} or {@code not-assessed}, as in
     *                 {@link PlatformResult#result()}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlatformVerdict(String platform, String result) {}
}
