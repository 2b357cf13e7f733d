package io.scopekit.cli;

import io.scopekit.check.CheckCodec;
import io.scopekit.check.Explanation;
import io.scopekit.consent.Action;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.Situation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Renders an {@link Explanation} as the text of {@code scopekit explain}; the JSON form is {@link CheckCodec}'s. */
final class ExplanationText {

    private ExplanationText() {}

    /** Prints {@code e} as {@code scopekit explain} shows it without {@code --json}. */
    /**
     * Prints the part every domain's explanation ends with: the rules that fired, with their sources, and the aspects
     * the sources leave open, in the aspects' order, named by {@code name}.
     */
    static <A extends Comparable<A>> void printRulesAndUnspecified(PrintWriter out, List<FiredRule> rules,
            Map<A, String> unspecified, Function<A, String> name) {
        out.println("rules fired:");
        int i = 1;
        for (FiredRule r : rules) {
            out.println("  " + i++ + ". " + r.name() + "  [" + r.file() + "]");
            out.println("     " + r.seed() + " §" + r.section() + ": " + r.passage());
        }
        if (!unspecified.isEmpty()) {
            out.println("unspecified:");
            unspecified.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(u -> out.println("  " + name.apply(u.getKey()) + ": " + u.getValue()));
        }
    }

    static void print(PrintWriter out, Explanation e) {
        Situation s = e.situation();
        Decision d = e.decision();
        out.println(s.platform() + (s.container() == null ? "" : " (container " + s.container() + ")") + ", "
                + s.appKind() + (s.clientVersion() == null ? "" : ", client " + s.clientVersion()) + ": "
                + describe(s.action()) + " with " + e.scope() + " " + e.state().wireName());
        out.println("  outcome:        " + value(d, Aspect.OUTCOME, d.outcome() == null ? null : d.outcome().wireName()));
        if (d.outcome() == Outcome.FAIL || d.isUnspecified(Aspect.ERR_MSG)) {
            out.println("  errMsg:         " + value(d, Aspect.ERR_MSG, d.errMsgPatterns().isEmpty() ? "any"
                    : "contains one of " + d.errMsgPatterns()));
            out.println("  errno:          " + value(d, Aspect.ERRNO, String.valueOf(d.errno())));
        }
        out.println("  prompts:        " + value(d, Aspect.PROMPTS, d.prompts() == null ? null
                : d.prompts().isEmpty() ? "none" : d.prompts().stream().map(Prompt::toString).toList().toString()));
        out.println("  records after:  " + value(d, Aspect.RECORDS, d.recordsAfter() == null ? null : records(d)));
        if (d.authSetting() != null || d.isUnspecified(Aspect.AUTH_SETTING)) {
            out.println("  authSetting:    " + value(d, Aspect.AUTH_SETTING, String.valueOf(d.authSetting())));
        }
        if (d.settingsList() != null || d.isUnspecified(Aspect.SETTINGS_LIST)) {
            out.println("  settings page:  " + value(d, Aspect.SETTINGS_LIST, String.valueOf(d.settingsList())));
        }
        if (!d.responseFields().isEmpty() || d.isUnspecified(Aspect.RESPONSE_FIELDS)) {
            out.println("  response:       " + value(d, Aspect.RESPONSE_FIELDS, d.responseFields().toString()));
        }
        printRulesAndUnspecified(out, d.firedRules(), d.unspecified(), CheckCodec::explanationName);
    }

    private static String value(Decision d, Aspect aspect, String value) {
        return d.isUnspecified(aspect) ? "unspecified (see below)" : value;
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
