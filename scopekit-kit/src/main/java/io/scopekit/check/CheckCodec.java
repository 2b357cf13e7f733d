package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the JSON of the check contract: check records (one line each, as attached to a scenario) and
 * explanations (indented, as {@code explain --json} prints them).
 *
 * <p>Field order and {@code null} fields are part of the contract: report readers of older runs and scripts over
 * {@code explain --json} rely on them, so both are fixed here and pinned by golden-file tests.
 */
@API(status = EXPERIMENTAL)
public final class CheckCodec {

    // Jackson 3 sorts properties alphabetically by default; the contract's order is the declared one.
    private static final ObjectMapper LINE = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    // Built on first use: a run writes thousands of check records and never an explanation.
    private static final class Indented {
        static final ObjectMapper MAPPER = LINE.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private CheckCodec() {}

    /** Returns the check record as one line of JSON, the body of its attachment. */
    public static String toJson(CheckRecord record) {
        return LINE.writeValueAsString(record);
    }

    /**
     * Reads a check record; fields it does not know are ignored, so a newer writer's records still read.
     *
     * @throws MalformedCheckRecordException when {@code json} is not a check record
     */
    public static CheckRecord readCheck(String json) {
        try {
            CheckRecord record = LINE.readValue(json, CheckRecord.class);
            if (record == null) {
                throw new MalformedCheckRecordException("a check record is a JSON object, got null", null);
            }
            return record;
        } catch (JacksonException e) {
            throw new MalformedCheckRecordException(e.getOriginalMessage(), e);
        }
    }

    /**
     * Returns the explanation in the indented JSON shape of docs/explain.md (no trailing line break): a single
     * situation, a sequence of steps, or a permission model's answer, as the explanation's domain shapes it.
     */
    public static String toJson(Explanation explanation) {
        return Indented.MAPPER.writeValueAsString(explanation.json());
    }

    /** Returns the name of a domain's {@code aspect} in check records: lower case with underscores ({@code err_msg}). */
    public static String checkName(Enum<?> aspect) {
        return CHECK_NAMES.get(aspect.getDeclaringClass())[aspect.ordinal()];
    }

    // Spelt once per aspect type: every check of every step asks for its aspect's name (explore's profile).
    private static final ClassValue<String[]> CHECK_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getEnumConstants())
                    .map(a -> ((Enum<?>) a).name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        }
    };

    /** Returns the name of a domain's {@code aspect} in explanations: lower case with hyphens ({@code err-msg}). */
    public static String explanationName(Enum<?> aspect) {
        return checkName(aspect).replace('_', '-');
    }
}
