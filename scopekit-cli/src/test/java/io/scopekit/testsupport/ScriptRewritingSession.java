package io.scopekit.testsupport;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.target.ActionResult;
import io.scopekit.target.SessionControl;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A session of another target whose scripted answers are rewritten before they reach it (an answer rewritten to
 * {@code null} is dropped): the one way the deliberately wrong test targets differ from the reference.
 */
final class ScriptRewritingSession implements TargetSession, SessionControl {
    private final TargetSession delegate;
    private final UnaryOperator<Answer> rewrite;

    ScriptRewritingSession(TargetSession delegate, UnaryOperator<Answer> rewrite) {
        this.delegate = delegate;
        this.rewrite = rewrite;
    }

    @Override
    public SessionControl control() {
        return this;
    }

    @Override
    public void script(PromptKind kind, Answer answer) {
        Answer rewritten = rewrite.apply(answer);
        if (rewritten != null) {
            delegate.control().script(kind, rewritten);
        }
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
