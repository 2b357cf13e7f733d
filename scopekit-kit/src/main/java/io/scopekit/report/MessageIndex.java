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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Indexes Cucumber message envelopes (from one run or several shards) into the scenarios that ran, each with its
 * steps, worst step result and check records; {@link VerdictPolicy} judges them.
 *
 * <p>Everything is keyed by message ids, so envelopes of several NDJSON files can be fed one after another.
 * Scenarios come out in the order they started; the policy sorts what it reports.
 */
final class MessageIndex {

    private static final String UNREACHABLE = "TargetUnreachableException";

    private final Map<String, Integer> lineByAstNode = new HashMap<>();
    private final Map<String, Pickle> pickles = new HashMap<>();
    private final Map<String, String> pickleByTestCase = new HashMap<>();
    private final Map<String, Set<String>> pickleStepIdsByTestCase = new HashMap<>();
    private final Map<String, String> testCaseByStarted = new HashMap<>();
    private final Map<String, String> pickleStepByTestStep = new HashMap<>();
    private final Map<String, String> stepTextByPickleStep = new HashMap<>();
    private final Map<String, String> keywordByAstNode = new HashMap<>();
    private final Map<String, String> keywordByPickleStep = new HashMap<>();
    private final Map<String, StartedCase> started = new LinkedHashMap<>();

    /**
     * One scenario (an examples row counts as one) as it ran, retries left out.
     *
     * @param name        scenario name ({@code ?} when its pickle is missing)
     * @param uri         feature file
     * @param line        line of the scenario or examples row
     * @param platformTag its {@code @platform-} tag, or {@code null}
     * @param requirement its {@code @req-} tag, or {@code null}
     * @param steps       Gherkin steps run (hooks not counted)
     * @param failed      a step ended pending, undefined, ambiguous or failed, or the scenario did not finish
     * @param status      Cucumber's worst step status in lower case, or {@code not-finished}
     * @param message     the worst step's message (not redacted), or {@code null}
     * @param unreachable a step failed with TargetUnreachableException
     * @param checks      its check records, in the order attached
     * @param behaviour   its {@code @behaviour-} tag (the matrix column its errors count against), or {@code null}
     * @param stepRuns    its Gherkin steps with their results, in order (steps never reached are not listed)
     */
    record ScenarioRun(String name, String uri, int line, String platformTag, String requirement, int steps,
            boolean failed, String status, String message, boolean unreachable, List<CheckRecord> checks,
            String behaviour, List<ScenarioResult.StepRun> stepRuns) {

        ScenarioRun(String name, String uri, int line, String platformTag, String requirement, int steps,
                boolean failed, String status, String message, boolean unreachable, List<CheckRecord> checks) {
            this(name, uri, line, platformTag, requirement, steps, failed, status, message, unreachable, checks,
                    null, List.of());
        }

        /** Returns the first step that did not pass or skip (keyword and text), or {@code null} (a hook failed). */
        String failedStep() {
            return stepRuns.stream().filter(s -> !"passed".equals(s.status()) && !"skipped".equals(s.status()))
                    .map(ScenarioResult.StepRun::text).findFirst().orElse(null);
        }
    }

    private static final class StartedCase {
        TestStepResultStatus worst = TestStepResultStatus.PASSED;
        String message;
        boolean retried;
        boolean finished;
        boolean unreachable;
        int steps;
        final List<CheckRecord> checks = new ArrayList<>();
        final List<ScenarioResult.Capture> captures = new ArrayList<>();
        final List<ScenarioResult.StepRun> stepRuns = new ArrayList<>();
    }

