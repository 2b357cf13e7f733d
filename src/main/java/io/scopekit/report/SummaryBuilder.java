package io.scopekit.report;

import io.cucumber.messages.types.AttachmentContentEncoding;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.messages.types.TestStepResultStatus;
import io.scopekit.check.CheckCodec;
import io.scopekit.check.CheckRecord;
import io.scopekit.check.MalformedCheckRecordException;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds Cucumber message envelopes (from one run or several shards) into a {@link ConformanceSummary}.
 *
 * <p>Everything is keyed by message ids, so envelopes of several NDJSON files can be fed one after another.
 * Output order is sorted, never arrival order, so a merge of shards equals a single run.
 */
final class SummaryBuilder {

    private static final String UNREACHABLE = "TargetUnreachableException";

    private final Map<String, Integer> lineByAstNode = new HashMap<>();
    private final Map<String, Pickle> pickles = new HashMap<>();
    private final Map<String, String> pickleByTestCase = new HashMap<>();
    private final Map<String, Set<String>> pickleStepIdsByTestCase = new HashMap<>();
    private final Map<String, String> testCaseByStarted = new HashMap<>();
    private final Map<String, String> pickleStepByTestStep = new HashMap<>();
    private final Map<String, String> stepTextByPickleStep = new HashMap<>();
    private final Map<String, StartedCase> started = new LinkedHashMap<>();

    private static final class StartedCase {
        TestStepResultStatus worst = TestStepResultStatus.PASSED;
        String message;
        boolean retried;
        boolean finished;
        boolean unreachable;
        int steps;
        final List<CheckRecord> checks = new ArrayList<>();
    }

    /** Takes one envelope; envelopes of other kinds are ignored. */
    void accept(Envelope envelope) {
        envelope.getGherkinDocument().ifPresent(this::index);
        envelope.getPickle().ifPresent(p -> {
            pickles.put(p.getId(), p);
            p.getSteps().forEach(step -> stepTextByPickleStep.put(step.getId(), step.getText()));
        });
        envelope.getTestCase().ifPresent(tc -> {
            pickleByTestCase.put(tc.getId(), tc.getPickleId());
            Set<String> stepIds = new HashSet<>();
            tc.getTestSteps().forEach(s -> {
                if (s.getPickleStepId().isPresent()) {
                    stepIds.add(s.getId());
                    pickleStepByTestStep.put(s.getId(), s.getPickleStepId().get());
                }
            });
            pickleStepIdsByTestCase.put(tc.getId(), stepIds);
        });
        envelope.getTestCaseStarted().ifPresent(s -> {
            testCaseByStarted.put(s.getId(), s.getTestCaseId());
            started.computeIfAbsent(s.getId(), k -> new StartedCase());
        });
        envelope.getTestStepFinished().ifPresent(f -> {
            StartedCase c = started.computeIfAbsent(f.getTestCaseStartedId(), k -> new StartedCase());
            String testCaseId = testCaseByStarted.get(f.getTestCaseStartedId());
            if (testCaseId != null && pickleStepIdsByTestCase.getOrDefault(testCaseId, Set.of())
                    .contains(f.getTestStepId())) {
                c.steps++;
            }
            record(c, f.getTestStepResult(), f.getTestStepId());
        });
        envelope.getTestCaseFinished().ifPresent(f -> {
            StartedCase c = started.computeIfAbsent(f.getTestCaseStartedId(), k -> new StartedCase());
            c.finished = true;
            c.retried = Boolean.TRUE.equals(f.getWillBeRetried());
        });
        envelope.getAttachment().ifPresent(a -> {
            if (!CheckRecord.MEDIA_TYPE.equals(a.getMediaType()) || a.getTestCaseStartedId().isEmpty()) {
                return;
            }
            String body = a.getContentEncoding() == AttachmentContentEncoding.BASE64
                    ? new String(Base64.getDecoder().decode(a.getBody()), StandardCharsets.UTF_8)
                    : a.getBody();
            try {
                started.computeIfAbsent(a.getTestCaseStartedId().get(), k -> new StartedCase())
                        .checks.add(CheckCodec.readCheck(body));
            } catch (MalformedCheckRecordException e) {
                throw new UncheckedIOException("malformed scopekit check record: " + Redactor.redact(body),
                        new IOException(e.getMessage(), e));
            }
        });
    }

