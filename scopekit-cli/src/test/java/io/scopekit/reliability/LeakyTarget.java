package io.scopekit.reliability;

import io.scopekit.consent.Action;
import io.scopekit.target.ActionResult;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.SessionControl;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;
import java.util.Set;

/**
 * A careless vendor target: the reference runtime, except that every action fails with an error message carrying
 * a live credential, and its identity carries one too. Every report file must hold {@link #SECRET} masked.
 */
public final class LeakyTarget implements Target {
    /** The planted credential's value. */
    public static final String SECRET = "sk_live_PLANTED4242";

    private final Target runtime = new ReferenceTarget();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("leaky", "1.0.0", "debug build, access_token=" + SECRET);
    }

    @Override
    public Set<ControlOperation> controlOperations() {
        return runtime.controlOperations();
    }

    @Override
    public TargetSession open(SessionConfig config) {
        TargetSession session = runtime.open(config);
        return new TargetSession() {
            @Override
            public SessionControl control() {
                return session.control();
            }

            @Override
            public ActionResult perform(Action action) {
                return TargetError.internal("upstream GET /api?access_token=" + SECRET + " returned 500");
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }

    @Override
    public void close() {
        runtime.close();
    }
}
