package io.scopekit.target.reference.permission;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.permission.VersionDraft;
import io.scopekit.permission.VersionStatus;
import io.scopekit.permission.Violation;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.harness.PermissionTargets;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import io.scopekit.testsupport.PermissionModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reference open platform's own behaviour: its bad-input answers and the lifecycle of seed 001, end to end. */
class ReferencePermissionTest {
    private static final SpecCatalog SPECS = SpecCatalog.load(Path.of("platform-specs"));
    private static final PermissionRef CALENDAR = new PermissionRef("calendar:calendar:readonly", Identity.TENANT);

    private PlatformSession session;

    @BeforeEach
    void world() {
        session = new ReferencePermissionTarget(SPECS).open(new PlatformSessionConfig("feishu-openplatform"));
        then(session.control().createTenant("tenant-1")).isEmpty();
        then(session.control().createUser("tenant-1", "developer-1")).isEmpty();
        then(session.control().createApp("app-1", "tenant-1", AppType.CUSTOM, "developer-1", List.of("corehr:corehr")))
                .isEmpty();
    }

    @Test
    void should_enable_a_review_required_permission_only_after_the_tenant_admin_approves_the_version() {
        // GIVEN a review-required permission, applied for
        session.control().setLevel("app-1", CALENDAR.permission(), PermissionLevel.REVIEW_REQUIRED);
        then(state(perform(LifecycleAction.apply("app-1", List.of(CALENDAR))), CALENDAR))
                .isEqualTo(PermissionState.PENDING_RELEASE);
        then(perform(ApiCall.asTenant("app-1", "calendar.v4.calendars.list")).code()).isEqualTo(99991672L);

        // WHEN a version carrying it is created, submitted and approved
        perform(LifecycleAction.createVersion("app-1",
                new VersionDraft("1.0.0", "notes", List.of(CALENDAR), List.of(), "reason")));
        then(state(perform(LifecycleAction.submitVersion("app-1")), CALENDAR)).isEqualTo(PermissionState.IN_REVIEW);
        PlatformObservation approved = perform(LifecycleAction.approve("app-1", Reviewer.TENANT_ADMIN));

        // THEN it is enabled and the call succeeds
        then(approved.versionStatus()).isEqualTo(VersionStatus.APPROVED);
        then(state(approved, CALENDAR)).isEqualTo(PermissionState.ENABLED);
        then(perform(ApiCall.asTenant("app-1", "calendar.v4.calendars.list")).outcome())
                .isEqualTo(CallOutcome.SUCCESS);
    }

    @Test
    void should_refuse_with_99991672_listing_every_alternative_when_the_app_lacks_the_permission() {
        // GIVEN an app without permissions / WHEN it calls an API with three alternatives
        PlatformObservation o = perform(ApiCall.asTenant("app-1", "calendar.v4.calendars.list"));
        // THEN the documented error names each alternative
        then(o.outcome()).isEqualTo(CallOutcome.FAIL);
        then(o.code()).isEqualTo(99991672L);
        then(o.violations()).extracting(Violation::type).containsOnly(Violation.ACTION_SCOPE_REQUIRED);
        then(o.violations()).extracting(Violation::subject).containsExactly("calendar:calendar",
                "calendar:calendar:read", "calendar:calendar:readonly");
    }

    @Test
    void should_change_nothing_when_an_import_is_malformed_or_names_a_permission_out_of_range() {
        // GIVEN one enabled permission
        session.control().setLevel("app-1", CALENDAR.permission(), PermissionLevel.REVIEW_EXEMPT);
        List<PermissionStatus> before = perform(LifecycleAction.apply("app-1", List.of(CALENDAR))).states();

        // WHEN two bad imports arrive
        PlatformObservation malformed = perform(LifecycleAction.importJson("app-1", "{\"scopes\":["));
        PlatformObservation outOfRange = perform(LifecycleAction.importJson("app-1",
                "{\"scopes\":{\"tenant\":[\"drive:drive\",\"corehr:corehr\"]}}"));

        // THEN both fail, the second with the documented message, and the states are those before
        then(malformed.outcome()).isEqualTo(CallOutcome.FAIL);
        then(malformed.message()).startsWith("malformed import");
        then(outOfRange.outcome()).isEqualTo(CallOutcome.FAIL);
        then(outOfRange.message()).isEqualTo(importErrorMessage(SPECS));
        then(outOfRange.states()).isEqualTo(before);
    }