    private void record(StartedCase c, TestStepResult result, String testStepId) {
        TestStepResultStatus status = result.getStatus();
        if (severity(status) > severity(c.worst)) {
            c.worst = status;
            String message = result.getMessage().orElse(null);
            if (message == null && result.getException().isPresent()) {
                message = result.getException().get().getType() + ": "
                        + result.getException().get().getMessage().orElse("");
            }
            if (message == null || message.isBlank()) {
                // Cucumber reports an undefined step without any message: name the step instead.
                String text = stepTextByPickleStep.get(pickleStepByTestStep.get(testStepId));
                message = status.name().toLowerCase(java.util.Locale.ROOT) + " step: "
                        + (text == null ? "(a hook)" : "\"" + text + "\"")
                        + (status == TestStepResultStatus.UNDEFINED ? " (no step definition matches it)" : "");
            }
            c.message = message;
        }
        result.getException().ifPresent(e -> c.unreachable |= e.getType().endsWith(UNREACHABLE));
        if (result.getMessage().map(m -> m.contains(UNREACHABLE)).orElse(false)) {
            c.unreachable = true;
        }
    }

    private static int severity(TestStepResultStatus status) {
        return switch (status) {
            case PASSED, UNKNOWN -> 0;
            case SKIPPED -> 1;
            case PENDING -> 2;
            case UNDEFINED -> 3;
            case AMBIGUOUS -> 4;
            case FAILED -> 5;
        };
    }

    private void index(GherkinDocument doc) {
        doc.getFeature().ifPresent((Feature feature) -> {
            for (FeatureChild child : feature.getChildren()) {
                child.getScenario().ifPresent(this::index);
                child.getRule().ifPresent(rule -> rule.getChildren()
                        .forEach(rc -> rc.getScenario().ifPresent(this::index)));
            }
        });
    }

    private void index(Scenario scenario) {
        lineByAstNode.put(scenario.getId(), scenario.getLocation().getLine().intValue());
        for (Examples examples : scenario.getExamples()) {
            for (TableRow row : examples.getTableBody()) {
                lineByAstNode.put(row.getId(), row.getLocation().getLine().intValue());
            }
        }
    }

    /** Builds the summary; {@code runs} are the {@code run.json} of every run folded in. */
    ConformanceSummary build(String runId, List<RunInfo> runs, List<Waiver> waiverList, String waiversFile,
            LocalDate today) {
        List<Waiver> active = waiverList.stream().filter(w -> !w.expiredOn(today)).toList();
        Map<Waiver, int[]> waiverUse = new LinkedHashMap<>(); // [matched, matchedFailed]
        active.forEach(w -> waiverUse.put(w, new int[2]));

        Map<String, Counts> byPlatform = new TreeMap<>();
        Map<String, int[]> scenariosByPlatform = new TreeMap<>(); // [scenarios, errors]
        Map<List<String>, Counts> cells = new TreeMap<>(Comparator
                .comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        List<Finding> failures = new ArrayList<>();
        List<Finding> waived = new ArrayList<>();
        List<ScenarioError> errors = new ArrayList<>();
        Counts all = Counts.ZERO;
        int scenarios = 0;
        int scenariosFailed = 0;
        int steps = 0;
        boolean unreachable = false;

        for (Map.Entry<String, StartedCase> e : started.entrySet()) {
            StartedCase c = e.getValue();
            if (c.retried) {
                continue;
            }
            Pickle pickle = pickles.get(pickleByTestCase.get(testCaseByStarted.get(e.getKey())));
            String name = pickle == null ? "?" : pickle.getName();
            String uri = pickle == null ? "?" : pickle.getUri();
            int line = pickle == null ? 0 : lineOf(pickle);
            String tagPlatform = pickle == null ? null : tag(pickle, "@platform-");
            String tagRequirement = pickle == null ? null : tag(pickle, "@req-");
            scenarios++;
            steps += c.steps;
            unreachable |= c.unreachable;
            String scenarioPlatform = tagPlatform != null ? tagPlatform
                    : c.checks.isEmpty() ? "?" : c.checks.get(0).platform();
            scenariosByPlatform.computeIfAbsent(scenarioPlatform, k -> new int[2])[0]++;

            int unwaivedFailures = 0;
            int waivedFailures = 0;
            for (CheckRecord check : c.checks) {
                String status = check.status() == null ? "failed" : check.status();
                Waiver waiver = null;
                for (Waiver w : active) {
                    if (w.matches(check)) {
                        waiverUse.get(w)[0]++;
                        if ("failed".equals(status)) {
                            waiverUse.get(w)[1]++;
                            waiver = waiver == null ? w : waiver;
                        }
                    }
                }
                if ("failed".equals(status)) {
                    Finding finding = finding(check, name, uri, line, waiver);
                    if (waiver != null) {
                        status = "waived";
                        waived.add(finding);
                        waivedFailures++;
                    } else {
                        failures.add(finding);
                        unwaivedFailures++;
                    }
                }
                String platformKey = check.container() == null ? check.platform()
                        : check.platform() + "/" + check.container();
                byPlatform.merge(Objects.requireNonNullElse(check.platform(), "?"), Counts.ZERO.plus(status),
                        SummaryBuilder::add);
                cells.merge(List.of(Objects.requireNonNullElse(platformKey, "?"),
                                check.scope() == null ? "(app)" : check.scope(),
                                Objects.requireNonNullElse(check.behaviour(), "?")),
                        Counts.ZERO.plus(status), SummaryBuilder::add);
                all = all.plus(status);
            }
            boolean scenarioFailed = severity(c.worst) >= severity(TestStepResultStatus.PENDING) || !c.finished;
            if (scenarioFailed && unwaivedFailures == 0 && waivedFailures == 0) {
                errors.add(new ScenarioError(name, uri, line, scenarioPlatform, tagRequirement,
                        c.finished ? c.worst.name().toLowerCase(java.util.Locale.ROOT) : "not-finished",
                        Redactor.redact(c.message)));
                scenariosByPlatform.get(scenarioPlatform)[1]++;
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
            int[] sc = scenariosByPlatform.getOrDefault(p, new int[2]);
            platforms.add(new PlatformResult(p, platformResult(counts, sc[1]), sc[0], sc[1], counts));
        }
        List<Cell> matrix = new ArrayList<>();
        cells.forEach((k, v) -> matrix.add(new Cell(k.get(0), k.get(1), k.get(2), v)));
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
            if (use[0] == 0) {
                unmatched.add(note(w, "waiver matches nothing"));
            } else if (use[1] == 0) {
                noLongerNeeded.add(note(w, "waiver no longer needed"));
            }
        });
        List<WaiverNote> expired = waiverList.stream().filter(w -> w.expiredOn(today))
                .map(w -> note(w, "waiver expired")).toList();

        boolean conformant = failures.isEmpty() && errors.isEmpty() && !unreachable;
        String verdict = conformant ? "conformant" : "non-conformant";
        Certificate certificate = certificate(runs, verdict, platforms);
        return new ConformanceSummary(ConformanceSummary.SCHEMA, runId, verdict, unreachable,
                new Totals(scenarios, scenariosFailed, steps, all), platforms, matrix, failures, waived, errors,
                new WaiverNotes(waiversFile, noLongerNeeded, unmatched, expired), certificate);
    }

