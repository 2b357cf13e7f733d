package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.oracle.PermissionDecision;
import io.scopekit.oracle.PermissionSituation;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Pairs a permission situation (an app's state and an API call or lifecycle step) with the permission oracle's
 * decision: what {@code scopekit explain --platform feishu-openplatform} shows, and what
 * {@link CheckCodec#toJson(PermissionExplanation)} prints in the shape of docs/explain.md ("Server side").
 *
 * @param situation the situation decided
 * @param decision  the oracle's decision
 */
@API(status = EXPERIMENTAL)
public record PermissionExplanation(PermissionSituation situation, PermissionDecision decision) {

    public PermissionExplanation {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(decision, "decision");
    }
}
