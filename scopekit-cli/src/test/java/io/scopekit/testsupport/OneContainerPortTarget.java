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
 * A runtime of one platform in one container: {@code @uni/authorize} in WeChat only. It declares that in
 * {@link #coverage()} and, as docs/target-api.md tells authors, refuses to open a session outside it; inside, the
 * reference runtime does the work.
 */
public class OneContainerPortTarget implements Target {
    /** The one platform. */
    public static final String PLATFORM = "uni-authorize";
    /** The one container. */
    public static final String CONTAINER = "wechat";

    private final ReferenceTarget runtime = new ReferenceTarget();
    private final Coverage coverage;

    public OneContainerPortTarget() {
        this(new Coverage(Set.of(PLATFORM), Set.of(CONTAINER), Set.of()));
    }

    OneContainerPortTarget(Coverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("uni-wechat-only", "1.0", "@uni/authorize in WeChat only (reference inside)");
    }

    @Override
    public Coverage coverage() {
        return coverage;
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
        if (!coverage.covers(config)) {
            throw new IllegalArgumentException("not implemented: " + config.platform() + " in "
                    + config.container() + " (" + config.appKind() + ")");
        }
        return runtime.open(config);
    }

    @Override
    public void close() {
        runtime.close();
    }

    /** A runtime of mini-programs only, on every platform that hosts them. */
    public static final class MiniProgramsOnly extends OneContainerPortTarget {
        public MiniProgramsOnly() {
            super(new Coverage(Set.of(), Set.of(), Set.of("mini-program")));
        }
    }
}
