package io.scopekit.steps;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cucumber.java.en.Then;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.domain.consent.ConsentMatchers;
import io.scopekit.oracle.Decision;
import io.scopekit.harness.AspectMatcher;
import io.scopekit.harness.CheckRecorder;
import io.scopekit.domain.consent.Exchange;
import io.scopekit.harness.Where;
import io.scopekit.target.Observation;
import io.scopekit.target.PortRun;
import io.scopekit.target.Strictness;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import io.scopekit.steps.internal.ScenarioState;
import org.apiguardian.api.API;

/**
 * States what must be observed. Every step checks the scenario's statement against the oracle (a mismatch is a
 * KIT DEFECT) and the target's observation against the oracle, and attaches one check record per aspect.
 */
@API(status = INTERNAL)
public final class ThenSteps {
    private final ScenarioState state;

    public ThenSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("the call/request succeeds")
    @Then("the Promise resolves")
    @Then("调用成功")
    public void succeeds() {
        outcome(Outcome.SUCCESS);
    }

    @Then("the call/request fails")
    @Then("the Promise rejects")
    @Then("调用失败")
    public void fails() {
        outcome(Outcome.FAIL);
    }

    @Then("the call/request fails with an errMsg containing {string} or {string}")
    @Then("调用失败，errMsg 包含 {string} 或 {string}")
    public void failsWithErrMsg(String first, String second) {
        outcome(Outcome.FAIL);
        List<String> stated = sorted(List.of(first, second));
        checks().check(Aspect.ERR_MSG, stated, d -> sorted(d.errMsgPatterns()), Observation::errMsg,
                AspectMatcher.containsAny());
    }

    @Then("the outcome is unspecified by the sources")
    @Then("资料未规定调用结果")
    public void outcomeUnspecified() {
        checks().check(Aspect.OUTCOME, null, Decision::outcome, Observation::outcome, AspectMatcher.equality());
    }

    @Then("the error message is unspecified by the sources")
    @Then("资料未规定 errMsg")
    public void errMsgUnspecified() {
        checks().check(Aspect.ERR_MSG, null, d -> sorted(d.errMsgPatterns()), Observation::errMsg,
                (expected, observed, strictness) -> true);
    }

    @Then("the prompts are unspecified by the sources")
    @Then("资料未规定弹窗")
    public void promptsUnspecified() {
        checks().check(Aspect.PROMPTS, null, Decision::prompts, Observation::prompts, ConsentMatchers.prompts());
    }

    @Then("the settings are unspecified by the sources")
    @Then("资料未规定授权设置")
    public void settingsUnspecified() {
        checks().check(Aspect.AUTH_SETTING, null, Decision::authSetting, Observation::authSetting, AspectMatcher.equality());
    }

    @Then("the settings page is unspecified by the sources")
    @Then("资料未规定权限设置界面")
    public void settingsPageUnspecified() {
        checks().check(Aspect.SETTINGS_LIST, null, d -> sorted(d.settingsList()), o -> sorted(o.settingsList()),
                AspectMatcher.equality());
    }

    @Then("the response fields are unspecified by the sources")
    @Then("资料未规定返回结果的字段")
    public void responseFieldsUnspecified() {
        checks().check(Aspect.RESPONSE_FIELDS, null, d -> sorted(d.responseFields()), o -> sorted(o.response().keySet()),
                AspectMatcher.equality());
    }

    @Then("no prompt is shown")
    @Then("不弹窗")
    public void noPrompt() {
        prompts(List.of());
    }

    @Then("the user is asked to allow {string}")
    @Then("弹窗询问用户授权 {string}")
    public void askedToAllow(String scope) {
        prompts(List.of(Prompt.consent(scope)));
    }

    @Then("a prompt guides the user to the settings page for {string}")
    @Then("弹窗引导用户前往权限设置界面开启 {string}")
    public void guidedToSettings(String scope) {
        prompts(List.of(Prompt.guideToSettings(scope)));
    }

    @Then("the prompt for {string} is shown before the operating system's prompt")
    @Then("先出现 {string} 的小程序授权弹窗，再出现系统授权弹窗")
    public void platformPromptFirst(String scope) {
        prompts(List.of(Prompt.consent(scope), Prompt.osPermission(scope)));
    }

    @Then("the settings report {string} as {tristate}")
    @Then("授权设置中 {string} 为 {tristate}")
    public void settingsReport(String scope, String value) {
        checks().check(Aspect.AUTH_SETTING, value, d -> tristate(d.authSetting(), scope),
                o -> o == null ? null : tristate(o.authSetting(), scope), AspectMatcher.equality());
    }

    @Then("the settings report no scopes")
    @Then("授权设置为空")
    public void settingsEmpty() {
        checks().check(Aspect.AUTH_SETTING, Map.<String, Boolean>of(), Decision::authSetting,
                o -> o == null ? null : o.authSetting(), AspectMatcher.equality());
    }

    @Then("the settings page lists {string}")
    @Then("权限设置界面列出 {string}")
    public void settingsPageLists(String scopes) {
        checks().check(Aspect.SETTINGS_LIST, split(scopes), d -> sorted(d.settingsList()),
                o -> o == null ? null : sorted(o.settingsList()), AspectMatcher.equality());
    }

