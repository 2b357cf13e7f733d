package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: {@code explain} takes its domain options from the domains ({@code domain.Domains}) instead of declaring
 * them, and its help must not change for that. The golden was written by the command as it declared every option
 * itself (main b3c8578) and is never regenerated.
 */
class ExplainHelpGoldenTest {

    private static final Path GOLDEN = Path.of("scopekit-cli/src/test/resources/golden/help/explain.txt");

    @Test
    void should_print_the_help_of_b3c8578_byte_for_byte_when_explain_help_is_asked() throws IOException {
        // GIVEN the help explain printed when it declared its options itself
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);

        // WHEN explain's help is printed now
        CliRun.Result help = CliRun.scopekit("explain", "--help");

        // THEN it is the same bytes
        then(help.exitCode()).isZero();
        then(help.out()).isEqualTo(golden);
    }
}
