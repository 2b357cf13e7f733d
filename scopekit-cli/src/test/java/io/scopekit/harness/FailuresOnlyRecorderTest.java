package io.scopekit.harness;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.check.CheckRecord;
import io.scopekit.consent.Action;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.domain.consent.Conversation;
import io.scopekit.oracle.Decision;
import io.scopekit.target.Observation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Explore's recorder compares every check as verify's does, but builds only a failed check's record: the one record
 * a divergence is reported from. A check that verify records as passed yields nothing.
 */
class FailuresOnlyRecorderTest {
    private static final ScenarioLabels LABELS = new ScenarioLabels("EXPLORE-0", null, null);

    @Test
    void should_hand_over_no_record_when_a_check_passes() {
        // GIVEN a WeChat mini-program user and a recorder that keeps failures only
        List<CheckRecord> records = new ArrayList<>();
        try (RunResources resources = RunResources.open(new RunSettings("reference", null, null));
                Conversation conversation = new Conversation(resources)) {
            var checks = CheckRecorder.failuresOnly(conversation, LABELS, records::add);
            conversation.runOn(resources.platformForPhrase("WeChat mini-program"));
            conversation.act(Action.getSetting(), null);
            // WHEN the outcome, which the reference gets right, is checked
            CheckRecord r = checks.check(Aspect.OUTCOME, Outcome.SUCCESS, Decision::outcome,
                    o -> o == null ? null : o.outcome(), AspectMatcher.equality());
            // THEN nothing is recorded or returned
            then(r).isNull();
            then(records).isEmpty();
        }
    }

    @Test
    void should_hand_over_the_record_verify_makes_when_a_check_fails() {
        // GIVEN the same exchange checked by a full recorder and by a failures-only one, each against an observation
        // that cannot match
        List<CheckRecord> full = new ArrayList<>();
        List<CheckRecord> failures = new ArrayList<>();
        try (RunResources resources = RunResources.open(new RunSettings("reference", null, null));
                Conversation conversation = new Conversation(resources)) {
            conversation.runOn(resources.platformForPhrase("WeChat mini-program"));
            conversation.act(Action.getSetting(), null);
            // WHEN both check the outcome against an observation read as a failure
            Throwable fromFull = catchThrowable(() -> new CheckRecorder<>(conversation, LABELS, full::add)
                    .check(Aspect.OUTCOME, Outcome.SUCCESS, Decision::outcome, (Observation o) -> Outcome.FAIL,
                            AspectMatcher.equality()));
            Throwable fromFailures = catchThrowable(() -> CheckRecorder.failuresOnly(conversation, LABELS,
                    failures::add).check(Aspect.OUTCOME, Outcome.SUCCESS, Decision::outcome,
                    (Observation o) -> Outcome.FAIL, AspectMatcher.equality()));
            // THEN both fail with the same message and hand over the same failed record
            then(fromFailures).isInstanceOf(AssertionError.class).hasMessage(fromFull.getMessage());
            then(failures).hasSize(1).isEqualTo(full);
            then(failures.get(0).status()).isEqualTo("failed");
        }
    }
}