    @Test
    void should_export_pending_in_review_and_enabled_permissions_by_identity() {
        // GIVEN an enabled user permission and a pending tenant one
        PermissionRef userCalendar = new PermissionRef(CALENDAR.permission(), Identity.USER);
        session.control().setLevel("app-1", CALENDAR.permission(), PermissionLevel.REVIEW_EXEMPT);
        session.control().setLevel("app-1", "drive:drive", PermissionLevel.REVIEW_REQUIRED);
        perform(LifecycleAction.apply("app-1", List.of(userCalendar,
                new PermissionRef("drive:drive", Identity.TENANT))));
        // WHEN exported
        ScopesExport export = perform(LifecycleAction.export("app-1")).export();
        // THEN the batch JSON's lists
        then(export).isEqualTo(new ScopesExport(new ScopeLists(List.of("drive:drive"),
                List.of("calendar:calendar:readonly"))));
    }

    @Test
    void should_answer_with_a_platform_error_when_the_request_names_an_unknown_app_or_api() {
        // GIVEN the world above / WHEN requests name what it does not have
        PlatformResult unknownApp = session.perform(ApiCall.asTenant("app-9", "calendar.v4.calendars.list"));
        PlatformResult unknownApi = session.perform(ApiCall.asTenant("app-1", "no.such.api"));
        // THEN each is a PlatformError naming it, never an exception
        then(unknownApp).isInstanceOfSatisfying(PlatformError.class, e -> {
            then(e.kind()).isEqualTo(PlatformError.Kind.UNKNOWN_ENTITY);
            then(e.message()).contains("app-9");
        });
        then(unknownApi).isInstanceOfSatisfying(PlatformError.class, e -> {
            then(e.kind()).isEqualTo(PlatformError.Kind.UNSUPPORTED_REQUEST);
            then(e.message()).contains("no.such.api", "calendar.v4.calendars.list");
        });
    }

    @Test
    void should_name_the_models_when_a_session_asks_for_an_unknown_one() {
        // GIVEN the reference / WHEN a session plays a model no spec defines / THEN the error lists the models
        PermissionTarget target = new ReferencePermissionTarget(SPECS);
        thenThrownBy(() -> target.open(new PlatformSessionConfig("lark-suite")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feishu-openplatform");
    }

    @Test
    void should_resolve_the_reference_and_list_the_names_when_a_permission_target_is_unknown() {
        // GIVEN the registered factories / WHEN resolved by name / THEN reference resolves, others are listed
        then(PermissionTargets.resolve("reference")).isInstanceOf(ReferencePermissionTarget.class);
        thenThrownBy(() -> PermissionTargets.resolve("nowhere")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reference");
    }

    private PlatformObservation perform(io.scopekit.permission.PlatformRequest request) {
        return session.perform(request).orElseThrow();
    }

    private static PermissionState state(PlatformObservation o, PermissionRef ref) {
        return o.states().stream().filter(s -> s.ref().equals(ref)).map(PermissionStatus::state).findFirst()
                .orElse(PermissionState.NOT_APPLIED);
    }

    @Test
    void should_refuse_an_import_with_the_specs_message_when_the_spec_states_another_text() {
        // GIVEN a permission model whose importErrorMessage is not the shipped text
        PermissionModelSpec shipped = SPECS.permissionModel("feishu-openplatform").orElseThrow();
        PlatformSession other = new ReferencePermissionSession(
                PermissionModels.withRule(shipped, "importErrorMessage", "an import the spec refuses"));
        other.control().createTenant("tenant-1");
        other.control().createUser("tenant-1", "developer-1");
        other.control().createApp("app-1", "tenant-1", AppType.CUSTOM, "developer-1", List.of());

        // WHEN an import names a permission that does not exist
        PlatformObservation refused = other.perform(
                LifecycleAction.importJson("app-1", "{\"scopes\":{\"tenant\":[\"no:such\"]}}")).orElseThrow();

        // THEN the message is the spec's, not a copy in the Java
        then(refused.outcome()).isEqualTo(CallOutcome.FAIL);
        then(refused.message()).isEqualTo("an import the spec refuses");
    }

    private static String importErrorMessage(SpecCatalog specs) {
        return String.valueOf(specs.permissionModel("feishu-openplatform").orElseThrow()
                .rules().get("importErrorMessage").value());
    }
}
