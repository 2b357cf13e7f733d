package io.scopekit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link ConformanceSummary} as {@code summary.json}. */
final class JsonSummaryWriter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSummaryWriter() {}

    static void write(ConformanceSummary summary, OutputStream out) throws IOException {
        JSON.writeValue(out, summary);
    }
}
