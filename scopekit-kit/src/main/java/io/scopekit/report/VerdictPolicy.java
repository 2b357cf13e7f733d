package io.scopekit.report;

import io.scopekit.check.CheckRecord;
import io.scopekit.report.ConformanceSummary.Cell;
import io.scopekit.report.ConformanceSummary.Certificate;
import io.scopekit.report.ConformanceSummary.Counts;
import io.scopekit.report.ConformanceSummary.Finding;
import io.scopekit.report.ConformanceSummary.PlatformResult;
import io.scopekit.report.ConformanceSummary.PlatformVerdict;
import io.scopekit.report.ConformanceSummary.ScenarioError;
import io.scopekit.report.ConformanceSummary.Totals;
import io.scopekit.report.ConformanceSummary.WaiverNote;
import io.scopekit.report.ConformanceSummary.WaiverNotes;
import io.scopekit.report.MessageIndex.ScenarioRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges indexed scenarios into a {@link ConformanceSummary}: applies waivers to failed checks, counts checks per
 * platform and matrix cell, decides each platform's result and the run's verdict, and lists waivers that need
 * attention.
 *
 * <p>Output order is sorted, never arrival order, so a merge of shards equals a single run.
 */
final class VerdictPolicy {

    private static final String FAILED = "failed";

    private VerdictPolicy() {}

    /** How often a waiver matched a check, and how many of those checks failed. */
    private record WaiverUse(int matched, int matchedFailed) {
        static final WaiverUse NONE = new WaiverUse(0, 0);

        WaiverUse plus(boolean failed) {
            return new WaiverUse(matched + 1, matchedFailed + (failed ? 1 : 0));
        }
    }

    /** Scenarios run for a platform, and how many of them are errors (failed without a failed check). */
    private record PlatformScenarios(int scenarios, int errors) {
        static final PlatformScenarios NONE = new PlatformScenarios(0, 0);

        PlatformScenarios plusScenario() {
            return new PlatformScenarios(scenarios + 1, errors);
        }

        PlatformScenarios plusError() {
            return new PlatformScenarios(scenarios, errors + 1);
        }
    }

