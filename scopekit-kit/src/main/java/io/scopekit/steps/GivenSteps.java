package io.scopekit.steps;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.cucumber.java.en.Given;
import io.scopekit.consent.Answer;
import io.scopekit.consent.RecordState;
import io.scopekit.harness.Where;
import io.scopekit.steps.internal.ScenarioState;
import io.scopekit.domain.consent.Conversation;
import org.apiguardian.api.API;

/**
 * Sets up who and where: the platform (or the @uni/authorize container), the client version and the answers the
 * user gave earlier. Earlier answers are given on the target the way the sources describe, never injected.
 */
@API(status = INTERNAL)
public final class GivenSteps {
    private final ScenarioState state;

    public GivenSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("a/an {platform} user")
    @Given("一个{platform}用户")
    public void aUser(Where platform) {
        conversation().runOn(platform);
    }

    @Given("a/an {platform} user on client version {string}")
    public void aUserOnVersion(Where platform, String version) {
        conversation().runOn(platform);
        conversation().clientVersion(version);
    }

    @Given("一个客户端版本为 {string} 的{platform}用户")
    public void aUserOnVersionZh(String version, Where platform) {
        aUserOnVersion(platform, version);
    }

    @Given("an app using @uni\\/authorize in the {string} container")
    public void aUniApp(String container) {
        conversation().runOn(Where.uniAuthorize(container));
    }

    @Given("a/an {platform} user who granted {string}")
    @Given("一个{platform}用户已授权 {string}")
    public void aUserWhoGranted(Where platform, String scope) {
        conversation().runOn(platform);
        conversation().establish(scope, RecordState.GRANTED);
    }

    @Given("a/an {platform} user who denied {string}")
    @Given("一个{platform}用户已拒绝 {string}")
    public void aUserWhoDenied(Where platform, String scope) {
        conversation().runOn(platform);
        conversation().establish(scope, RecordState.DENIED);
    }

    @Given("a/an {platform} user who was never asked for {string}")
    @Given("一个{platform}用户从未被询问过 {string}")
    public void aUserNeverAsked(Where platform, String scope) {
        conversation().runOn(platform);
        conversation().establish(scope, RecordState.NEVER_ASKED);
    }

    @Given("the user granted {string}")
    @Given("用户已授权 {string}")
    public void theUserGranted(String scope) {
        conversation().establish(scope, RecordState.GRANTED);
    }

    @Given("the user denied {string}")
    @Given("用户已拒绝 {string}")
    public void theUserDenied(String scope) {
        conversation().establish(scope, RecordState.DENIED);
    }

    @Given("the operating system will also ask for its permission, and the user {verdict}")
    @Given("操作系统也会询问系统权限，且用户{verdict}")
    public void theOperatingSystemAsks(Answer answer) {
        conversation().osPrompt(answer);
    }

    private Conversation conversation() {
        return state.conversation();
    }
}
