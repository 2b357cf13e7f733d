package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reports what one action did, as the app and the user saw it; the successful {@link ActionResult} of
 * {@link TargetSession#perform}.
 *
 * @param outcome     which callback ran
 * @param errMsg      the fail callback's {@code errMsg}; {@code null} on success or when the target has none
 * @param errno       the fail callback's {@code errno} where the platform defines one; {@code null} otherwise
 * @param prompts     the prompts shown, in order
 * @param authSetting for {@code get-setting}: scope to {@code true}/{@code false}; scopes never asked are absent.
 *                    {@code null} for other actions
 * @param settingsList for {@code open-setting}: the scopes the settings page lists, in the page's order;
 *                    {@code null} for other actions
 * @param response    extra response fields of the platform (e.g. Alipay's {@code authCode},
 *                    {@code authSuccessScopes}, {@code authErrorScopes}); empty when none
 * @param portRun     how a hosted port ran the call (native calls, callbacks, Promise); {@code null} for a target
 *                    that hosts no port, and for actions the port does not run
 */
@API(status = STABLE, since = "0.1")
public record Observation(
        Outcome outcome,
        @Nullable String errMsg,
        @Nullable Integer errno,
        List<Prompt> prompts,
        @Nullable Map<String, Boolean> authSetting,
        @Nullable List<String> settingsList,
        Map<String, Object> response,
        @Nullable PortRun portRun) implements ActionResult {

    /** Creates an observation without port evidence: what every target but a port host reports. */
    public Observation(Outcome outcome, @Nullable String errMsg, @Nullable Integer errno, List<Prompt> prompts,
            @Nullable Map<String, Boolean> authSetting, @Nullable List<String> settingsList,
            Map<String, Object> response) {
        this(outcome, errMsg, errno, prompts, authSetting, settingsList, response, null);
    }

    public Observation {
        Objects.requireNonNull(outcome, "outcome");
        prompts = List.copyOf(prompts == null ? List.of() : prompts);
        authSetting = authSetting == null ? null : Map.copyOf(authSetting);
        settingsList = settingsList == null ? null : List.copyOf(settingsList);
        response = response == null ? Map.of() : Map.copyOf(response);
    }
}