    /** Takes one envelope; envelopes of other kinds are ignored. */
    void accept(Envelope envelope) {
        envelope.getGherkinDocument().ifPresent(this::index);
        envelope.getPickle().ifPresent(p -> {
            pickles.put(p.getId(), p);
            p.getSteps().forEach(step -> {
                stepTextByPickleStep.put(step.getId(), step.getText());
                step.getAstNodeIds().stream().map(keywordByAstNode::get).filter(java.util.Objects::nonNull)
                        .findFirst().ifPresent(k -> keywordByPickleStep.put(step.getId(), k));
            });
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
                String pickleStep = pickleStepByTestStep.get(f.getTestStepId());
                TestStepResult result = f.getTestStepResult();
                c.stepRuns.add(new ScenarioResult.StepRun(
                        keywordByPickleStep.getOrDefault(pickleStep, "") + stepTextByPickleStep.get(pickleStep),
                        result.getStatus().name().toLowerCase(Locale.ROOT),
                        result.getStatus() == TestStepResultStatus.PASSED
                                || result.getStatus() == TestStepResultStatus.SKIPPED ? null
                                : Redactor.redact(stepMessage(result))));
            }
            record(c, f.getTestStepResult(), f.getTestStepId());
        });
        envelope.getTestCaseFinished().ifPresent(f -> {
            StartedCase c = started.computeIfAbsent(f.getTestCaseStartedId(), k -> new StartedCase());
            c.finished = true;
            c.retried = Boolean.TRUE.equals(f.getWillBeRetried());
        });
        envelope.getAttachment().ifPresent(a -> {
            if (a.getTestCaseStartedId().isEmpty()) {
                return;
            }
            String body = a.getContentEncoding() == AttachmentContentEncoding.BASE64
                    ? new String(Base64.getDecoder().decode(a.getBody()), StandardCharsets.UTF_8)
                    : a.getBody();
            if (!CheckRecord.MEDIA_TYPE.equals(a.getMediaType())) {
                // Whatever else a step attached (a remote target's captured exchange): kept as text for the site.
                if (isText(a.getMediaType())) {
                    started.computeIfAbsent(a.getTestCaseStartedId().get(), k -> new StartedCase())
                            .captures.add(new ScenarioResult.Capture(a.getMediaType(), a.getFileName().orElse(null), body));
                }
                return;
            }
            try {
                started.computeIfAbsent(a.getTestCaseStartedId().get(), k -> new StartedCase())
                        .checks.add(CheckCodec.readCheck(body));
            } catch (MalformedCheckRecordException e) {
                throw new UncheckedIOException("malformed scopekit check record: " + Redactor.redact(body),
                        new IOException(e.getMessage(), e));
            }
        });
    }

    /** Returns the scenarios indexed so far that will not be retried, in the order they started. */
    List<ScenarioRun> scenarios() {
        List<ScenarioRun> runs = new ArrayList<>();
        for (Map.Entry<String, StartedCase> e : started.entrySet()) {
            StartedCase c = e.getValue();
            if (c.retried) {
                continue;
            }
            Pickle pickle = pickles.get(pickleByTestCase.get(testCaseByStarted.get(e.getKey())));
            runs.add(new ScenarioRun(
                    pickle == null ? "?" : pickle.getName(),
                    pickle == null ? "?" : pickle.getUri(),
                    pickle == null ? 0 : lineOf(pickle),
                    pickle == null ? null : tag(pickle, "@platform-"),
                    pickle == null ? null : tag(pickle, "@req-"),
                    c.steps,
                    severity(c.worst) >= severity(TestStepResultStatus.PENDING) || !c.finished,
                    c.finished ? c.worst.name().toLowerCase(Locale.ROOT) : "not-finished",
                    c.message,
                    c.unreachable,
                    List.copyOf(c.checks),
                    pickle == null ? null : tag(pickle, "@behaviour-"),
                    List.copyOf(c.stepRuns)));
        }
        return runs;
    }

    /**
     * Returns the scenarios of {@link #scenarios()} with their captured attachments, for the documentation site.
     */
    List<ScenarioResult> results() {
        List<ScenarioResult> results = new ArrayList<>();
        List<StartedCase> kept = started.values().stream().filter(c -> !c.retried).toList();
        List<ScenarioRun> runs = scenarios();
        for (int i = 0; i < runs.size(); i++) {
            ScenarioRun r = runs.get(i);
            results.add(new ScenarioResult(r.name(), r.uri(), r.line(), r.platformTag(), r.requirement(), r.steps(),
                    r.failed(), r.status(), r.message() == null ? null : Redactor.redact(r.message()), r.checks(),
                    List.copyOf(kept.get(i).captures), r.stepRuns()));
        }
        return results;
    }

    private static boolean isText(String mediaType) {
        return mediaType != null && (mediaType.startsWith("text/") || mediaType.endsWith("json")
                || mediaType.endsWith("+json") || mediaType.startsWith("application/vnd.scopekit."));
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
                message = status.name().toLowerCase(Locale.ROOT) + " step: "
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

    private static String stepMessage(TestStepResult result) {
        return result.getMessage().orElseGet(() -> result.getException()
                .map(e -> e.getType() + ": " + e.getMessage().orElse("")).orElse(null));
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
                child.getBackground().ifPresent(b -> b.getSteps()
                        .forEach(step -> keywordByAstNode.put(step.getId(), step.getKeyword())));
                child.getScenario().ifPresent(this::index);
                child.getRule().ifPresent(rule -> rule.getChildren()
                        .forEach(rc -> rc.getScenario().ifPresent(this::index)));
            }
        });
    }

    private void index(Scenario scenario) {
        lineByAstNode.put(scenario.getId(), scenario.getLocation().getLine().intValue());
        scenario.getSteps().forEach(step -> keywordByAstNode.put(step.getId(), step.getKeyword()));
        for (Examples examples : scenario.getExamples()) {
            for (TableRow row : examples.getTableBody()) {
                lineByAstNode.put(row.getId(), row.getLocation().getLine().intValue());
            }
        }
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
}
