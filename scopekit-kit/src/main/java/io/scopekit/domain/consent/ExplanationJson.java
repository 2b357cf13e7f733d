package io.scopekit.domain.consent;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scopekit.check.CheckCodec;
import io.scopekit.check.CheckRecord;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Prompt;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.Situation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON shape of a {@link ConsentExplanation} (docs/explain.md). Maps are sorted by key so the output does not
 * depend on how the oracle built its decision.
 */
@JsonPropertyOrder({"situation", "scope", "outcome", "errMsgPatterns", "errno", "prompts", "recordsAfter",
        "authSetting", "settingsList", "responseFields", "unspecified", "firedRules"})
record ExplanationJson(
        SituationJson situation,
        String scope,
        String outcome,
        List<String> errMsgPatterns,
        Integer errno,
        List<PromptJson> prompts,
        Map<String, String> recordsAfter,
        Map<String, Boolean> authSetting,
        List<String> settingsList,
        List<String> responseFields,
        Map<String, String> unspecified,
        List<CheckRecord.Rule> firedRules) {

    @JsonPropertyOrder({"platform", "container", "appKind", "clientVersion", "action", "api", "scope", "state",
            "answer", "osAnswer", "toggle"})
    record SituationJson(String platform, String container, String appKind, String clientVersion, String action,
            String api, String scope, String state, String answer, String osAnswer, String toggle) {}

    @JsonPropertyOrder({"kind", "scope"})
    record PromptJson(String kind, String scope) {}

    /** The JSON shape of a {@link ConsentExplanationSequence}: the records before, each step, why it stopped. */
    @JsonPropertyOrder({"records", "steps", "stopped"})
    record SequenceJson(Map<String, String> records, List<ExplanationJson> steps, String stopped) {}

    static SequenceJson of(ConsentExplanationSequence sequence) {
        Map<String, String> records = new TreeMap<>();
        sequence.records().forEach((k, v) -> records.put(k, v.wireName()));
        return new SequenceJson(records, sequence.steps().stream().map(ExplanationJson::of).toList(),
                sequence.stopped());
    }

    static ExplanationJson of(ConsentExplanation e) {
        Situation s = e.situation();
        Decision d = e.decision();
        SituationJson situation = new SituationJson(s.platform(), s.container(), s.appKind(), s.clientVersion(),
                s.action().type().wireName(), s.action().api(), e.scope(), e.state().wireName(),
                wire(s.consentAnswer()), wire(s.osAnswer()),
                s.action().enabled() == null ? null : s.action().enabled() ? "on" : "off");
        Map<String, String> recordsAfter = null;
        if (d.recordsAfter() != null) {
            recordsAfter = new TreeMap<>();
            for (var r : d.recordsAfter().entrySet()) {
                recordsAfter.put(r.getKey(), r.getValue().wireName());
            }
        }
        Map<String, String> unspecified = new TreeMap<>();
        d.unspecified().forEach((aspect, reason) -> unspecified.put(CheckCodec.explanationName(aspect), reason));
        return new ExplanationJson(situation, d.scope(), d.outcome() == null ? null : d.outcome().wireName(),
                d.errMsgPatterns(), d.errno(),
                d.prompts() == null ? null : d.prompts().stream().map(ExplanationJson::prompt).toList(),
                recordsAfter, d.authSetting() == null ? null : new TreeMap<>(d.authSetting()), d.settingsList(),
                d.responseFields(), unspecified, CheckRecord.Rule.of(d.firedRules()));
    }

    private static String wire(Answer answer) {
        return answer == null ? null : answer.wireName();
    }

    private static PromptJson prompt(Prompt p) {
        return new PromptJson(p.kind().wireName(), p.scope());
    }
}
