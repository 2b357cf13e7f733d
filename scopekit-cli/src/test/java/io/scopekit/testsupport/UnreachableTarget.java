package io.scopekit.testsupport;

import io.scopekit.target.SessionConfig;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.TargetUnreachableException;

/** A target that describes itself but cannot be reached when a session is opened. */
public final class UnreachableTarget implements Target {
    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("unreachable", "0", "always fails to connect");
    }

    @Override
    public TargetSession open(SessionConfig config) {
        throw new TargetUnreachableException("connection refused by fixture runtime");
    }
}
