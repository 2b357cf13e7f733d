package io.scopekit.harness;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.check.CheckRecord;
import io.scopekit.domain.permission.PermissionConversation;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.Identity;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.testsupport.RefusingPlatformTarget;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The permission-platform conversation and its checks, without Cucumber. */
class PermissionConversationTest {
    private static final PermissionRef CALENDAR = new PermissionRef("calendar:calendar:readonly", Identity.TENANT);
    private static final ScenarioLabels LABELS = new ScenarioLabels("FOP-TEST", null, "app-permission");

    @Test
    void should_pass_and_record_the_check_when_the_reference_serves_an_enabled_permission() {
        List<CheckRecord> records = new ArrayList<>();
        try (RunResources resources = RunResources.open(RunSettings.defaults());
             PermissionConversation conversation = new PermissionConversation(resources)) {
            // GIVEN an app whose permission was enabled the documented way
            conversation.declareApp("app-1", AppType.CUSTOM);
            conversation.establishEnabled("app-1", CALENDAR);
            then(conversation.app("app-1").state(CALENDAR)).isEqualTo(PermissionState.ENABLED);
            // WHEN it calls the API
            conversation.perform(ApiCall.asTenant("app-1", "calendar.v4.calendars.list"));
            // THEN the outcome check passes and is recorded with its rules
            CheckRecord record = new CheckRecorder<>(conversation, LABELS, records::add).check(
                    PermissionAspect.OUTCOME, CallOutcome.SUCCESS, d -> d.outcome(), PlatformObservation::outcome,
                    AspectMatcher.equality());
            then(record.status()).isEqualTo("passed");
            then(record.platform()).isEqualTo("feishu-openplatform");
            then(record.scope()).isEqualTo("calendar.v4.calendars.list");
            then(record.aspect()).isEqualTo("outcome");
            then(record.rules()).isNotEmpty();
            then(records).containsExactly(record);
        }
    }

    @Test
    void should_fail_as_a_kit_defect_when_the_statement_contradicts_the_oracle() {
        List<CheckRecord> records = new ArrayList<>();
        try (RunResources resources = RunResources.open(RunSettings.defaults());
             PermissionConversation conversation = new PermissionConversation(resources)) {
            // GIVEN an app without the permission, calling the API
            conversation.declareApp("app-1", AppType.CUSTOM);
            conversation.perform(ApiCall.asTenant("app-1", "calendar.v4.calendars.list"));
            var checks = new CheckRecorder<>(conversation, LABELS, records::add);
            // WHEN the statement says it succeeds / THEN the kit is at fault, and the record says so
            thenThrownBy(() -> checks.check(PermissionAspect.OUTCOME, CallOutcome.SUCCESS, d -> d.outcome(),
                    PlatformObservation::outcome, AspectMatcher.equality()))
                    .isInstanceOf(AssertionError.class).hasMessageStartingWith("KIT DEFECT:")
                    .hasMessageContaining("99991672");
            then(records).singleElement().satisfies(r -> {
                then(r.status()).isEqualTo("failed");
                then(r.note()).isEqualTo("kit-defect");
            });
        }
    }

    @Test
    void should_fail_with_expected_and_observed_when_the_target_answers_otherwise() {
        List<CheckRecord> records = new ArrayList<>();
        RunSettings settings = new RunSettings("class:" + RefusingPlatformTarget.class.getName(), null, null);
        try (RunResources resources = RunResources.open(settings);
             PermissionConversation conversation = new PermissionConversation(resources)) {
            // GIVEN a platform that refuses every call, and an enabled permission
            conversation.declareApp("app-1", AppType.CUSTOM);
            conversation.establishEnabled("app-1", CALENDAR);
            conversation.perform(ApiCall.asTenant("app-1", "calendar.v4.calendars.list"));
            var checks = new CheckRecorder<>(conversation, LABELS, records::add);
            // WHEN the (true) statement is checked / THEN the target fails it, expected vs observed
            thenThrownBy(() -> checks.check(PermissionAspect.OUTCOME, CallOutcome.SUCCESS, d -> d.outcome(),
                    PlatformObservation::outcome, AspectMatcher.equality()))
                    .isInstanceOf(AssertionError.class).hasMessageStartingWith("outcome: expected success but observed fail");
            then(records).singleElement().satisfies(r -> {
                then(r.status()).isEqualTo("failed");
                then(r.observed()).isEqualTo("fail");
                then(r.note()).isNull();
            });
        }
    }
}
