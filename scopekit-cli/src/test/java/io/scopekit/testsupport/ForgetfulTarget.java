package io.scopekit.testsupport;

import io.scopekit.target.SessionConfig;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;

/**
 * A deliberately wrong target: the reference runtime, except that it drops every scripted answer, so a prompt that
 * needs one ends the action with an {@code unscripted-prompt} {@link TargetError} — a failure as a value.
 */
public final class ForgetfulTarget implements Target {
    private final ReferenceTarget reference = new ReferenceTarget();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("forgetful", "test", "reference runtime that forgets scripted answers");
    }

    @Override
    public TargetSession open(SessionConfig config) {
        return new ScriptRewritingSession(reference.open(config), answer -> null);
    }
}
