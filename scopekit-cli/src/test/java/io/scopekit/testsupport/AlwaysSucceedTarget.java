package io.scopekit.testsupport;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.PromptKind;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Coverage;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.SessionControl;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import java.util.List;
import java.util.Map;

/**
 * The laziest wrong runtime a newcomer could write (issue 21, item 1): on WeChat mini-program every action succeeds
 * with {@code ok} and never a prompt, whatever was scripted, and the only control it offers is scripting answers, which
 * it ignores. Most scenarios fail, many of them already in a {@code Given} that needs a control it lacks: the run
 * whose report must show every behaviour it failed.
 */
public final class AlwaysSucceedTarget implements Target {
    /** The one platform it declares. */
    public static final String PLATFORM = "wechat-miniprogram";

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("always-succeed", "test", "every action succeeds, never a prompt");
    }

    @Override
    public Coverage coverage() {
        return Coverage.platforms(PLATFORM);
    }

    @Override
    public TargetSession open(SessionConfig config) {
        return new Session();
    }

    private static final class Session implements TargetSession, SessionControl {
        @Override
        public SessionControl control() {
            return this;
        }

        @Override
        public void script(PromptKind kind, Answer answer) {
            // ignored: this runtime never asks
        }

        @Override
        public ActionResult perform(Action action) {
            String api = action.api() == null ? "action" : action.api();
            return new Observation(Outcome.SUCCESS, api + ":ok", null, List.of(), null, null, Map.of());
        }
    }
}