    private static Certificate certificate(List<RunInfo> runs, String verdict, List<PlatformResult> platforms) {
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
                List.copyOf(files.values()));
    }

    private static Counts add(Counts a, Counts b) {
        return new Counts(a.passed() + b.passed(), a.failed() + b.failed(), a.waived() + b.waived(),
                a.unspecified() + b.unspecified(), a.unsupported() + b.unsupported());
    }

    private Finding finding(CheckRecord c, String scenario, String uri, int line, Waiver waiver) {
        return new Finding(c.requirement(), c.platform(), c.container(), c.scope(), c.behaviour(), c.aspect(),
                scenario, uri, line, Redactor.redact(c.expected()), Redactor.redact(c.observed()),
                Redactor.redact(c.statedInScenario()), c.note(), c.rules(),
                waiver == null ? null : note(waiver, null));
    }

    private static WaiverNote note(Waiver w, String note) {
        return new WaiverNote(w.requirement(), w.platform(), w.scope(), w.aspect(), w.reason(),
                w.expires() == null ? null : w.expires().toString(), w.line(), note);
    }

    private int lineOf(Pickle pickle) {
        List<String> ids = pickle.getAstNodeIds();
        for (int i = ids.size() - 1; i >= 0; i--) {
            Integer line = lineByAstNode.get(ids.get(i));
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    private static String tag(Pickle pickle, String prefix) {
        for (PickleTag t : pickle.getTags()) {
            if (t.getName().startsWith(prefix)) {
                return t.getName().substring(prefix.length());
            }
        }
        return null;
    }

    /**
     * A platform passes only when something was compared and nothing failed; when every check was unspecified by
     * the sources or unsupported by the target, the profile was not assessed — calling that "pass" would certify
     * behaviour nobody checked.
     */
    static String platformResult(Counts counts, int scenarioErrors) {
        if (counts.failed() > 0 || scenarioErrors > 0) {
            return "fail";
        }
        return counts.passed() + counts.waived() == 0 ? "not-assessed" : "pass";
    }
}
