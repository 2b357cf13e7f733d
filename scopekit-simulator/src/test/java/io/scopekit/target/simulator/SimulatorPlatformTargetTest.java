package io.scopekit.target.simulator;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.OwnerKind;
import io.scopekit.permission.ResourceOwner;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.Violation;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.harness.PermissionTargets;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance of permission target {@code simulator} through the SPI: a fresh simulator per session, real HTTP. */
class SimulatorPlatformTargetTest {

    private static PlatformSession world(PermissionTarget target) {
        PlatformSession session = target.open(new PlatformSessionConfig("feishu-openplatform"));
        then(session.control().createTenant("acme")).isEmpty();
        then(session.control().createUser("acme", "ou_alice")).isEmpty();
        then(session.control().createApp("cli_a", "acme", AppType.CUSTOM, "ou_alice", List.of())).isEmpty();
        return session;
    }

    @Test
    void should_be_found_by_name_and_refuse_a_call_until_the_permission_is_enabled() {
        // GIVEN the simulator target found as --target finds it, and an app with contact base review-exempt
        try (PermissionTarget target = PermissionTargets.resolve("simulator"); PlatformSession session = world(target)) {
            then(target.identity().name()).isEqualTo("simulator");
            ApiCall call = ApiCall.asTenant("cli_a", "contact.v3.users.get", "user_id");
            // WHEN it calls before and after applying
            PlatformObservation before = session.perform(call).orElseThrow();
            then(session.control().setLevel("cli_a", "contact:contact.base:readonly", PermissionLevel.REVIEW_EXEMPT))
                    .isEmpty();
            PlatformObservation applied = session.perform(LifecycleAction.apply("cli_a",
                    List.of(new PermissionRef("contact:contact.base:readonly", Identity.TENANT)))).orElseThrow();
            session.perform(LifecycleAction.configureDataScope("cli_a"));
            PlatformObservation after = session.perform(call).orElseThrow();
            // THEN 99991672 with its violations, then enabled at once, then served without user_id
            then(before.code()).isEqualTo(99991672L);
            then(before.violations()).contains(new Violation(Violation.ACTION_SCOPE_REQUIRED,
                    "contact:contact.base:readonly"));
            then(applied.states()).extracting(s -> s.state()).containsExactly(PermissionState.ENABLED);
            then(after.outcome()).isEqualTo(CallOutcome.SUCCESS);
            then(after.fields()).isEmpty();
        }
    }

    @Test
    void should_change_no_state_when_an_import_fails_and_export_what_was_applied() {
        // GIVEN an app with drive:drive applied
        try (PermissionTarget target = PermissionTargets.resolve("simulator"); PlatformSession session = world(target)) {
            session.perform(LifecycleAction.apply("cli_a", List.of(new PermissionRef("drive:drive", Identity.TENANT))));
            // WHEN an import names an unknown permission, then the app exports
            PlatformObservation failed = session.perform(LifecycleAction.importJson("cli_a",
                    "{\"scopes\":{\"tenant\":[\"calendar:calendar\",\"no:such\"]}}")).orElseThrow();
            PlatformObservation export = session.perform(LifecycleAction.export("cli_a")).orElseThrow();
            // THEN the documented message, nothing added, and the export in the documented shape
            then(failed.outcome()).isEqualTo(CallOutcome.FAIL);
            then(failed.message()).isEqualTo("该权限不存在或该应用无权申请该权限，请重新录入"); // the spec's importErrorMessage
            then(failed.states()).extracting(s -> s.permission()).containsExactly("drive:drive");
            then(export.export().scopes()).isEqualTo(new ScopeLists(List.of("drive:drive"), List.of()));
        }
    }

    @Test
    void should_report_an_unknown_app_as_a_value_not_an_exception() {
        // GIVEN a world without app cli_x
        try (PermissionTarget target = PermissionTargets.resolve("simulator"); PlatformSession session = world(target)) {
            // WHEN it is called / THEN an unknown-entity error value
            then(session.perform(ApiCall.asTenant("cli_x", "contact.v3.users.get")))
                    .isInstanceOfSatisfying(PlatformError.class, e -> then(e.kind()).isEqualTo(PlatformError.Kind.UNKNOWN_ENTITY));
        }
    }

    @Test
    void should_deliver_an_event_only_to_a_subscription_that_owns_the_document_and_holds_its_permission() {
        // GIVEN an app whose tenant identity holds nothing yet
        try (PermissionTarget target = PermissionTargets.resolve("simulator"); PlatformSession session = world(target)) {
            EventDelivery own = new EventDelivery("cli_a", Identity.TENANT, null, List.of("cli_a"),
                    List.of("drive:drive"));
            EventDelivery others = new EventDelivery("cli_a", Identity.TENANT, null, List.of("cli_b"),
                    List.of("drive:drive"));
            // WHEN its own document changes before and after drive:drive is enabled, and another app's after
            PlatformObservation before = session.perform(own).orElseThrow();
            then(session.control().setLevel("cli_a", "drive:drive", PermissionLevel.REVIEW_EXEMPT)).isEmpty();
            session.perform(LifecycleAction.apply("cli_a", List.of(new PermissionRef("drive:drive", Identity.TENANT))));
            PlatformObservation after = session.perform(own).orElseThrow();
            PlatformObservation notOwned = session.perform(others).orElseThrow();
            // THEN only the owned document's change with the permission enabled is delivered (seed 001 §权限类型)
            then(before.delivered()).isFalse();
            then(after.delivered()).isTrue();
            then(notOwned.delivered()).isFalse();
        }
    }

    @Test
    void should_report_the_app_as_owner_of_a_bitable_created_with_a_tenant_token() {
        // GIVEN an app with bitable:app enabled for its tenant identity
        try (PermissionTarget target = PermissionTargets.resolve("simulator"); PlatformSession session = world(target)) {
            then(session.control().setLevel("cli_a", "bitable:app", PermissionLevel.REVIEW_EXEMPT)).isEmpty();
            session.perform(LifecycleAction.apply("cli_a", List.of(new PermissionRef("bitable:app", Identity.TENANT))));
            // WHEN it creates a Bitable with a tenant token
            PlatformObservation created = session.perform(ApiCall.asTenant("cli_a", "bitable.v1.apps.create"))
                    .orElseThrow();
            // THEN the app owns it (seed 001 §权限类型, 多维表格)
            then(created.outcome()).isEqualTo(CallOutcome.SUCCESS);
            then(created.resourceOwner()).isEqualTo(new ResourceOwner(OwnerKind.APP, "cli_a"));
        }
    }
}
