package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a waivers file: a YAML list of {@code {requirement, platform?, scope?, aspect?, reason, expires?}}.
 *
 * <p>Every error names the file and line, so a CI log points straight at the entry to fix.
 */
@API(status = EXPERIMENTAL)
public final class Waivers {

    private static final Set<String> KEYS = Set.of("requirement", "platform", "scope", "aspect", "reason", "expires");
    // Entries are read one by one from the list's parser, so the tokens after an entry are the next entries.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A key given twice would silently keep the last value (a second 'expires' extending a waiver).
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Waivers() {}

    /**
     * Loads the waivers in {@code file}.
     *
     * @throws ReportInputException when the file cannot be read or an entry is malformed (message has file:line)
     */
    public static List<Waiver> load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ReportInputException(file + ": cannot read waivers file (" + e.getMessage() + ")", e);
        }
        List<Waiver> waivers = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return List.of();
            }
            if (first != JsonToken.START_ARRAY) {
                throw error(file, parser.currentTokenLocation().getLineNr(),
                        "expected a list of waivers (- requirement: ..., reason: ...)");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode entry = YAML.readTree(parser);
                waivers.add(toWaiver(file, line, entry));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw error(file, parser.currentTokenLocation().getLineNr(),
                        "expected a waiver mapping {requirement, reason, ...}");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw error(file, line, "not valid YAML: " + e.getOriginalMessage());
        }
        return List.copyOf(waivers);
    }

    private static Waiver toWaiver(Path file, int line, JsonNode entry) {
        for (String key : entry.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw error(file, line, "unknown key '" + key + "' (expected one of: " + String.join(", ",
                        List.of("requirement", "platform", "scope", "aspect", "reason", "expires")) + ")");
            }
        }
        String requirement = text(entry, "requirement");
        String reason = text(entry, "reason");
        if (requirement == null) {
            throw error(file, line, "waiver needs 'requirement' (a requirement id such as FG-DENIED-CALL)");
        }
        if (reason == null) {
            throw error(file, line, "waiver for " + requirement + " needs a non-empty 'reason'");
        }
        LocalDate expires = null;
        String expiresText = text(entry, "expires");
        if (expiresText != null) {
            try {
                expires = LocalDate.parse(expiresText);
            } catch (DateTimeParseException e) {
                throw error(file, line, "'expires' must be a date YYYY-MM-DD, got '" + expiresText + "'");
            }
        }
        return new Waiver(requirement, text(entry, "platform"), text(entry, "scope"), text(entry, "aspect"), reason,
                expires, line);
    }

    private static String text(JsonNode entry, String key) {
        JsonNode value = entry.get(key);
        // A list or mapping where a word belongs counts as no value, so the message names the missing field.
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String s = value.asString().trim();
        return s.isEmpty() ? null : s;
    }

    private static ReportInputException error(Path file, int line, String what) {
        return new ReportInputException(file + ":" + line + ": " + what);
    }
}
