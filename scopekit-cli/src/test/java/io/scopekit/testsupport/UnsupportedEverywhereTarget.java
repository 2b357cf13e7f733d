package io.scopekit.testsupport;

import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Strictness;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A wrong target that hides behind its capabilities (issue 24, item 3): the reference runtime with every scripted
 * answer inverted (allow becomes deny and back), so every outcome is the opposite of the reference's, and every
 * aspect declared {@link Strictness#UNSUPPORTED}, so no check can catch it.
 */
public final class UnsupportedEverywhereTarget implements Target {
    private final ReferenceTarget reference = new ReferenceTarget();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("unsupported-everywhere", "test", "inverts every answer, declares every aspect "
                + "unsupported");
    }

    @Override
    public Map<Aspect, Strictness> capabilities() {
        Map<Aspect, Strictness> all = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            all.put(a, Strictness.UNSUPPORTED);
        }
        return all;
    }

    @Override
    public Set<ControlOperation> controlOperations() {
        return reference.controlOperations();
    }

    @Override
    public TargetSession open(SessionConfig config) {
        return new ScriptRewritingSession(reference.open(config),
                answer -> answer == Answer.ALLOW ? Answer.DENY : Answer.ALLOW);
    }
}
