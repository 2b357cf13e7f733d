package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.groups.Tuple.tuple;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No green without judged checks (issue 24, item 3): a platform whose scenarios only meet silent sources is "not
 * assessed", never "pass", and never counted conformant; a platform where the kit has checks to judge but the target
 * declared every one unsupported is "not judged", which is not conformant.
 */
class PlatformResultAcceptanceTest {

    @Test
    void should_exit_7_conformant_where_assessed_naming_baidu_when_every_check_of_baidu_is_unspecified(
            @TempDir Path reports) throws IOException {
        // GIVEN on baidu only the scenarios of what its pages leave open (platform-specs/baidu.yaml, silentIn),
        // on bytedance its decided calls
        // WHEN
        VerifyRun r = VerifyRun.run("verify", "--platform", "baidu", "--platform", "bytedance",
                "--tags", "@req-BA-AUTHORIZE-NOT-DESCRIBED or @req-BA-GET-SETTING-NOT-DESCRIBED or @req-BD-GRANTED-CALL",
                "--report", reports.toString());

        // THEN bytedance passes on compared checks, baidu was not assessed, and the run is only conformant where
        // assessed: not the exit code of a fully conformant run
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.NOT_ASSESSED);
        then(r.out()).startsWith("conformant where assessed: ")
                .contains("not assessed: baidu (every check is unspecified by the sources");
        ConformanceSummary s = Reports.readSummary(reports.resolve("latest").resolve("summary.json"));
        then(s.verdict()).isEqualTo(ConformanceSummary.CONFORMANT_WHERE_ASSESSED);
        then(s.conformant()).isFalse();
        then(s.platforms()).extracting(ConformanceSummary.PlatformResult::platform,
                        ConformanceSummary.PlatformResult::result)
                .containsExactly(tuple("baidu", "not-assessed"), tuple("bytedance", "pass"));
        then(s.certificate().verdict()).isEqualTo(ConformanceSummary.CONFORMANT_WHERE_ASSESSED);
        then(s.certificate().platforms()).extracting(ConformanceSummary.PlatformVerdict::result)
                .containsExactly("not-assessed", "pass");
        then(Files.readString(reports.resolve("latest").resolve(Reports.SUMMARY_MD)))
                .contains("conformant where assessed").contains("not assessed: baidu");
        then(Files.readString(reports.resolve("latest").resolve(Reports.SUMMARY_HTML)))
                .contains("conformant where assessed").contains("not assessed: baidu");
    }

    @Test
    void should_exit_7_not_assessed_when_the_only_selected_platform_has_nothing_to_judge(@TempDir Path reports)
            throws IOException {
        // WHEN
        VerifyRun r = VerifyRun.run("verify", "--platform", "baidu",
                "--tags", "@req-BA-AUTHORIZE-NOT-DESCRIBED or @req-BA-GET-SETTING-NOT-DESCRIBED",
                "--report", reports.toString());

        // THEN nothing was judged, so nothing is conformant
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.NOT_ASSESSED);
        then(r.out()).startsWith("not assessed: ");
        ConformanceSummary s = Reports.readSummary(reports.resolve("latest").resolve("summary.json"));
        then(s.verdict()).isEqualTo(ConformanceSummary.NOT_ASSESSED);
    }

    @Test
    void should_exit_6_not_judged_when_a_target_that_inverts_every_outcome_declares_every_aspect_unsupported(
            @TempDir Path reports) throws IOException {
        // WHEN the kit's scenarios of two platforms it can judge run against a target that answers the opposite of
        // the reference and declares every aspect unsupported
        VerifyRun r = VerifyRun.run("verify", "--platform", "alipay", "--platform", "bytedance", "--target",
                "class:io.scopekit.testsupport.UnsupportedEverywhereTarget", "--report", reports.toString());

        // THEN no platform is conformant: each had checks the kit can judge, and the target left all of them unjudged
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.NOT_JUDGED);
        then(r.out()).startsWith("not judged: ").doesNotContainPattern("(?m)^(non-)?conformant")
                .contains("not judged: alipay, bytedance (the target declared every check");
        ConformanceSummary s = Reports.readSummary(reports.resolve("latest").resolve("summary.json"));
        then(s.verdict()).isEqualTo(ConformanceSummary.NOT_JUDGED);
        then(s.totals().checks().passed() + s.totals().checks().failed()).isZero();
        then(s.totals().checks().unsupported()).isPositive();
        then(s.platforms()).extracting(ConformanceSummary.PlatformResult::result).containsOnly("not-judged");
        then(s.certificate().verdict()).isEqualTo(ConformanceSummary.NOT_JUDGED);
    }
}
