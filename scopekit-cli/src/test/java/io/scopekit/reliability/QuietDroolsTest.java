package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.testsupport.VerifyRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Drools' own INFO and ERROR logs stay off stderr: the kit reports rule problems itself, once, with positions. */
@Isolated("replaces System.err, which every class writes to")
class QuietDroolsTest {

    @Test
    void should_keep_drools_logs_off_stderr_when_rules_fail_to_compile() {
        // GIVEN stderr captured
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        VerifyRun run;
        try {
            // WHEN rules that do not compile are used
            run = VerifyRun.run("explain", "--platform", "feishu-gadget", "--scope", "scope.camera", "--action",
                    "call-api", "--rules", "scopekit-cli/src/test/resources/rules-malformed");
        } finally {
            System.setErr(original);
        }

        // THEN the command reports the problem, and nothing was logged by Drools
        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("broken.drl:7");
        then(captured.toString(StandardCharsets.UTF_8)).doesNotContain("org.drools").doesNotContain("org.kie")
                .doesNotContain("ERROR");
    }
}
