package io.scopekit.domain.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.domain.DomainExplanation;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.oracle.PermissionSituation;
import java.io.PrintWriter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Pairs a permission situation (an app's state and an API call or lifecycle step) with the permission oracle's
 * decision: what {@code scopekit explain --platform feishu-openplatform} shows
 * ({@link PermissionExplanationText}), and what {@code --json} prints in the shape of docs/explain.md ("Server
 * side", {@link PermissionExplanationJson}).
 *
 * @param situation the situation decided
 * @param decision  the oracle's decision
 */
@API(status = EXPERIMENTAL)
public record PermissionExplanation(PermissionSituation situation, PermissionDecision decision)
        implements DomainExplanation {

    public PermissionExplanation {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(decision, "decision");
    }

    @Override
    public Object json() {
        return PermissionExplanationJson.of(this);
    }

    @Override
    public void print(PrintWriter out) {
        PermissionExplanationText.print(out, this);
    }
}
