package io.scopekit.steps;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CucumberRuns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessAcceptanceTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void should_fail_denied_scenarios_naming_rule_and_passage_when_target_reprompts_after_denial() {
        // GIVEN a target that shows the consent prompt again for a scope the WeChat user denied
        CucumberRuns runs = CucumberRuns.kitFeatures()
                .with("scopekit.target", "class:io.scopekit.testsupport.RepromptAfterDenialTarget")
                .tags("@platform-wechat-miniprogram and @behaviour-denied-call");

        // WHEN the WeChat denied-call scenarios run against it
        CucumberRuns.Result result = runs.run();

        // THEN every one of them fails, saying what was expected, what was observed, the rule and its source
        then(result.passed()).isEmpty();
        then(result.failures()).isNotEmpty().allSatisfy(failure -> then(failure)
                .contains("prompts: expected [] but observed [consent(scope.")
                .contains("rule 'Denied scope: fail without a prompt'")
                .contains("不会出现弹窗")
                .doesNotContain("KIT DEFECT"));
    }

    @Test
    void should_use_target_named_by_suite_configuration_parameter_when_suite_runs() {
        // GIVEN a @Suite whose own @ConfigurationParameter names the wrong target (not the launcher's parameters)
        // WHEN it runs through the suite engine
        CucumberRuns.Result result = CucumberRuns.suite(io.scopekit.testsupport.RepromptingSuiteFixture.class);

        // THEN its WeChat mini-game denied-call scenarios fail against that target
        then(result.passed()).isEmpty();
        then(result.failures()).hasSize(5).allSatisfy(failure -> then(failure)
                .contains("rule 'Denied scope: fail without a prompt'"));
    }

    @Test
    void should_pass_the_same_scenarios_when_target_is_the_reference_runtime() {
        // GIVEN the reference runtime named by class, as a vendor would name theirs
        CucumberRuns runs = CucumberRuns.kitFeatures()
                .with("scopekit.target", "class:io.scopekit.target.reference.ReferenceTarget")
                .tags("@platform-wechat-miniprogram and @behaviour-denied-call");

        // WHEN the scenarios run
        CucumberRuns.Result result = runs.run();

        // THEN they all pass
        then(result.failures()).isEmpty();
        then(result.passed()).isNotEmpty();
    }

    @Test
    void should_report_kit_defect_when_scenario_contradicts_oracle() {
        // GIVEN scenarios whose statements contradict the oracle (a prompt after denial; a value where sources are silent)
        CucumberRuns runs = CucumberRuns.feature("io/scopekit/steps/fixtures/kit-defect.feature");

        // WHEN they run against the reference runtime
        CucumberRuns.Result result = runs.run();

        // THEN both fail as defects of the kit, not of the target
        then(result.passed()).isEmpty();
        then(result.failures()).hasSize(2).allSatisfy(failure -> then(failure).contains("=> KIT DEFECT: "));
        then(result.failures()).anySatisfy(failure -> then(failure)
                .contains("states prompts [consent(scope.record)] but the oracle expects []"));
        then(result.failures()).anySatisfy(failure -> then(failure)
                .contains("states auth_setting false but the sources leave it unspecified"));
    }

    @Test
    void should_attach_one_check_record_per_compared_aspect(@TempDir Path dir) throws Exception {
        // GIVEN a denied-call scenario and the Cucumber messages plugin
        Path messages = dir.resolve("run.ndjson");
        CucumberRuns runs = CucumberRuns.feature("io/scopekit/steps/fixtures/check-records.feature")
                .with("cucumber.plugin", "message:" + messages.toUri());

        // WHEN it runs
        CucumberRuns.Result result = runs.run();

        // THEN the messages stream carries the contract's check records: outcome, err_msg, prompts
        then(result.failures()).isEmpty();
        List<JsonNode> checks = new ArrayList<>();
        for (String line : Files.readAllLines(messages)) {
            JsonNode attachment = JSON.readTree(line).path("attachment");
            if ("application/vnd.scopekit.check+json".equals(attachment.path("mediaType").asString())) {
                checks.add(JSON.readTree(attachment.path("body").asString()));
            }
        }
        then(checks).extracting(c -> c.path("aspect").asString()).containsExactly("outcome", "err_msg", "prompts");
        then(checks).allSatisfy(check -> {
            then(check.path("requirement").asString()).isEqualTo("FIXTURE-CHECKS");
            then(check.path("platform").asString()).isEqualTo("wechat-miniprogram");
            then(check.path("scope").asString()).isEqualTo("scope.record");
            then(check.path("behaviour").asString()).isEqualTo("denied-call");
            then(check.path("status").asString()).isEqualTo("passed");
            then(check.path("rules").size()).isPositive();
            then(check.path("rules").get(0).path("passage").asString()).isNotBlank();
            then(check.has("note")).isTrue();
            then(check.has("container")).isTrue();
        });
        then(checks.get(0).path("expected").asString()).isEqualTo("fail");
        then(checks.get(0).path("observed").asString()).isEqualTo("fail");
        then(checks.get(1).path("observed").asString()).contains("auth den");
        then(checks.get(2).path("statedInScenario").asString()).isEqualTo("[]");
    }
}
