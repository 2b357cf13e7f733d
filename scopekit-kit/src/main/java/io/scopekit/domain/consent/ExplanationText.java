package io.scopekit.domain.consent;

import io.scopekit.check.CheckCodec;
import io.scopekit.consent.Action;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.domain.ExplanationLines;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.Situation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The consent domain's part of the text of {@code scopekit explain}: which aspects a {@link ConsentExplanation} shows and
 * how they read; the layout and the rules-fired tail are {@link ExplanationLines}', the JSON form {@link ExplanationJson}'s.
 */
public final class ExplanationText {

    private ExplanationText() {}

    /** Prints {@code e} as {@code scopekit explain} shows it without {@code --json}. */
    static void print(PrintWriter out, ConsentExplanation e) {
        Situation s = e.situation();
        Decision d = e.decision();
        ExplanationLines<Aspect> lines = new ExplanationLines<>(out, d::isUnspecified);
        lines.headline(s.platform() + (s.container() == null ? "" : " (container " + s.container() + ")") + ", "
                + s.appKind() + (s.clientVersion() == null ? "" : ", client " + s.clientVersion()) + ": "
                + describe(s.action()) + " with " + e.scope() + " " + e.state().wireName());
        lines.aspect("outcome", Aspect.OUTCOME, d.outcome() == null ? null : d.outcome().wireName());
        if (d.outcome() == Outcome.FAIL || d.isUnspecified(Aspect.ERR_MSG)) {
            lines.aspect("errMsg", Aspect.ERR_MSG, d.errMsgPatterns().isEmpty() ? "any"
                    : "contains one of " + d.errMsgPatterns());
            lines.aspect("errno", Aspect.ERRNO, String.valueOf(d.errno()));
        }
        lines.aspect("prompts", Aspect.PROMPTS, d.prompts() == null ? null
                : d.prompts().isEmpty() ? "none" : d.prompts().stream().map(Prompt::toString).toList().toString());
        lines.aspect("records after", Aspect.RECORDS, d.recordsAfter() == null ? null : records(d));
        if (d.authSetting() != null || d.isUnspecified(Aspect.AUTH_SETTING)) {
            lines.aspect("authSetting", Aspect.AUTH_SETTING, String.valueOf(d.authSetting()));
        }
        if (d.settingsList() != null || d.isUnspecified(Aspect.SETTINGS_LIST)) {
            lines.aspect("settings page", Aspect.SETTINGS_LIST, String.valueOf(d.settingsList()));
        }
        if (!d.responseFields().isEmpty() || d.isUnspecified(Aspect.RESPONSE_FIELDS)) {
            lines.aspect("response", Aspect.RESPONSE_FIELDS, d.responseFields().toString());
        }
        lines.end(d.firedRules(), d.unspecified(), CheckCodec::explanationName);
    }

    private static String records(Decision d) {
        if (d.recordsAfter().isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>(d.recordsAfter()).forEach((k, v) -> parts.add(k + "=" + v.wireName()));
        return String.join(", ", parts);
    }

    private static String describe(Action a) {
        return a.type().wireName() + (a.api() == null ? "" : " " + a.api())
                + (a.enabled() == null ? "" : a.enabled() ? " on" : " off")
                + (a.osPromptPending() ? " (device permission pending)" : "");
    }

}
