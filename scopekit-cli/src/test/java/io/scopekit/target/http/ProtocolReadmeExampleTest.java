package io.scopekit.target.http;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.target.Coverage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the {@code GET /v1/target} example of adapters/protocol/README.md true: the block is the example file, the
 * file passes the protocol's schema, and the kit's client reads the coverage it declares.
 */
class ProtocolReadmeExampleTest {
    private static final Path README = Path.of("adapters/protocol/README.md");
    private static final Path EXAMPLE = Path.of("adapters/protocol/examples/target.response.json");

    @Test
    void should_show_a_valid_target_description_with_coverage_when_the_protocol_readme_gives_its_example()
            throws Exception {
        // GIVEN the README's json block after its example marker
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int marker = lines.indexOf("<!-- example: examples/target.response.json -->");
        then(marker).as("marker of " + EXAMPLE + " in " + README).isNotNegative();
        then(lines.get(marker + 1)).isEqualTo("```json");
        int end = lines.subList(marker + 2, lines.size()).indexOf("```") + marker + 2;
        String shown = String.join("\n", lines.subList(marker + 2, end));

        // WHEN the example file is read as the client reads GET /v1/target
        String file = Files.readString(EXAMPLE, StandardCharsets.UTF_8).stripTrailing();
        JsonNode body = ProtocolJson.JSON.readTree(file);

        // THEN it is shown as it is, passes the schema, and declares one platform
        then(shown).isEqualTo(file);
        then(ProtocolSchemas.get().violation("target.response", body)).isNull();
        then(ProtocolJson.coverage(body.get("coverage"))).isEqualTo(Coverage.platforms("wechat-miniprogram"));
    }

    @Test
    void should_show_a_valid_port_description_with_containers_when_the_protocol_readme_gives_its_example()
            throws Exception {
        // GIVEN the README's json block after the port example's marker
        Path example = Path.of("adapters/protocol/examples/target-port.response.json");
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int marker = lines.indexOf("<!-- example: examples/target-port.response.json -->");
        then(marker).as("marker of " + example + " in " + README).isNotNegative();
        then(lines.get(marker + 1)).isEqualTo("```json");
        int end = lines.subList(marker + 2, lines.size()).indexOf("```") + marker + 2;
        String shown = String.join("\n", lines.subList(marker + 2, end));

        // WHEN the example file is read as the client reads GET /v1/target
        String file = Files.readString(example, StandardCharsets.UTF_8).stripTrailing();
        JsonNode body = ProtocolJson.JSON.readTree(file);

        // THEN it is shown as it is, passes the schema, and declares one platform in one container
        then(shown).isEqualTo(file);
        then(ProtocolSchemas.get().violation("target.response", body)).isNull();
        then(ProtocolJson.coverage(body.get("coverage"))).isEqualTo(new Coverage(java.util.Set.of("uni-authorize"),
                java.util.Set.of("wechat"), java.util.Set.of("mini-program")));
    }

    @Test
    void should_name_the_field_when_a_coverage_lists_no_platform() throws Exception {
        // GIVEN a description whose coverage has an empty platforms list (ambiguous: none, or every one?)
        JsonNode body = ProtocolJson.JSON.readTree(Files.readString(EXAMPLE, StandardCharsets.UTF_8)
                .replace("\"platforms\": [\"wechat-miniprogram\"]", "\"platforms\": []"));

        // WHEN / THEN the schema refuses it, naming the member
        then(ProtocolSchemas.get().violation("target.response", body)).contains("coverage").contains("platforms");
    }
}
