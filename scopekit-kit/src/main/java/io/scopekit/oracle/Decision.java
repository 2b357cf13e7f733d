package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.RecordState;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * States what a conforming runtime must do in a {@link Situation}, and which rules say so.
 *
 * <p>An aspect listed in {@link #unspecified()} is one the sources are silent on: its field here is
 * {@code null} and the harness reports it as unspecified rather than comparing it.
 *
 * @param scope          the scope the action concerns (resolved from the API where the action names one);
 *                       {@code null} for actions about the whole app
 * @param outcome        which callback must run
 * @param errMsgPatterns on fail, the errMsg must contain one of these; empty when any errMsg will do
 * @param errno          on fail, the documented errno; {@code null} when none is documented
 * @param prompts        the prompts that must be shown, in order
 * @param recordsAfter   the records kept after the action, by scope id (never-asked scopes absent)
 * @param authSetting    for {@code get-setting}: the expected {@code authSetting}; {@code null} otherwise
 * @param settingsList   for {@code open-setting}: the scopes the settings page must list; {@code null} otherwise
 * @param responseFields names of platform response fields that must be present (Alipay); empty when none
 * @param unspecified    aspects the sources leave open, each with the reason
 * @param firedRules     the rules that produced this decision, in firing order, each with its source
 */
@API(status = EXPERIMENTAL)
public record Decision(
        String scope,
        Outcome outcome,
        List<String> errMsgPatterns,
        Integer errno,
        List<Prompt> prompts,
        Map<String, RecordState> recordsAfter,
        Map<String, Boolean> authSetting,
        List<String> settingsList,
        List<String> responseFields,
        Map<Aspect, String> unspecified,
        List<FiredRule> firedRules) {

    public Decision {
        errMsgPatterns = errMsgPatterns == null ? List.of() : List.copyOf(errMsgPatterns);
        prompts = prompts == null ? null : List.copyOf(prompts);
        recordsAfter = recordsAfter == null ? null : Map.copyOf(recordsAfter);
        authSetting = authSetting == null ? null : Map.copyOf(authSetting);
        settingsList = settingsList == null ? null : List.copyOf(settingsList);
        responseFields = responseFields == null ? List.of() : List.copyOf(responseFields);
        unspecified = unspecified == null ? Map.of() : Map.copyOf(unspecified);
        firedRules = firedRules == null ? List.of() : List.copyOf(firedRules);
    }

    /** Returns true when the sources say nothing about {@code aspect} in this situation. */
    public boolean isUnspecified(Aspect aspect) {
        return unspecified.containsKey(aspect);
    }
}