    /** A matrix cell's key, ordered by platform, scope, then behaviour. */
    private record CellKey(String platform, String scope, String behaviour) {
        static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::platform)
                .thenComparing(CellKey::scope).thenComparing(CellKey::behaviour);
    }

    /**
     * Builds the summary of {@code scenarios}.
     *
     * @param runs        the {@code run.json} of every run folded in
     * @param waiverList  every waiver of the waivers file, expired ones included (they are listed, not applied)
     * @param waiversFile the waivers file named in the summary, or {@code null}
     * @param today       the day waiver expiry is judged against
     */
    static ConformanceSummary summarise(List<ScenarioRun> scenarioRuns, String runId, List<RunInfo> runs,
            List<Waiver> waiverList, String waiversFile, LocalDate today) {
        List<Waiver> active = waiverList.stream().filter(w -> !w.expiredOn(today)).toList();
        Map<Waiver, WaiverUse> waiverUse = new LinkedHashMap<>();
        active.forEach(w -> waiverUse.put(w, WaiverUse.NONE));

        Map<String, Counts> byPlatform = new TreeMap<>();
        Map<String, PlatformScenarios> scenariosByPlatform = new TreeMap<>();
        Map<CellKey, Counts> cells = new TreeMap<>(CellKey.ORDER);
        Map<CellKey, Integer> cellErrors = new TreeMap<>(CellKey.ORDER);
        List<Finding> failures = new ArrayList<>();
        List<Finding> waived = new ArrayList<>();
        List<ScenarioError> errors = new ArrayList<>();
        Map<SilentKey, Map<String, SilentValue>> silent = new TreeMap<>(SilentKey.ORDER);
        Counts all = Counts.ZERO;
        int scenarios = 0;
        int scenariosFailed = 0;
        int steps = 0;
        Set<String> ruleNames = new TreeSet<>();
        boolean unreachable = false;

        for (ScenarioRun run : scenarioRuns) {
            scenarios++;
            steps += run.steps();
            unreachable |= run.unreachable();
            String scenarioPlatform = run.platformTag() != null ? run.platformTag()
                    : run.checks().isEmpty() ? "?" : run.checks().get(0).platform();
            scenariosByPlatform.merge(scenarioPlatform, PlatformScenarios.NONE.plusScenario(),
                    (old, one) -> old.plusScenario());

            int unwaivedFailures = 0;
            int waivedFailures = 0;
            for (CheckRecord check : run.checks()) {
                check.rules().forEach(r -> ruleNames.add(r.name()));
                String status = check.status() == null ? FAILED : check.status();
                boolean failed = FAILED.equals(status);
                Waiver waiver = null;
                for (Waiver w : active) {
                    if (w.matches(check)) {
                        waiverUse.computeIfPresent(w, (k, use) -> use.plus(failed));
                        if (failed && waiver == null) {
                            waiver = w;
                        }
                    }
                }
                if (failed) {
                    Finding finding = finding(check, run, waiver);
                    if (waiver != null) {
                        status = "waived";
                        waived.add(finding);
                        waivedFailures++;
                    } else {
                        failures.add(finding);
                        unwaivedFailures++;
                    }
                }
                if ("unspecified".equals(status)) {
                    silent.computeIfAbsent(new SilentKey(Objects.requireNonNullElse(check.aspect(), "?"),
                                    Objects.requireNonNullElse(check.platform(), "?"), check.container(),
                                    Objects.requireNonNullElse(check.behaviour(), "?")), k -> new TreeMap<>())
                            .computeIfAbsent(Objects.requireNonNullElse(Redactor.redact(check.observed()),
                                    "not recorded"), v -> new SilentValue())
                            .add(check.requirement());
                }
                String platformKey = check.container() == null ? check.platform()
                        : check.platform() + "/" + check.container();
                Counts one = Counts.ZERO.plus(status);
                byPlatform.merge(Objects.requireNonNullElse(check.platform(), "?"), one, VerdictPolicy::add);
                cells.merge(new CellKey(Objects.requireNonNullElse(platformKey, "?"),
                                check.scope() == null ? "(app)" : check.scope(),
                                Objects.requireNonNullElse(check.behaviour(), "?")),
                        one, VerdictPolicy::add);
                all = all.plus(status);
            }
            if (run.failed() && unwaivedFailures == 0 && waivedFailures == 0) {
                String behaviour = run.behaviour() != null ? run.behaviour()
                        : run.checks().isEmpty() ? "?" : Objects.requireNonNullElse(run.checks().get(0).behaviour(), "?");
                errors.add(new ScenarioError(run.name(), run.uri(), run.line(), scenarioPlatform, run.requirement(),
                        run.status(), Redactor.redact(run.message()), behaviour, run.failedStep()));
                // An error counts against its behaviour and platform, so a behaviour that failed only in set-up is
                // still a column of the matrix (issue 21, item 1).
                CellKey key = new CellKey(scenarioPlatform, ConformanceSummary.Cell.NO_SCOPE, behaviour);
                cellErrors.merge(key, 1, Integer::sum);
                cells.putIfAbsent(key, Counts.ZERO);
                scenariosByPlatform.computeIfPresent(scenarioPlatform, (k, s) -> s.plusError());
                scenariosFailed++;
            } else if (unwaivedFailures > 0) {
                scenariosFailed++;
            }
        }

        Set<String> platformIds = new TreeSet<>(byPlatform.keySet());
        platformIds.addAll(scenariosByPlatform.keySet());
        List<PlatformResult> platforms = new ArrayList<>();
        for (String p : platformIds) {
            Counts counts = byPlatform.getOrDefault(p, Counts.ZERO);
            PlatformScenarios sc = scenariosByPlatform.getOrDefault(p, PlatformScenarios.NONE);
            platforms.add(new PlatformResult(p, platformResult(counts, sc.errors()), sc.scenarios(), sc.errors(),
                    counts));
        }
        List<Cell> matrix = new ArrayList<>();
        cells.forEach((k, v) -> matrix.add(new Cell(k.platform(), k.scope(), k.behaviour(), v,
                cellErrors.getOrDefault(k, 0))));
        Comparator<Finding> order = Comparator.comparing(Finding::platform, Comparator.nullsFirst(String::compareTo))
                .thenComparing(Finding::requirement, Comparator.nullsFirst(String::compareTo))
                .thenComparing(Finding::uri).thenComparingInt(Finding::line)
                .thenComparing(Finding::aspect, Comparator.nullsFirst(String::compareTo));
        failures.sort(order);
        waived.sort(order);
        errors.sort(Comparator.comparing(ScenarioError::uri).thenComparingInt(ScenarioError::line));

        List<WaiverNote> noLongerNeeded = new ArrayList<>();
        List<WaiverNote> unmatched = new ArrayList<>();
        waiverUse.forEach((w, use) -> {
            if (use.matched() == 0) {
                unmatched.add(note(w, "waiver matches nothing"));
            } else if (use.matchedFailed() == 0) {
                noLongerNeeded.add(note(w, "waiver no longer needed"));
            }
        });
        List<WaiverNote> expired = waiverList.stream().filter(w -> w.expiredOn(today))
                .map(w -> note(w, "waiver expired")).toList();

        String verdict = verdict(failures.isEmpty() && errors.isEmpty() && !unreachable, platforms);
        Certificate certificate = certificate(runs, verdict, platforms, KitSensitivity.of(scenarios,
                ruleNames.size(), all.passed() + all.failed() + all.waived()));
        return new ConformanceSummary(ConformanceSummary.SCHEMA, runId, verdict, unreachable,
                new Totals(scenarios, scenariosFailed, steps, all), platforms, matrix, failures, waived, errors,
                new WaiverNotes(waiversFile, noLongerNeeded, unmatched, expired), certificate, silentView(silent));
    }

    /** One group of the silent view: aspect, platform, container, behaviour. */
    private record SilentKey(String aspect, String platform, String container, String behaviour) {
        static final Comparator<SilentKey> ORDER = Comparator.comparing(SilentKey::aspect)
                .thenComparing(SilentKey::platform)
                .thenComparing(SilentKey::container, Comparator.nullsFirst(String::compareTo))
                .thenComparing(SilentKey::behaviour);
    }

    /** How often one value was observed, and where. */
    private static final class SilentValue {
        int checks;
        final Set<String> requirements = new TreeSet<>();

        void add(String requirement) {
            checks++;
            if (requirement != null) {
                requirements.add(requirement);
            }
        }
    }

    private static final int SILENT_REQUIREMENTS_SHOWN = 5;

    private static List<ConformanceSummary.SilentAspect> silentView(Map<SilentKey, Map<String, SilentValue>> silent) {
        List<ConformanceSummary.SilentAspect> out = new ArrayList<>();
        silent.forEach((k, values) -> {
            List<ConformanceSummary.Observed> observed = new ArrayList<>();
            values.forEach((value, v) -> observed.add(new ConformanceSummary.Observed(value, v.checks,
                    v.requirements.stream().limit(SILENT_REQUIREMENTS_SHOWN).toList())));
            // most frequent first; ties by value, so the view is stable
            observed.sort(Comparator.comparingInt(ConformanceSummary.Observed::checks).reversed()
                    .thenComparing(ConformanceSummary.Observed::value));
            int checks = observed.stream().mapToInt(ConformanceSummary.Observed::checks).sum();
            out.add(new ConformanceSummary.SilentAspect(k.aspect(), k.platform(), k.container(), k.behaviour(),
                    checks, observed.size() > 1, observed));
        });
        return out;
    }

    private static Certificate certificate(List<RunInfo> runs, String verdict, List<PlatformResult> platforms,
            ConformanceSummary.Sensitivity sensitivity) {
        RunInfo first = runs.stream().min(Comparator.comparing(RunInfo::startedAt,
                Comparator.nullsLast(String::compareTo))).orElse(null);
        List<String> shards = runs.stream().map(RunInfo::shard).filter(Objects::nonNull).sorted().toList();
        Map<String, RunInfo.FileHash> files = new TreeMap<>();
        runs.forEach(r -> r.files().forEach(f -> files.putIfAbsent(f.kind() + ":" + f.path(), f)));
        return new Certificate(
                first == null ? null : first.kitVersion(),
                first == null ? null : first.target(),
                first == null ? null : first.startedAt(),
                verdict,
                platforms.stream().map(p -> new PlatformVerdict(p.platform(), p.result())).toList(),
                shards,
                List.copyOf(files.values()),
                scores(platforms),
                sensitivity);
    }

    private static List<ConformanceSummary.Score> scores(List<PlatformResult> platforms) {
        List<ConformanceSummary.Score> scores = new java.util.ArrayList<>();
        scores.add(ConformanceSummary.Score.of(ConformanceSummary.Score.ALL,
                platforms.stream().map(PlatformResult::checks).reduce(Counts.ZERO, VerdictPolicy::add),
                platforms.stream().mapToInt(PlatformResult::errors).sum()));
        platforms.forEach(p -> scores.add(ConformanceSummary.Score.of(p.platform(), p.checks(), p.errors())));
        return scores;
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.passed() + b.passed(), a.failed() + b.failed(), a.waived() + b.waived(),
                a.unspecified() + b.unspecified(), a.unsupported() + b.unsupported());
    }

    private static Finding finding(CheckRecord c, ScenarioRun run, Waiver waiver) {
        return new Finding(c.requirement(), c.platform(), c.container(), c.scope(), c.behaviour(), c.aspect(),
                run.name(), run.uri(), run.line(), Redactor.redact(c.expected()), Redactor.redact(c.observed()),
                Redactor.redact(c.statedInScenario()), c.note(), c.rules(),
                waiver == null ? null : note(waiver, null));
    }

    private static WaiverNote note(Waiver w, String note) {
        return new WaiverNote(w.requirement(), w.platform(), w.scope(), w.aspect(), w.reason(),
                w.expires() == null ? null : w.expires().toString(), w.line(), note);
    }

    /**
     * A platform passes only when something was compared and nothing failed. When nothing was compared, calling
     * that "pass" would certify behaviour nobody checked, and who left it unchecked decides what it is: the target,
     * when the kit had checks to judge and the target declared every one of them unsupported ({@code not-judged},
     * not conformant); the kit, when every check was unspecified by the sources or there was none
     * ({@code not-assessed}, never counted conformant).
     */
    static String platformResult(Counts counts, int scenarioErrors) {
        if (counts.failed() > 0 || scenarioErrors > 0) {
            return ConformanceSummary.FAIL;
        }
        if (counts.passed() + counts.waived() > 0) {
            return ConformanceSummary.PASS;
        }
        return counts.unsupported() > 0 ? ConformanceSummary.NOT_JUDGED : ConformanceSummary.NOT_ASSESSED;
    }

    /**
     * The run's verdict, worst first: a failure or error; a platform the target left unjudged; then whether every
     * platform was assessed ({@code conformant}), only some ({@code conformant-where-assessed}) or none
     * ({@code not-assessed}).
     */
    static String verdict(boolean nothingFailed, List<PlatformResult> platforms) {
        if (!nothingFailed || platforms.stream().anyMatch(p -> ConformanceSummary.FAIL.equals(p.result()))) {
            return ConformanceSummary.NON_CONFORMANT;
        }
        if (platforms.stream().anyMatch(p -> ConformanceSummary.NOT_JUDGED.equals(p.result()))) {
            return ConformanceSummary.NOT_JUDGED;
        }
        long assessed = platforms.stream().filter(p -> ConformanceSummary.PASS.equals(p.result())).count();
        if (assessed == 0) {
            return ConformanceSummary.NOT_ASSESSED;
        }
        return assessed == platforms.size() ? ConformanceSummary.CONFORMANT
                : ConformanceSummary.CONFORMANT_WHERE_ASSESSED;
    }
}
