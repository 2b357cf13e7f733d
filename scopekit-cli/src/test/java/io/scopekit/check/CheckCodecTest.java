package io.scopekit.check;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.consent.Aspect;
import io.scopekit.oracle.FiredRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the check record JSON to what the step definitions wrote before the contract had its own package.
 *
 * <p>{@code golden/check/records.ndjson} holds one record per line: 19 taken from the messages stream of a
 * reference-target run (one per combination of status, aspect and null fields) and 4 written by the former
 * hand-built Jackson 2 writer of {@code Checks} for the statuses a conformant run never produces (failed,
 * kit-defect, unsupported) and for escapes (quotes, control characters, non-ASCII, an emoji).
 */
class CheckCodecTest {

    private static final Path GOLDEN = Path.of("scopekit-cli/src/test/resources/golden/check/records.ndjson");

    @Test
    void should_write_every_golden_record_byte_for_byte_when_read_back() throws IOException {
        // GIVEN
        List<String> lines = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        then(lines).hasSize(23);
        for (String line : lines) {
            // WHEN
            String written = CheckCodec.toJson(CheckCodec.readCheck(line));
            // THEN
            then(written).isEqualTo(line);
        }
    }

    @Test
    void should_write_fields_in_contract_order_with_nulls_when_a_record_is_built_from_a_decision() {
        // GIVEN a failed record built the way the step definitions build it
        FiredRule fired = new FiredRule("Denied scope: fail and guide the user to the settings page",
                "consent/calls.drl", "000_de03a4aa8ad1be62.txt", "调用接口后的行为说明", "如果用户已拒绝授权，会进入接口 fail 回调");
        CheckRecord record = new CheckRecord("FG-DENIED-CALL", "feishu-gadget", null, "scope.camera", "denied-call",
                CheckCodec.checkName(Aspect.OUTCOME), "failed", "fail", null, "success",
                CheckRecord.Rule.of(List.of(fired)), "kit-defect");

        // WHEN
        String json = CheckCodec.toJson(record);

        // THEN it is the line the former writer produced for the same values
        then(json).isEqualTo("{\"requirement\":\"FG-DENIED-CALL\",\"platform\":\"feishu-gadget\",\"container\":null,"
                + "\"scope\":\"scope.camera\",\"behaviour\":\"denied-call\",\"aspect\":\"outcome\",\"status\":\"failed\","
                + "\"expected\":\"fail\",\"observed\":null,\"statedInScenario\":\"success\",\"rules\":[{\"name\":"
                + "\"Denied scope: fail and guide the user to the settings page\",\"file\":\"consent/calls.drl\","
                + "\"seed\":\"000_de03a4aa8ad1be62.txt\",\"section\":\"调用接口后的行为说明\",\"passage\":"
                + "\"如果用户已拒绝授权，会进入接口 fail 回调\"}],\"note\":\"kit-defect\"}");
    }

    @Test
    void should_ignore_unknown_fields_and_default_rules_when_reading_a_newer_record() {
        // GIVEN a record from a newer writer with an extra field and no rules
        String json = "{\"requirement\":\"R\",\"status\":\"passed\",\"aspect\":\"err_msg\",\"severity\":\"high\"}";

        // WHEN
        CheckRecord record = CheckCodec.readCheck(json);

        // THEN
        then(record.requirement()).isEqualTo("R");
        then(record.aspect()).isEqualTo("err_msg");
        then(record.rules()).isEmpty();
        then(record.platform()).isNull();
    }

    @Test
    void should_throw_malformed_check_record_when_text_is_not_a_record() {
        // WHEN / THEN
        thenThrownBy(() -> CheckCodec.readCheck("{\"requirement\": ")).isInstanceOf(MalformedCheckRecordException.class);
        thenThrownBy(() -> CheckCodec.readCheck("[1, 2]")).isInstanceOf(MalformedCheckRecordException.class);
        thenThrownBy(() -> CheckCodec.readCheck("null")).isInstanceOf(MalformedCheckRecordException.class);
    }

    @Test
    void should_name_aspects_in_each_form_when_asked() {
        // WHEN / THEN check records keep the enum's name, explanations its kebab-case form
        then(CheckCodec.checkName(Aspect.SETTINGS_LIST)).isEqualTo("settings_list");
        then(CheckCodec.explanationName(Aspect.SETTINGS_LIST)).isEqualTo("settings-list");
        then(CheckRecord.MEDIA_TYPE).isEqualTo("application/vnd.scopekit.check+json");
    }
}