    @Then("the settings page lists no scopes")
    @Then("权限设置界面不列出任何权限")
    public void settingsPageEmpty() {
        settingsPageLists("");
    }

    @Then("the response carries {string}")
    @Then("返回结果包含字段 {string}")
    public void responseCarries(String fields) {
        checks().check(Aspect.RESPONSE_FIELDS, split(fields), d -> sorted(d.responseFields()),
                o -> o == null ? null : sorted(o.response().keySet()), ThenSteps::fieldsMatch);
    }

    @Then("the response carries no platform fields")
    public void responseCarriesNothing() {
        responseCarries("");
    }

    /**
     * Checks a hosted port's callbacks against the outcome the oracle decided (seed 002 参数: options.success 成功的回调,
     * options.fail 失败的回调, options.complete 结束的回调): success or fail once as the outcome says and complete once
     * in the call made with callbacks; and, in the same call made separately in the Promise form, the Promise settled
     * the same way (seed 002 §示例 shows the callback form and the Promise form as two separate calls, so a port that
     * returns no Promise when callbacks are given, as uni-app does, is not at fault; issue 20, item 10). A host that
     * ran no Promise-form call leaves the Promise unjudged here. A target that hosts no port reports no
     * {@link PortRun} and has nothing to check here (docs/node-host.md).
     *
     * @throws AssertionError naming what ran and the port's native calls when the port deviates
     */
    @Then("the port ran success or fail as the outcome says, then complete, each once, and its Promise settled the same way")
    public void portCallbacks() {
        Exchange last = state.conversation().last();
        PortRun run = last.observation() == null ? null : last.observation().portRun();
        Outcome outcome = last.decision().outcome();
        if (run == null || outcome == null || last.decision().isUnspecified(Aspect.OUTCOME)) {
            return;
        }
        int success = outcome == Outcome.SUCCESS ? 1 : 0;
        int fail = outcome == Outcome.FAIL ? 1 : 0;
        String promise = outcome == Outcome.SUCCESS ? "resolved" : "rejected";
        boolean callbacksOk = run.success() == success && run.fail() == fail && run.complete() == 1;
        boolean promiseOk = run.promiseForm() == null || promise.equals(run.promiseForm());
        if (!callbacksOk || !promiseOk) {
            throw new AssertionError("port callbacks: expected success " + success + ", fail " + fail
                    + ", complete 1 in the callback form and the Promise form " + promise + " (outcome "
                    + outcome.wireName() + ") but observed success " + run.success() + ", fail " + run.fail()
                    + ", complete " + run.complete() + " and the Promise form " + run.promiseForm()
                    + (run.threw() == null ? "" : "; the call threw " + run.threw())
                    + " (port native calls: " + run.evidence() + ")");
        }
    }

    /**
     * Checks that every native call of a hosted port that names a scope names it as the container does: the port
     * matrix's {@code nativeNames} for the container, else the port's own scope id (seed 002 scope 列表; the
     * ByteDance name scope.album from its public scope list). A port that answers without asking the container has
     * nothing to check here.
     *
     * @throws AssertionError naming the native calls when a call names the scope otherwise
     */
    @Then("the port asked the container for {string} under the container's name for it")
    public void portNativeScope(String scope) {
        Exchange last = state.conversation().last();
        PortRun run = last.observation() == null ? null : last.observation().portRun();
        if (run == null) {
            return;
        }
        Where where = state.conversation().where();
        String expected = state.conversation().resources().recordKey(where.platform(), where.container(), scope);
        List<String> named = run.nativeCalls().stream().map(PortRun.NativeCall::scope).filter(Objects::nonNull).toList();
        if (!named.stream().allMatch(expected::equals)) {
            throw new AssertionError("native scope: expected the port to ask the " + where.container()
                    + " container for " + expected + " but it asked for " + String.join(", ", named)
                    + " (port native calls: " + run.evidence() + ")");
        }
    }

    private CheckRecorder<Aspect, Decision, Observation> checks() {
        return state.checks();
    }

    private void outcome(Outcome stated) {
        checks().check(Aspect.OUTCOME, stated, Decision::outcome, o -> o == null ? null : o.outcome(), AspectMatcher.equality());
    }

    private void prompts(List<Prompt> stated) {
        Function<Observation, Object> observed = o -> o == null ? null : o.prompts();
        checks().check(Aspect.PROMPTS, stated, Decision::prompts, observed, ConsentMatchers.prompts());
    }

    private static boolean fieldsMatch(List<String> expected, Object observed, Strictness strictness) {
        if (!(observed instanceof List<?> list)) {
            return false;
        }
        return strictness == Strictness.PATTERN ? list.containsAll(expected) : expected.equals(list);
    }

    private static String tristate(Map<String, Boolean> authSetting, String scope) {
        if (authSetting == null) {
            return null;
        }
        Boolean value = authSetting.get(scope);
        return value == null ? "absent" : value.toString();
    }

    private static List<String> split(String commaSeparated) {
        return sorted(Arrays.stream(commaSeparated.split("[,，、]"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static List<String> sorted(Collection<String> values) {
        return values == null ? null : values.stream().filter(Objects::nonNull).sorted().toList();
    }
}
