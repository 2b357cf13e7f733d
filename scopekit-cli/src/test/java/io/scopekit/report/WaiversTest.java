package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.check.CheckRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTest {

    @TempDir
    Path dir;

    @Test
    void should_read_every_field_when_entries_are_complete() throws IOException {
        // GIVEN
        Path file = write("""
                - requirement: FG-DENIED-CALL
                  platform: feishu-gadget
                  scope: scope.camera
                  aspect: err_msg
                  reason: vendor ticket 42
                  expires: 2030-01-31
                - requirement: WX-GET-SETTING
                  reason: known gap
                """);

        // WHEN
        List<Waiver> waivers = Waivers.load(file);

        // THEN
        then(waivers).hasSize(2);
        then(waivers.get(0)).isEqualTo(new Waiver("FG-DENIED-CALL", "feishu-gadget", "scope.camera", "err_msg",
                "vendor ticket 42", LocalDate.of(2030, 1, 31), 1));
        then(waivers.get(1).line()).isEqualTo(7);
        then(waivers.get(1).platform()).isNull();
    }

    @Test
    void should_name_file_and_line_when_reason_is_missing() throws IOException {
        // GIVEN the second entry has no reason
        Path file = write("""
                - requirement: A
                  reason: ok
                - requirement: B
                  platform: alipay
                """);

        // WHEN / THEN
        thenThrownBy(() -> Waivers.load(file)).isInstanceOf(ReportInputException.class)
                .hasMessageStartingWith(file + ":3:").hasMessageContaining("reason");
    }

    @Test
    void should_reject_unknown_keys_and_bad_dates_when_reading() throws IOException {
        // GIVEN
        Path unknown = write("- requirement: A\n  reason: r\n  platfrom: alipay\n");
        Path badDate = write("- requirement: A\n  reason: r\n  expires: next week\n");

        // WHEN / THEN
        thenThrownBy(() -> Waivers.load(unknown)).hasMessageContaining(":1:").hasMessageContaining("platfrom");
        thenThrownBy(() -> Waivers.load(badDate)).hasMessageContaining(":1:").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void should_report_the_line_when_yaml_is_malformed_or_not_a_list() throws IOException {
        // GIVEN
        Path notList = write("requirement: A\nreason: r\n");

        // WHEN / THEN
        thenThrownBy(() -> Waivers.load(notList)).hasMessageContaining(":1:").hasMessageContaining("list");
        thenThrownBy(() -> Waivers.load(dir.resolve("missing.yaml"))).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("missing.yaml");
    }

    @Test
    void should_name_the_line_of_broken_yaml_and_of_a_list_where_a_word_belongs_when_reading() throws IOException {
        // GIVEN an unterminated flow list on line 3, and a requirement given as a list
        Path broken = write("- requirement: A\n  reason: r\n- requirement: [B\n");
        Path listValue = write("- requirement: [A, B]\n  reason: r\n");

        // WHEN / THEN
        thenThrownBy(() -> Waivers.load(broken)).isInstanceOf(ReportInputException.class)
                .hasMessageStartingWith(broken + ":").hasMessageContaining("not valid YAML");
        thenThrownBy(() -> Waivers.load(listValue)).isInstanceOf(ReportInputException.class)
                .hasMessage(listValue + ":1: waiver needs 'requirement' (a requirement id such as FG-DENIED-CALL)");
    }

    @Test
    void should_match_only_the_named_dimensions_when_optional_fields_are_absent() {
        // GIVEN
        Waiver any = new Waiver("R", null, null, null, "why", null, 1);
        Waiver camera = new Waiver("R", "alipay", "scope.camera", null, "why", null, 1);
        CheckRecord record = new CheckRecord("R", "alipay", null, "scope.album", "denied-call", "prompts", "failed",
                "a", "b", "a", List.of(), null);

        // WHEN / THEN
        then(any.matches(record)).isTrue();
        then(camera.matches(record)).isFalse();
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "waivers", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
