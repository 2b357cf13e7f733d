package io.scopekit.report;

import java.io.OutputStream;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link ConformanceSummary} as {@code summary.json}. */
final class JsonSummaryWriter {

    /**
     * The mapper of the report files ({@code summary.json}, {@code run.json}): indented, properties in declared
     * order (Jackson 3 would sort them alphabetically, and the files' field order is what readers diff against).
     */
    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonSummaryWriter() {}

    static void write(ConformanceSummary summary, OutputStream out) {
        JSON.writeValue(out, summary);
    }
}
