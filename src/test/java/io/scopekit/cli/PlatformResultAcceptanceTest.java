package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A platform whose scenarios only meet silent sources is reported "not-assessed", never "pass". */
class PlatformResultAcceptanceTest {

    @Test
    void should_report_not_assessed_when_every_check_of_a_platform_is_unspecified(@TempDir Path reports)
            throws IOException {
        // GIVEN on baidu only the scenarios of what its pages leave open (platform-specs/baidu.yaml, silentIn),
        // on bytedance its decided calls
        // WHEN
        VerifyRun r = VerifyRun.run("verify", "--platform", "baidu", "--platform", "bytedance",
                "--tags", "@req-BA-AUTHORIZE-NOT-DESCRIBED or @req-BA-GET-SETTING-NOT-DESCRIBED or @req-BD-GRANTED-CALL",
                "--report", reports.toString());

        // THEN the run is conformant, bytedance passes on compared checks, baidu was not assessed
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        ConformanceSummary s = Reports.readSummary(reports.resolve("latest").resolve("summary.json"));
        then(s.platforms()).extracting(ConformanceSummary.PlatformResult::platform,
                        ConformanceSummary.PlatformResult::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("baidu", "not-assessed"),
                        org.assertj.core.groups.Tuple.tuple("bytedance", "pass"));
        then(s.certificate().platforms()).extracting(ConformanceSummary.PlatformVerdict::result)
                .containsExactly("not-assessed", "pass");
    }
}
