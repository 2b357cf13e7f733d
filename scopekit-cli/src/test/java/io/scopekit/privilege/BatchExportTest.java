package io.scopekit.privilege;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BatchExportTest {

    private static final List<String> IDS = List.of("tenant", "user");

    @Test
    void should_read_both_identities_in_file_order_when_the_export_is_well_formed() {
        // GIVEN the documented shape, with a duplicate
        String json = "{\"scopes\":{\"tenant\":[\"b:b\",\"a:a\",\"b:b\"],\"user\":[]}}";
        // WHEN
        BatchExport export = BatchExport.parse("e.json", json, IDS);
        // THEN
        then(export.keys("tenant")).containsExactly("b:b", "a:a");
        then(export.keys("user")).isEmpty();
    }

    @Test
    void should_read_an_absent_identity_as_none_when_the_export_leaves_it_out() {
        // GIVEN only tenant / WHEN / THEN
        then(BatchExport.parse("e.json", "{\"scopes\":{\"tenant\":[\"a:a\"]}}", IDS).keys("user")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "trailing comma   | `{\"scopes\":{\"tenant\":[\"a:b\",\n  ]}}` | e.json:2:3: malformed JSON: Unexpected character (']' (code 93))",
        "empty file       | ``                                        | e.json:1:1: the file is empty (expected the batch export format {\"scopes\":{\"tenant\":[...],\"user\":[...]}})",
        "array at top     | `[]`                                      | e.json:1:1: expected '{' starting the batch export",
        "other key        | `{\"perms\":[]}`                          | e.json:1:2: unexpected key \"perms\" (expected only \"scopes\"",
        "missing scopes   | `{}`                                      | e.json:1:2: missing \"scopes\"",
        "scopes twice     | `{\"scopes\":{},\"scopes\":{}}`           | e.json:1:14: \"scopes\" appears twice",
        "scopes array     | `{\"scopes\":[]}`                         | e.json:1:11: expected an object of identity → permission keys after \"scopes\", found an array",
        "unknown identity | `{\"scopes\":{\"app\":[]}}`               | e.json:1:12: unknown identity \"app\" under \"scopes\" (expected one of: tenant, user)",
        "number key       | `{\"scopes\":{\"tenant\":[1]}}`           | e.json:1:22: expected a permission key string in \"scopes\".\"tenant\", found the number 1",
        "not an array     | `{\"scopes\":{\"user\":\"a:b\"}}`         | e.json:1:19: expected an array of permission keys for \"user\", found the string \"a:b\"",
        "trailing value   | `{\"scopes\":{}} 1`                       | e.json:1:15: found the number 1 after the export object (expected the end of the file)",
        "unclosed         | `{\"scopes\":{\"tenant\":[`               | e.json:1:22: malformed JSON: Unexpected end-of-input",
    })
    void should_name_line_column_and_what_was_expected_when_the_export_is_malformed(String name, String json,
            String message) {
        // GIVEN a malformed export / WHEN parsed / THEN
        thenThrownBy(() -> BatchExport.parse("e.json", json, IDS)).isInstanceOf(ExportFormatException.class)
                .hasMessageStartingWith(message);
    }
}
