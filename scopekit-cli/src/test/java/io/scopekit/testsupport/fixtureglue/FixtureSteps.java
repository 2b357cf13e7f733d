package io.scopekit.testsupport.fixtureglue;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.scopekit.harness.RunSettings;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Target;
import io.scopekit.harness.Targets;

/**
 * Tiny glue for the report tests' fixture features: attaches scopekit check records exactly as the real
 * steps do (docs/harness-contract.md) with values written in the scenario, so report content is known.
 */
public final class FixtureSteps {

    private Scenario scenario;

    @Before
    public void remember(Scenario scenario) {
        this.scenario = scenario;
    }

    @Given("the configured target opens a session")
    public void open() {
        Target target = Targets.resolve(RunSettings.captured().target());
        target.open(new SessionConfig("feishu-gadget", null, "mini-program", null, "app", "user", "device")).close();
    }

    @Then("the {word} check for {word} is {word} with expected {string} and observed {string}")
    public void check(String aspect, String scope, String status, String expected, String observed) {
        String json = "{\"requirement\":" + q(tag("@req-")) + ",\"platform\":" + q(tag("@platform-"))
                + ",\"container\":null,\"scope\":" + q(scope) + ",\"behaviour\":" + q(tag("@behaviour-"))
                + ",\"aspect\":" + q(aspect) + ",\"status\":" + q(status) + ",\"expected\":" + q(expected)
                + ",\"observed\":" + q(observed) + ",\"statedInScenario\":" + q(expected)
                + ",\"rules\":[{\"name\":\"denied scope fails and guides to settings\",\"file\":\"consent/denied.drl\","
                + "\"seed\":\"000_de03a4aa8ad1be62.txt\",\"section\":\"调用接口后的行为说明\","
                + "\"passage\":\"用户拒绝授权后再次调用将直接失败\"}],\"note\":null,\"strictness\":"
                // as the harness records it, so report verify and merge derive the same status again
                + q("unsupported".equals(status) ? "unsupported" : "exact") + "}";
        scenario.attach(json, "application/vnd.scopekit.check+json", "check");
        if ("failed".equals(status)) {
            throw new AssertionError(aspect + " of " + scope + ": expected " + expected + " but observed " + observed);
        }
    }

    // Target-provided text (secrets) is given base64-encoded so it does not appear in the feature text.
    @Then("the {word} check for {word} is {word} with expected {string} and observed base64 {string}")
    public void checkEncoded(String aspect, String scope, String status, String expected, String observed) {
        check(aspect, scope, status, expected, decode(observed));
    }

    @Then("the step breaks with base64 {string}")
    public void breaks(String message) {
        throw new IllegalStateException(decode(message));
    }

    private static String decode(String base64) {
        return new String(java.util.Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
    }

    private String tag(String prefix) {
        return scenario.getSourceTagNames().stream().filter(t -> t.startsWith(prefix))
                .map(t -> t.substring(prefix.length())).findFirst().orElse(null);
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(s);
    }
}
