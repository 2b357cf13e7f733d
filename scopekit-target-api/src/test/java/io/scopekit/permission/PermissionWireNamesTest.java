package io.scopekit.permission;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.target.permission.PlatformControlOperation;
import io.scopekit.target.permission.PlatformError;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Pins the wire names of the permission vocabulary and SPI (docs/target-api.md, "Permission platforms"). */
class PermissionWireNamesTest {

    private static <E extends Enum<E>> List<String> names(Class<E> type, Function<E, String> wire) {
        return Arrays.stream(type.getEnumConstants()).map(wire).toList();
    }

    @Test
    void should_spell_every_enum_as_documented_when_written_to_the_wire() {
        // GIVEN the enums / WHEN their wire names are listed / THEN they are the documented ones
        then(names(Identity.class, Identity::wireName)).containsExactly("tenant", "user");
        then(names(AppType.class, AppType::wireName)).containsExactly("custom", "store");
        then(names(PermissionLevel.class, PermissionLevel::wireName))
                .containsExactly("review-exempt", "review-required", "normal", "advanced");
        then(names(PermissionState.class, PermissionState::wireName))
                .containsExactly("not-applied", "pending-release", "in-review", "enabled", "needs-data-scope");
        then(names(VersionStatus.class, VersionStatus::wireName))
                .containsExactly("pending-application", "in-review", "testing", "approved", "rejected");
        then(names(LifecycleStep.class, LifecycleStep::wireName)).containsExactly("apply", "import", "export",
                "create-version", "submit-version", "approve-version", "reject-version", "switch-to-test-version",
                "switch-to-formal-version", "release", "configure-data-scope");
        then(names(ReleaseKind.class, ReleaseKind::wireName)).containsExactly("targeted", "full", "non-public");
        then(names(Reviewer.class, Reviewer::wireName)).containsExactly("platform", "tenant-admin");
        then(names(TokenStatus.class, TokenStatus::wireName)).containsExactly("valid", "missing", "invalid", "expired");
        then(names(CallOutcome.class, CallOutcome::wireName)).containsExactly("success", "fail");
        then(names(OwnerKind.class, OwnerKind::wireName)).containsExactly("app", "user");
        then(names(PermissionAspect.class, PermissionAspect::wireName)).containsExactly("outcome", "http-status",
                "code", "message", "violations", "fields", "resource-owner", "states", "version-status", "export",
                "imported", "delivered");
        then(names(PlatformError.Kind.class, PlatformError.Kind::wireName))
                .containsExactly("unsupported-request", "unsupported-control", "unknown-entity", "internal");
        then(names(PlatformControlOperation.class, PlatformControlOperation::wireName))
                .containsExactly("set-up", "set-levels", "grant-users", "seed-app", "read-app");
    }

    @Test
    void should_parse_wire_and_enum_spellings_and_list_the_choices_when_a_name_is_unknown() {
        // GIVEN both spellings / WHEN parsed / THEN the same constant; an unknown name lists the choices
        then(PermissionState.fromWireName("pending-release")).isEqualTo(PermissionState.PENDING_RELEASE);
        then(PermissionState.fromWireName("PENDING_RELEASE")).isEqualTo(PermissionState.PENDING_RELEASE);
        then(Identity.USER.tokenType()).isEqualTo("user_access_token");
        then(PermissionLevel.ADVANCED.appType()).isEqualTo(AppType.STORE);
        assertThatThrownBy(() -> PermissionState.fromWireName("rejected"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-applied, pending-release, in-review, enabled, needs-data-scope");
        assertThatThrownBy(() -> PlatformError.Kind.fromWireName("nope")).hasMessageContaining("unknown-entity");
    }

    @Test
    void should_name_the_owner_and_every_choice_when_an_spi_enum_name_is_unknown() {
        // GIVEN names no enum of the permission SPI knows / WHEN parsed / THEN the messages are the documented ones
        assertThatThrownBy(() -> PlatformError.Kind.fromWireName("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown PlatformError.Kind 'nope' (expected one of: unsupported-request, "
                        + "unsupported-control, unknown-entity, internal)");
        assertThatThrownBy(() -> PlatformControlOperation.fromWireName(" tear-down "))
                .hasMessage("unknown PlatformControlOperation ' tear-down ' (expected one of: set-up, set-levels, "
                        + "grant-users, seed-app, read-app)");
        then(PlatformControlOperation.fromWireName(" Seed-App ")).isEqualTo(PlatformControlOperation.SEED_APP);
    }
}
