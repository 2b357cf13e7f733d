package io.scopekit.spec;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec or simulator configuration over the documented size limit is rejected before it is parsed, naming the
 * file and the limit (issue 24 item 11: a 10 MB YAML string took about 50 s to be rejected).
 */
class InputSizeLimitTest {
    private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

    @Test
    void should_reject_a_spec_file_naming_it_and_the_limit_when_it_is_larger_than_1_mib(@TempDir Path dir)
            throws IOException {
        // GIVEN the kit's specs plus a spec file holding a 10 MB string
        try (var files = Files.list(Path.of("platform-specs"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("huge.yaml"), "kind: client-platform\nid: huge\nname: \"" + TEN_MB + "\"\n");

        // WHEN
        VerifyRun run = VerifyRun.run("specs", "lint", "--specs", dir.toString());

        // THEN bad input naming the file and the limit
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.out() + run.err()).contains("huge.yaml").contains("1048576 bytes");
    }

    @Test
    void should_reject_a_simulator_config_naming_it_and_the_limit_when_it_is_larger_than_1_mib(@TempDir Path dir)
            throws IOException {
        // GIVEN a simulator configuration holding a 10 MB string
        Path config = dir.resolve("big-config.yaml");
        Files.writeString(config, "platform: feishu-openplatform\nnote: \"" + TEN_MB + "\"\n");

        // WHEN
        VerifyRun run = VerifyRun.run("simulate", "feishu-openplatform", "--config", config.toString());

        // THEN bad input naming the file and the limit, and no simulator started
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("big-config.yaml").contains("1048576 bytes");
    }
}
