package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckRecord;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Gives one scenario of a run as the documentation site shows it: its status, its check records and whatever else
 * its steps attached (a remote target's captured exchange).
 *
 * @param name        scenario name
 * @param uri         feature file as the run named it (a {@code classpath:} or file URI)
 * @param line        line of the scenario or examples row
 * @param platformTag its {@code @platform-} tag, or {@code null}
 * @param requirement its {@code @req-} tag, or {@code null}
 * @param steps       Gherkin steps run
 * @param failed      the scenario failed
 * @param status      Cucumber's worst step status in lower case, or {@code not-finished}
 * @param message     the worst step's message (redacted), or {@code null}
 * @param checks      its check records, in the order attached
 * @param captures    other text attachments, in the order attached
 * @param stepRuns    its Gherkin steps as they ran, in order; a step after a failure is {@code skipped}, a step never
 *                    reached is not listed
 */
@API(status = EXPERIMENTAL)
public record ScenarioResult(String name, String uri, int line, String platformTag, String requirement, int steps,
        boolean failed, String status, String message, List<CheckRecord> checks, List<Capture> captures,
        List<StepRun> stepRuns) {

    /** Creates the result; lists are copied. */
    public ScenarioResult {
        checks = List.copyOf(checks);
        captures = List.copyOf(captures);
        stepRuns = stepRuns == null ? List.of() : List.copyOf(stepRuns);
    }

    /** Creates a result without step results (a run read before they were kept). */
    public ScenarioResult(String name, String uri, int line, String platformTag, String requirement, int steps,
            boolean failed, String status, String message, List<CheckRecord> checks, List<Capture> captures) {
        this(name, uri, line, platformTag, requirement, steps, failed, status, message, checks, captures, List.of());
    }

    /**
     * One Gherkin step as it ran.
     *
     * @param text    keyword and text, e.g. {@code Given a WeChat mini-program user who granted "scope.record"}
     * @param status  Cucumber's status in lower case: passed, failed, skipped (after a failure), undefined, ...
     * @param message why it did not pass (redacted), or {@code null}
     */
    @API(status = EXPERIMENTAL)
    public record StepRun(String text, String status, String message) {}

    /**
     * Holds one text attachment of a scenario other than a check record.
     *
     * @param mediaType its media type
     * @param fileName  its file name, or {@code null}
     * @param text      its body as text (target-provided: escape and redact before showing)
     */
    @API(status = EXPERIMENTAL)
    public record Capture(String mediaType, String fileName, String text) {}
}
