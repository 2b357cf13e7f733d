package io.scopekit.site;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.content.KitContent;
import io.scopekit.report.ScenarioResult;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remote target's captured exchange (a text attachment of a scenario) on the scenario's page. */
class CapturedExchangeSiteTest {

    @TempDir
    Path out;

    @Test
    void should_show_the_captured_exchange_escaped_and_redacted_when_a_scenario_carries_one() throws IOException {
        // GIVEN the FX-DENIED fixture scenario with an exchange whose body holds markup and a token
        String body = "POST /open-apis/x\n{\"errMsg\":\"<script>alert(2)</script>\",\"access_token\":\"t-g1044ab_secret9\"}";
        ScenarioResult result = new ScenarioResult("a denied scope fails with a hostile errMsg",
                "file:scopekit-cli/src/test/resources/fixtures/features/feishu.feature", 11, "feishu-gadget", "FX-DENIED", 3, true,
                "failed", "err_msg differs", List.of(),
                List.of(new ScenarioResult.Capture("application/json", "exchange-1", body)));
        var inputs = new DocsSite.Inputs(SpecCatalog.loadEmbedded(), KitContent.read(null, "rules", ".drl"),
                KitContent.directory(VerifyRun.FIXTURE_FEATURES, ".feature"), null, List.of(result));

        // WHEN
        DocsSite.write(inputs, out);
        String page = Files.readString(out.resolve("scenario-feishu-11.html"));

        // THEN
        then(page).contains("Captured exchanges").contains("exchange-1").contains("POST /open-apis/x")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;").doesNotContain("<script>alert(2)")
                .doesNotContain("g1044ab_secret9");
    }
}
