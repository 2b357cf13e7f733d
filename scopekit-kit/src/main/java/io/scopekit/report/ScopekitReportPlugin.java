package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * Writes Cucumber's own reports (messages NDJSON, HTML, JUnit XML) for a run, with secrets redacted.
 *
 * <p>It feeds the same writers as Cucumber's built-in {@code message}, {@code html} and {@code junit} plugins,
 * but each envelope passes through {@link Redactor} first, so no report file ever holds a token the target
 * returned. Files are written to temp files in the report directory and renamed into place when the run
 * finishes. Use as {@code cucumber.plugin=io.scopekit.report.ScopekitReportPlugin:DIR}.
 *
 * <p>Under {@code scopekit verify} the command describes the run and writes the summary. Anywhere else (a vendor's
 * Maven build, an IDE) the plugin does it itself when the run finishes: {@code run.json} (kit version, target
 * identity, start time, content hashes, from the registered {@link RunDescriber}), then {@code summary.json},
 * {@code summary.md} and {@code summary.html} with the certificate, so every route writes the same redacted files.
 */
@API(status = EXPERIMENTAL)
public final class ScopekitReportPlugin implements ConcurrentEventListener {

    /** The messages stream file name. */
    public static final String MESSAGES = "messages.ndjson";
    /** Cucumber's HTML report file name. */
    public static final String CUCUMBER_HTML = "cucumber.html";
    /** The JUnit XML file name. */
    public static final String JUNIT_XML = "junit.xml";

    /** The start of the failure of a suite in which no scenario ran. */
    public static final String NOTHING_RAN = "ScopeKit: no scenario ran, so nothing was judged and no summary or "
            + "certificate was written (check the suite's tag filters, cucumber.filter.tags and the selected "
            + "features; reports in ";

    private final Path dir;
    private final CucumberReportWriter writer;
    private Instant started;
    // True when a command described this run before it started (scopekit verify writes run.json first).
    private Boolean described;
    // The first write that failed; nothing is written after it.
    private IOException failure;

    /** Creates the plugin writing into report directory {@code dir} (created when missing). */
    public ScopekitReportPlugin(String dir) {
        this.dir = Path.of(dir);
        this.writer = new CucumberReportWriter(this.dir, new MessageIndex());
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, this::receive);
    }

    // Cucumber delivers envelopes of parallel scenarios from several threads; the writers take one at a time.
    private synchronized void receive(Envelope envelope) {
        if (failure != null) {
            // The stream already lost an envelope: whatever came after it would be a report of part of the run.
            return;
        }
        try {
            if (described == null) {
                described = describedByCommand(dir);
            }
            envelope.getTestRunStarted().ifPresent(s -> started = Instant.ofEpochSecond(
                    s.getTimestamp().getSeconds(), s.getTimestamp().getNanos()));
            writer.write(envelope);
            if (envelope.getTestRunFinished().isPresent()) {
                writer.finish();
                Reports.collected(dir, writer.index());
                if (!described) {
                    if (writer.index().scenarios().isEmpty()) {
                        // A suite that ran nothing must not pass as a conformant one (issue 21): no summary, and
                        // the exception fails the Cucumber engine, so the build fails with this message.
                        throw new IllegalStateException(NOTHING_RAN + dir + ")");
                    }
                    summarise();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            writer.abandon();
            failure = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            Reports.writeFailed(dir, failure);
            if (!Boolean.TRUE.equals(described)) {
                // No command is there to read the failure: Cucumber must hear it.
                throw new UncheckedIOException("cannot write reports to " + dir, failure);
            }
            // Under scopekit verify the command reads the failure once the scenarios are done and ends the run
            // without a verdict; throwing here would only turn every later scenario into a bogus error.
        }
    }

    private static boolean describedByCommand(Path dir) {
        List<RunInfo> infos = Reports.readRunInfos(dir);
        return infos.size() == 1 && RunInfo.RUNNING.equals(infos.get(0).status());
    }

    private void summarise() throws IOException {
        Instant start = started == null ? Instant.now() : started;
        String runId = Reports.newRunId(start);
        RunInfo info = ServiceLoader.load(RunDescriber.class, ScopekitReportPlugin.class.getClassLoader()).findFirst()
                .map(d -> d.describe(runId, start.toString()))
                .orElseGet(() -> new RunInfo(runId, null, start.toString(), null, null, null, null, List.of()));
        // run.json first: the summary's certificate is built from it.
        Reports.writeRunInfo(dir, info.ended(RunInfo.COMPLETE, writer.index().scenarios().size()));
        Reports.writeSummary(Reports.summarise(List.of(dir), List.of(), null, runId,
                LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC)), dir);
    }
}
