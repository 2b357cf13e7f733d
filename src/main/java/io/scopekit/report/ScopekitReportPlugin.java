package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cucumber.htmlformatter.MessagesToHtmlWriter;
import io.cucumber.junitxmlformatter.MessagesToJunitXmlWriter;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.ndjson.Serializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.scopekit.report.internal.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private final Serializer serializer = new Serializer();
    private final Deserializer deserializer = new Deserializer();
    private final Path dir;
    private final SummaryBuilder summary = new SummaryBuilder();
    private final List<Path> temps = new ArrayList<>();
    private Writer ndjson;
    private MessagesToHtmlWriter html;
    private MessagesToJunitXmlWriter junit;
    private Path ndjsonTemp;
    private Path htmlTemp;
    private Path junitTemp;

    /** Creates the plugin writing into report directory {@code dir} (created when missing). */
    public ScopekitReportPlugin(String dir) {
        this.dir = Path.of(dir);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, this::receive);
    }

    private synchronized void receive(Envelope envelope) {
        try {
            if (ndjson == null) {
                open();
            }
            String json = toJson(envelope);
            String redacted = carriesTargetText(envelope) ? Redactor.redact(json) : json;
            Envelope safe = redacted.equals(json) ? envelope : deserializer.readValue(redacted);
            ndjson.write(redacted);
            ndjson.write('\n');
            html.write(safe);
            junit.write(safe);
            summary.accept(safe);
            if (envelope.getTestRunFinished().isPresent()) {
                finish();
            }
        } catch (IOException e) {
            abandon();
            throw new UncheckedIOException("cannot write reports to " + dir, e);
        }
    }

    // Sources, pickles, step definitions and test cases are kit content; only these carry what a target said.
    // A passed step carries no text at all, so only failures and attachments are scanned.
    private static boolean carriesTargetText(Envelope e) {
        return e.getAttachment().isPresent()
                || e.getTestStepFinished().map(f -> hasText(f.getTestStepResult())).orElse(false)
                || e.getTestRunHookFinished().map(f -> hasText(f.getResult())).orElse(false)
                || e.getTestRunFinished().map(f -> f.getMessage().isPresent() || f.getException().isPresent())
                        .orElse(false);
    }

    private static boolean hasText(io.cucumber.messages.types.TestStepResult r) {
        return r.getMessage().isPresent() || r.getException().isPresent();
    }

    private String toJson(Envelope envelope) throws IOException {
        StringWriter w = new StringWriter(256);
        serializer.writeValue(w, envelope);
        return w.toString();
    }

    private void open() throws IOException {
        Files.createDirectories(dir);
        ndjsonTemp = temp();
        htmlTemp = temp();
        junitTemp = temp();
        ndjson = new java.io.OutputStreamWriter(stream(ndjsonTemp), StandardCharsets.UTF_8);
        html = MessagesToHtmlWriter.builder(serializer::writeValue).title("ScopeKit conformance run")
                .build(stream(htmlTemp));
        junit = MessagesToJunitXmlWriter.builder().testSuiteName("ScopeKit").build(stream(junitTemp));
    }

    private Path temp() throws IOException {
        Path t = Files.createTempFile(dir, AtomicFiles.TEMP_PREFIX, ".part");
        temps.add(t);
        return t;
    }

    private static OutputStream stream(Path p) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    }

    private void finish() throws IOException {
        ndjson.close();
        html.close();
        junit.close();
        AtomicFiles.move(ndjsonTemp, dir.resolve(MESSAGES));
        AtomicFiles.move(htmlTemp, dir.resolve(CUCUMBER_HTML));
        AtomicFiles.move(junitTemp, dir.resolve(JUNIT_XML));
        temps.clear();
        Reports.collected(dir, summary);
    }

    private void abandon() {
        for (Path t : temps) {
            try {
                Files.deleteIfExists(t);
            } catch (IOException ignored) {
                // best effort: the original error is what the user needs to see
            }
        }
        temps.clear();
    }
}
