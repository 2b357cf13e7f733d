package io.scopekit.report;

import io.cucumber.htmlformatter.MessagesToHtmlWriter;
import io.cucumber.junitxmlformatter.MessagesToJunitXmlWriter;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.ndjson.Serializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.TestStepResult;
import io.scopekit.report.internal.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the three Cucumber report files of a directory (messages NDJSON, HTML, JUnit XML) from envelopes, with
 * secrets redacted, and folds the same redacted envelopes into a {@link MessageIndex}.
 *
 * <p>Shared by the run's plugin and by {@code report merge}, so both produce the files the same way. Content
 * goes to temp files that {@link #finish()} renames into place; {@link #abandon()} removes them. Not thread
 * safe: callers serialise.
 */
final class CucumberReportWriter {

    private final Serializer serializer = new Serializer();
    private final Deserializer deserializer = new Deserializer();
    private final Path dir;
    private final MessageIndex index;
    private final List<Path> temps = new ArrayList<>();
    private Writer ndjson;
    private MessagesToHtmlWriter html;
    private MessagesToJunitXmlWriter junit;
    private Path ndjsonTemp;
    private Path htmlTemp;
    private Path junitTemp;
    // The HTML writer serialises each envelope again; handing it the JSON just written saves that work.
    private Envelope current;
    private String currentJson;

    CucumberReportWriter(Path dir, MessageIndex index) {
        this.dir = dir;
        this.index = index;
    }

    MessageIndex index() {
        return index;
    }

    void write(Envelope envelope) throws IOException {
        if (ndjson == null) {
            open();
        }
        String json = toJson(envelope);
        String redacted = carriesTargetText(envelope) ? Redactor.redact(json) : json;
        Envelope safe = redacted.equals(json) ? envelope : deserializer.readValue(redacted);
        ndjson.write(redacted);
        ndjson.write('\n');
        current = safe;
        currentJson = redacted;
        html.write(safe);
        current = null;
        currentJson = null;
        junit.write(JunitNames.forJunit(safe));
        index.accept(safe);
    }

    /** Closes the files and renames them into place; writes empty reports when no envelope came. */
    void finish() throws IOException {
        if (ndjson == null) {
            open();
        }
        ndjson.close();
        html.close();
        junit.close();
        AtomicFiles.move(ndjsonTemp, dir.resolve(ScopekitReportPlugin.MESSAGES));
        AtomicFiles.move(htmlTemp, dir.resolve(ScopekitReportPlugin.CUCUMBER_HTML));
        AtomicFiles.move(junitTemp, dir.resolve(ScopekitReportPlugin.JUNIT_XML));
        temps.clear();
    }

    void abandon() {
        for (AutoCloseable w : new AutoCloseable[] {ndjson, html, junit}) {
            try {
                if (w != null) {
                    w.close();
                }
            } catch (Exception ignored) {
                // the temp file is deleted below anyway; the first error is the one reported
            }
        }
        ndjson = null;
        html = null;
        junit = null;
        for (Path t : temps) {
            try {
                Files.deleteIfExists(t);
            } catch (IOException ignored) {
                // best effort: the original error is what the user needs to see
            }
        }
        temps.clear();
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

    private static boolean hasText(TestStepResult r) {
        return r.getMessage().isPresent() || r.getException().isPresent();
    }

    private String toJson(Envelope envelope) throws IOException {
        StringWriter w = new StringWriter(256);
        serializer.writeValue(w, envelope);
        return w.toString();
    }

    private void htmlJson(Writer w, Envelope envelope) throws IOException {
        if (envelope == current) {
            w.write(currentJson);
        } else {
            serializer.writeValue(w, envelope);
        }
    }

    private void open() throws IOException {
        Files.createDirectories(dir);
        ndjsonTemp = temp();
        htmlTemp = temp();
        junitTemp = temp();
        ndjson = new OutputStreamWriter(stream(ndjsonTemp), StandardCharsets.UTF_8);
        html = MessagesToHtmlWriter.builder(this::htmlJson).title("ScopeKit conformance run").build(stream(htmlTemp));
        junit = MessagesToJunitXmlWriter.builder().testSuiteName("ScopeKit").build(stream(junitTemp));
    }

    private Path temp() throws IOException {
        Path t = AtomicFiles.newTemp(dir);
        temps.add(t);
        return t;
    }

    private static OutputStream stream(Path p) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    }
}
