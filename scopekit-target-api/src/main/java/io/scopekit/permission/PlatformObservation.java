package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reports what the platform answered to one {@link PlatformRequest}, as a caller or the console saw it.
 *
 * @param outcome       success or failure
 * @param httpStatus    the HTTP status of an API call; {@code null} for console steps
 * @param code          the Feishu {@code code} of an API call (0 on success); {@code null} for console steps
 * @param message       the error message ({@code msg}, or the console's prompt, e.g. 该权限不存在或该应用无权申请该权限，
 *                      请重新录入); {@code null} on success
 * @param violations    {@code error.permission_violations[]}; empty when none
 * @param fields        the response fields that came back; {@code null} for anything but a successful API call
 * @param resourceOwner the owner of the resource the call created; {@code null} when it created none
 * @param states        the app's permission states after the request; empty when the target does not report them
 * @param versionStatus the status of the app's latest version after the request; {@code null} when none
 * @param export        for {@code export}: the document; {@code null} otherwise
 * @param imported      for {@code import}: the newly applied permissions by identity tab; {@code null} otherwise
 * @param delivered     for an {@link EventDelivery}: whether the event reaches the subscription; {@code null} otherwise
 */
@API(status = STABLE, since = "0.1")
public record PlatformObservation(
        CallOutcome outcome,
        @Nullable Integer httpStatus,
        @Nullable Long code,
        @Nullable String message,
        List<Violation> violations,
        @Nullable List<String> fields,
        @Nullable ResourceOwner resourceOwner,
        List<PermissionStatus> states,
        @Nullable VersionStatus versionStatus,
        @Nullable ScopesExport export,
        @Nullable ScopeLists imported,
        @Nullable Boolean delivered) {

    public PlatformObservation {
        Objects.requireNonNull(outcome, "outcome");
        violations = List.copyOf(violations);
        fields = fields == null ? null : List.copyOf(fields);
        states = List.copyOf(states);
    }
}
