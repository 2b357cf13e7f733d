package io.scopekit.testsupport;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.target.ActionResult;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.SessionControl;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;
import java.util.Map;
import java.util.Optional;

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
        return new Forgetful(reference.open(config));
    }

    private static final class Forgetful implements TargetSession, SessionControl {
        private final TargetSession delegate;

        Forgetful(TargetSession delegate) {
            this.delegate = delegate;
        }

        @Override
        public SessionControl control() {
            return this;
        }

        @Override
        public void script(PromptKind kind, Answer answer) {
            // forgotten on purpose
        }

        @Override
        public Optional<TargetError> seed(String scope, RecordState state) {
            return delegate.control().seed(scope, state);
        }

        @Override
        public Optional<Map<String, RecordState>> records() {
            return delegate.control().records();
        }

        @Override
        public ActionResult perform(Action action) {
            return delegate.perform(action);
        }
    }
}
