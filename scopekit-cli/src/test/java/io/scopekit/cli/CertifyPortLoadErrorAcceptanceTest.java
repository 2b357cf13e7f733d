package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import io.scopekit.testsupport.NodeJs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A port that throws while loading is a finding of the port (exit 1, its stack in the report), never a kit crash. */
class CertifyPortLoadErrorAcceptanceTest {

    @BeforeAll
    static void node() {
        NodeJs.assumeHost();
    }

    @Test
    void should_exit_1_with_the_stack_in_the_report_when_the_port_throws_while_loading(@TempDir Path report)
            throws IOException {
        // GIVEN a port whose module throws at load time (adapters/node/fixtures/throwing-port/index.js): one load
        // finding per container, six with Feishu
        Path port = NodeHostProcess.kitHome().resolve("adapters/node/fixtures/throwing-port");

        // WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", port.toString(), "--judge", "matrix", "--report", report.toString());

        // THEN
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out()).startsWith("deviations: throwing-port@0.0.1 on uni-authorize, 6 findings");
        JsonNode json = JsonMapper.builder().build().readTree(report.resolve("certification.json").toFile());
        then(json.path("verdict").asString()).isEqualTo("deviations");
        JsonNode first = json.path("findings").get(0);
        then(first.path("kind").asString()).isEqualTo("load");
        then(first.path("observed").asString()).contains("cannot initialise: missing native bridge");
        then(first.path("evidence").asString()).contains("at brokenInitialisation (").contains("throwing-port");
        then(Files.readString(report.resolve("certification.md"))).contains("    Error: cannot initialise");
    }

    @Test
    void should_exit_2_naming_the_path_when_the_port_does_not_exist(@TempDir Path report) {
        // GIVEN / WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", "./no/such/port", "--report", report.toString());

        // THEN
        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("PORT ./no/such/port: no such file or directory");
    }
}
