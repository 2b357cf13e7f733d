package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.check.CheckRecord;
import io.scopekit.report.ConformanceSummary.Cell;
import io.scopekit.report.ConformanceSummary.Certificate;
import io.scopekit.report.ConformanceSummary.Counts;
import io.scopekit.report.ConformanceSummary.Finding;
import io.scopekit.report.ConformanceSummary.PlatformResult;
import io.scopekit.report.ConformanceSummary.PlatformVerdict;
import io.scopekit.report.ConformanceSummary.ScenarioError;
import io.scopekit.report.ConformanceSummary.Totals;
import io.scopekit.report.ConformanceSummary.WaiverNote;
import io.scopekit.report.ConformanceSummary.WaiverNotes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins {@code summary.json} for a summary where every part is filled (failures, waived findings, errors, every
 * kind of waiver note, shards), so the reference run (which has none of those) is not the only guard of the
 * file's field order and {@code null}s. {@code golden/report/summary.json} was written by the Jackson 2 writer
 * the report layer had before it moved to Jackson 3.
 */
class JsonSummaryWriterTest {

    private static final Path GOLDEN = Path.of("scopekit-cli/src/test/resources/golden/report/summary.json");

    static ConformanceSummary sample() {
        Counts counts = new Counts(3, 1, 1, 2, 0);
        WaiverNote onFinding = new WaiverNote("AP-DENIED", "alipay", null, null, "vendor ticket 7", "2030-01-31", 2,
                null);
        CheckRecord.Rule rule = new CheckRecord.Rule("Denied scope: fail", "consent/calls.drl",
                "002_e6de7b55752006f3.txt", "authorize", "如果用户已拒绝授权，则不会出现弹窗 \"quoted\"");
        Finding failed = new Finding("FG-DENIED-CALL", "feishu-gadget", null, "scope.camera", "denied-call",
                "prompts", "Denied camera", "features/feishu.feature", 42, "[guide-to-settings(scope.camera)]", "[]",
                "[guide-to-settings(scope.camera)]", null, List.of(rule), null);
        Finding waived = new Finding("AP-DENIED", "alipay", null, "scope.camera", "denied-call", "err_msg",
                "Denied alipay", "features/alipay.feature", 7, "contains one of [deny]", "error: <b>", null,
                "kit-defect", List.of(), onFinding);
        ScenarioError error = new ScenarioError("Broken", "features/x.feature", 3, "baidu", null, "undefined",
                "undefined step: \"a step\" (no step definition matches it)");
        return new ConformanceSummary(ConformanceSummary.SCHEMA, "20260101T000000Z-abcdef", "non-conformant", true,
                new Totals(5, 2, 20, counts),
                List.of(new PlatformResult("alipay", "pass", 2, 0, counts),
                        new PlatformResult("baidu", "not-assessed", 1, 1, new Counts(0, 0, 0, 0, 0))),
                List.of(new Cell("uni-authorize/bytedance", "(app)", "renamed-scope", counts)),
                List.of(failed), List.of(waived), List.of(error),
                new WaiverNotes("waivers.yaml",
                        List.of(new WaiverNote("B", null, "scope.record", "prompts", "known", null, 5,
                                "waiver no longer needed")),
                        List.of(new WaiverNote("C", null, null, null, "gone", null, 9, "waiver matches nothing")),
                        List.of(new WaiverNote("D", "kuaishou", null, null, "old", "2020-01-01", 12,
                                "waiver expired"))),
                new Certificate("0.1.0-dev", new RunInfo.TargetInfo("reference", "0.1.0-dev", "ScopeKit reference",
                        "reference"), "2026-01-01T00:00:00Z", "non-conformant",
                        List.of(new PlatformVerdict("alipay", "pass")), List.of("1/2", "2/2"),
                        List.of(new RunInfo.FileHash("spec", "alipay.yaml", "ab12")),
                        List.of(), new ConformanceSummary.Sensitivity(34, 34, 1.0, 2, 3, 4)),
                List.of(new ConformanceSummary.SilentAspect("prompts", "wechat-miniprogram", null, "os-prompt-order",
                        3, true, List.of(new ConformanceSummary.Observed("[consent(scope.record)]", 2,
                                        List.of("WMP-OS-PROMPT-ORDER")),
                                new ConformanceSummary.Observed("<b>none</b>", 1, List.of("WMG-OS-PROMPT-ORDER"))))));
    }

    @Test
    void should_write_the_golden_summary_json_when_every_part_is_filled() throws IOException {
        // GIVEN
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // WHEN
        JsonSummaryWriter.write(sample(), out);

        // THEN
        then(out.toByteArray()).isEqualTo(Files.readAllBytes(GOLDEN));
    }

    @Test
    void should_read_back_the_summary_it_wrote_when_reading_summary_json() throws IOException {
        // WHEN
        ConformanceSummary read = Reports.readSummary(GOLDEN);

        // THEN
        then(read).isEqualTo(sample());
    }
}
