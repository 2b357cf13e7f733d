package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Writes Cucumber's own reports (messages NDJSON, HTML, JUnit XML) for a run, with secrets redacted.
 *
 * <p>It feeds the same writers as Cucumber's built-in {@code message}, {@code html} and {@code junit} plugins,
 * but each envelope passes through {@link Redactor} first, so no report file ever holds a token the target
 * returned. Files are written to temp files in the report directory and renamed into place when the run
 * finishes. Use as {@code cucumber.plugin=io.scopekit.report.ScopekitReportPlugin:DIR}.
 */
@API(status = EXPERIMENTAL)
public final class ScopekitReportPlugin implements ConcurrentEventListener {

    /** The messages stream file name. */
    public static final String MESSAGES = "messages.ndjson";
    /** Cucumber's HTML report file name. */
    public static final String CUCUMBER_HTML = "cucumber.html";
    /** The JUnit XML file name. */
    public static final String JUNIT_XML = "junit.xml";

    private final Path dir;
    private final CucumberReportWriter writer;

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
        try {
            writer.write(envelope);
            if (envelope.getTestRunFinished().isPresent()) {
                writer.finish();
                Reports.collected(dir, writer.index());
            }
        } catch (IOException e) {
            writer.abandon();
            throw new UncheckedIOException("cannot write reports to " + dir, e);
        }
    }
}
