package io.scopekit.steps;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cucumber.java.en.When;
import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.steps.internal.ScenarioState;
import io.scopekit.domain.consent.Conversation;
import io.scopekit.domain.consent.Exchange;
import org.apiguardian.api.API;

/**
 * Performs what the app, the user or the device does; each action is put to the oracle and to the target.
 * Promise-form wording maps to the same action as the callback form: the SPI carries no form, a target runs the
 * form it implements.
 */
@API(status = INTERNAL)
public final class WhenSteps {
    private final ScenarioState state;

    public WhenSteps(ScenarioState state) {
        this.state = state;
    }

    @When("the app calls {string}")
    @When("小程序调用 {string}")
    public void theAppCalls(String api) {
        conversation().act(Action.callApi(api), null);
    }

    @When("the app calls {string} and the user {verdict}")
    @When("小程序调用 {string} 且用户{verdict}")
    public void theAppCallsAndTheUserAnswers(String api, Answer answer) {
        conversation().act(Action.callApi(api), answer);
    }

    @When("the app asks ahead for {string}")
    @When("the app awaits authorize for {string} as a Promise")
    @When("小程序提前请求授权 {string}")
    public void theAppAsksAhead(String scope) {
        conversation().act(Action.authorize(scope), null);
    }

    @When("the app asks ahead for {string} and the user {verdict}")
    @When("the app awaits authorize for {string} as a Promise and the user {verdict}")
    @When("小程序提前请求授权 {string} 且用户{verdict}")
    public void theAppAsksAheadAndTheUserAnswers(String scope, Answer answer) {
        conversation().act(Action.authorize(scope), answer);
    }

    @When("the app calls authorize without a scope")
    public void theAppAuthorizesWithoutAScope() {
        conversation().act(Action.authorizeWithoutScope(), null);
    }

    @When("the app reads the authorization settings")
    @When("小程序读取授权设置")
    public void theAppReadsTheSettings() {
        conversation().act(Action.getSetting(), null);
    }

    @When("the user opens the settings page")
    @When("用户打开权限设置界面")
    public void theUserOpensTheSettingsPage() {
        conversation().act(Action.openSetting(), null);
    }

    @When("the user switches {string} {position} in the settings page")
    public void theUserSwitches(String scope, Boolean on) {
        actWithoutCheck(Action.toggleSetting(scope, on));
    }

    @When("用户在权限设置界面{position} {string}")
    public void theUserSwitchesZh(Boolean on, String scope) {
        actWithoutCheck(Action.toggleSetting(scope, on));
    }

    @When("the user deletes the app")
    @When("用户删除小程序")
    public void theUserDeletesTheApp() {
        actWithoutCheck(Action.deleteApp());
    }

    @When("the user reinstalls the client")
    @When("用户卸载并重装客户端")
    public void theUserReinstalls() {
        actWithoutCheck(Action.reinstall());
    }

    @When("the user signs in on another device")
    @When("用户在另一台设备上登录")
    public void theUserChangesDevice() {
        actWithoutCheck(Action.changeDevice("device-2"));
    }

    @When("the client is upgraded to version {string}")
    @When("客户端升级到版本 {string}")
    public void theClientIsUpgraded(String version) {
        actWithoutCheck(Action.upgradeClient(version));
    }

    /**
     * Performs an action of the user or the device, which no Then step checks directly: a target error on it fails
     * this step, where it happened. Left to the next call, it would be reported nowhere but in the captured
     * exchanges, and that call, made in a state that never came about, would take the blame (issue 21, item 2).
     */
    private void actWithoutCheck(Action action) {
        Exchange exchange = conversation().act(action, null);
        if (exchange.failedOnTarget()) {
            throw new AssertionError("the target raised " + exchange.targetError().kind().wireName() + " on "
                    + action.type().wireName() + (action.scope() == null ? "" : " " + action.scope()) + ": "
                    + exchange.targetError().message());
        }
    }

    private Conversation conversation() {
        return state.conversation();
    }
}
