package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.NoToggleTarget;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target error on an action with no check of its own (issue 21, item 2) is reported on the step where it happened,
 * not blamed on the next call.
 */
class TargetErrorOnUncheckedActionAcceptanceTest {

    @Test
    void should_fail_the_switch_step_naming_the_target_error_when_toggle_setting_is_answered_unsupported(
            @TempDir Path reports) throws IOException {
        // GIVEN a target that answers a switch in the settings page with unsupported-action
        // WHEN the WeChat mini-program scenarios that switch a scope off and then call its API run
        VerifyRun r = VerifyRun.run("verify", "--platform", "wechat-miniprogram", "--tags", "@req-WMP-TOGGLE-OFF",
                "--target", "class:" + NoToggleTarget.class.getName(), "--report", reports.toString());

        // THEN each scenario failed on its switch step, with the target's error, and no call after it took the blame
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        ConformanceSummary s = Reports.readSummary(Reports.runDirOf(reports).resolve(Reports.SUMMARY_JSON));
        then(s.failures()).isEmpty();
        then(s.errors()).isNotEmpty().allSatisfy(e -> {
            then(e.step()).startsWith("When the user switches ").endsWith(" off in the settings page");
            then(e.message()).contains("unsupported-action").contains(NoToggleTarget.MESSAGE);
            then(e.behaviour()).isEqualTo("toggle-setting");
        });
    }
}
