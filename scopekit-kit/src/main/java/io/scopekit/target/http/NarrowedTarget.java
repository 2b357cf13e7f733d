package io.scopekit.target.http;

import io.scopekit.consent.Aspect;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.Coverage;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Strictness;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import java.util.Map;
import java.util.Set;

/**
 * A target presented as implementing fewer platforms than it does, as a one-platform runtime presents itself
 * ({@code scopekit serve --platform}): it declares {@code coverage} and refuses a session outside it; everything
 * else is {@code target}'s.
 *
 * @param target   the target served
 * @param coverage what it declares
 */
public record NarrowedTarget(Target target, Coverage coverage) implements Target {
    @Override
    public TargetIdentity identity() {
        return target.identity();
    }

    @Override
    public Map<Aspect, Strictness> capabilities() {
        return target.capabilities();
    }

    @Override
    public Set<ControlOperation> controlOperations() {
        return target.controlOperations();
    }

    @Override
    public TargetSession open(SessionConfig config) {
        if (!coverage.covers(config)) {
            throw new IllegalArgumentException("platform " + config.platform() + " is not served (serve --platform "
                    + String.join(", ", coverage.platforms()) + ")");
        }
        return target.open(config);
    }

    @Override
    public void close() {
        target.close();
    }
}
