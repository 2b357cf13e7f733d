package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.ResourceOwner;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.permission.VersionStatus;
import io.scopekit.permission.Violation;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * States what a conforming open platform must answer in a {@link PermissionSituation}, and which rules say so.
 *
 * <p>An aspect listed in {@link #unspecified()} is one the sources are silent on: its field here is {@code null}
 * (or empty) and the harness reports it as unspecified rather than comparing it. Fields that do not apply to the
 * request (an export for an API call) are {@code null} too.
 *
 * @param outcome         success or failure
 * @param httpStatus      the documented HTTP status; {@code null} when not documented or not an API call
 * @param code            the Feishu code of an API call (0 on success); {@code null} when none is documented
 * @param messagePatterns on failure, the message must contain one of these; empty when any will do
 * @param violations      the expected {@code permission_violations[]} (type and subject); a call needing one of
 *                        several permissions lists each
 * @param fields          for a successful API call: the requested fields that must come back; {@code null} otherwise
 * @param withheld        for a successful API call: the requested fields that must not come back
 * @param resourceOwner   the owner of a created resource; {@code null} when the call creates none
 * @param statesAfter     the app's permission states after the request (the version in use); empty when the
 *                        request changes none or when {@link PermissionAspect#STATES} is unspecified
 * @param notEnabled      permissions that must not be enabled after the request even where their exact state is
 *                        unspecified (a rejected version)
 * @param versionStatus   the version's status after the request; {@code null} when it does not concern a version
 * @param export          for {@code export}: the document; {@code null} otherwise
 * @param imported        for {@code import}: the newly applied permissions by identity tab; {@code null} otherwise
 * @param delivered       for an event delivery: whether the event reaches the subscription; {@code null} otherwise
 * @param unneeded        for an export with a plan ({@link PermissionSituation#plan()}): the applied permissions
 *                        least privilege flags, those no planned call accepts; {@code null} otherwise
 * @param unspecified     aspects the sources leave open, each with the reason
 * @param firedRules      the rules that produced this decision, in firing order, each with its source
 */
@API(status = EXPERIMENTAL)
public record PermissionDecision(
        CallOutcome outcome,
        Integer httpStatus,
        Long code,
        List<String> messagePatterns,
        List<Violation> violations,
        List<String> fields,
        List<String> withheld,
        ResourceOwner resourceOwner,
        List<PermissionStatus> statesAfter,
        List<PermissionRef> notEnabled,
        VersionStatus versionStatus,
        ScopesExport export,
        ScopeLists imported,
        Boolean delivered,
        List<PermissionRef> unneeded,
        Map<PermissionAspect, String> unspecified,
        List<FiredRule> firedRules) {

    public PermissionDecision {
        messagePatterns = messagePatterns == null ? List.of() : List.copyOf(messagePatterns);
        violations = violations == null ? List.of() : List.copyOf(violations);
        fields = fields == null ? null : List.copyOf(fields);
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
        statesAfter = statesAfter == null ? List.of() : List.copyOf(statesAfter);
        notEnabled = notEnabled == null ? List.of() : List.copyOf(notEnabled);
        unneeded = unneeded == null ? null : List.copyOf(unneeded);
        unspecified = unspecified == null ? Map.of() : Map.copyOf(unspecified);
        firedRules = firedRules == null ? List.of() : List.copyOf(firedRules);
    }

    /** Returns true when the sources say nothing about {@code aspect} in this situation. */
    public boolean isUnspecified(PermissionAspect aspect) {
        return unspecified.containsKey(aspect);
    }
}
