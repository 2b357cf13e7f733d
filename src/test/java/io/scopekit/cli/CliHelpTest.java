package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import org.junit.jupiter.api.Test;

/** What {@code --help} tells a newcomer (issue 21). */
class CliHelpTest {

    @Test
    void should_say_how_a_class_target_gets_on_the_class_path_when_verify_help_is_printed() {
        // WHEN
        CliRun.Result help = CliRun.scopekit("verify", "--help");

        // THEN the launcher's --classpath, which picocli never sees, is named with an example
        then(help.exitCode()).isZero();
        then(help.out().replaceAll("\\s+", " ")).contains("--classpath target/classes --target class:com.acme.AcmeTarget");
    }
}
