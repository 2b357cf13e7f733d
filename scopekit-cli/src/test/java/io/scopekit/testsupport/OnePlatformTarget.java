package io.scopekit.testsupport;

import io.scopekit.consent.Aspect;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.Coverage;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Strictness;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;
import java.util.Map;
import java.util.Set;

/**
 * A runtime of one platform (Kuaishou), as docs/target-api.md tells its authors to write it: it declares that
 * platform in {@link #coverage()} and refuses to open a session on any other with an
 * {@link IllegalArgumentException}. Inside, the reference runtime does the work.
 */
public final class OnePlatformTarget implements Target {
    /** The one platform. */
    public static final String PLATFORM = "kuaishou";

    private final ReferenceTarget runtime = new ReferenceTarget();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("kuaishou-only", "1.0", "a runtime of one platform (reference inside)");
    }

    @Override
    public Coverage coverage() {
        return Coverage.platforms(PLATFORM);
    }

    @Override
    public Map<Aspect, Strictness> capabilities() {
        return runtime.capabilities();
    }

    @Override
    public Set<ControlOperation> controlOperations() {
        return runtime.controlOperations();
    }

    @Override
    public TargetSession open(SessionConfig config) {
        if (!PLATFORM.equals(config.platform())) {
            throw new IllegalArgumentException("only " + PLATFORM + " is implemented, not " + config.platform());
        }
        return runtime.open(config);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
