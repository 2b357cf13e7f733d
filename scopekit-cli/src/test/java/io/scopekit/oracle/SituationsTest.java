package io.scopekit.oracle;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.consent.ActionType;
import io.scopekit.consent.Answer;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.Situations.Question;
import io.scopekit.spec.SpecCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SituationsTest {

    private static final Situations SITUATIONS = Situations.on(SpecCatalog.loadEmbedded());

    private static Question question(String platform, String scope, String state, String action, String api) {
        return new Question(platform, null, null, null, scope, state, action, api, null, null, null);
    }

    @Test
    void should_default_to_the_first_api_and_the_platforms_app_kind_when_call_api_names_none() {
        // GIVEN a denied scope on the mini-game platform, asked with the os answer
        Question q = new Question("wechat-minigame", null, null, "8.0", "scope.record", "denied", "call-api", null,
                "allow", "deny", null);

        // WHEN
        Situation s = SITUATIONS.situation(q);

        // THEN
        then(s.appKind()).isEqualTo("mini-game");
        then(s.action().type()).isEqualTo(ActionType.CALL_API);
        then(s.action().api()).isEqualTo("wx.startRecord");
        then(s.action().osPromptPending()).isTrue();
        then(s.records()).isEqualTo(Map.of("scope.record", RecordState.DENIED));
        then(s.consentAnswer()).isEqualTo(Answer.ALLOW);
        then(s.osAnswer()).isEqualTo(Answer.DENY);
        then(s.clientVersion()).isEqualTo("8.0");
    }

    @Test
    void should_keep_no_record_when_the_scope_was_never_asked() {
        // WHEN
        Situation s = SITUATIONS.situation(question("feishu-gadget", "scope.camera", null, "authorize", null));

        // THEN
        then(s.records()).isEmpty();
        then(Situations.state(question("feishu-gadget", "scope.camera", null, "authorize", null)))
                .isEqualTo(RecordState.NEVER_ASKED);
        then(s.action().scope()).isEqualTo("scope.camera");
    }

    @Test
    void should_name_valid_scopes_when_the_scope_is_unknown() {
        // WHEN / THEN
        thenThrownBy(() -> SITUATIONS.situation(question("baidu", "scope.nope", null, "authorize", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown scope 'scope.nope' of baidu (expected one of: scope.address, scope.calendar, "
                        + "scope.camera, scope.invoiceTitle, scope.record, scope.userInfo, scope.userLocation, "
                        + "scope.writePhotosAlbum)");
    }

    @Test
    void should_say_there_is_no_api_when_call_api_asks_about_a_scope_without_apis() {
        // WHEN / THEN
        thenThrownBy(() -> SITUATIONS.situation(question("kuaishou", "scope.camera", null, "call-api", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no API guarded by scope.camera");
    }

    @Test
    void should_require_the_toggle_and_the_new_version_when_the_action_needs_them() {
        // WHEN / THEN
        thenThrownBy(() -> SITUATIONS.situation(question("feishu-gadget", "scope.camera", null, "toggle-setting",
                null))).hasMessage("toggle-setting needs --toggle on|off");
        thenThrownBy(() -> SITUATIONS.situation(question("feishu-gadget", "scope.camera", null, "upgrade-client",
                null))).hasMessage("upgrade-client needs --client-version (the new version)");
    }
}
