package io.scopekit.testsupport;

import io.scopekit.consent.Action;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.SessionControl;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately wrong target: the reference runtime, except that on WeChat a call (or wx.authorize) of a scope
 * the user denied shows the consent prompt again — what seed 004 §引导用户重新授权 rules out.
 */
public final class RepromptAfterDenialTarget implements Target {
    private final ReferenceTarget reference = new ReferenceTarget();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("reprompt-after-denial", "test", "reference runtime that re-prompts after a denial");
    }

    @Override
    public TargetSession open(SessionConfig config) {
        TargetSession session = reference.open(config);
        return config.platform().startsWith("wechat") ? new Reprompting(session) : session;
    }

    private static final class Reprompting implements TargetSession {
        private final TargetSession delegate;
        private final Map<String, String> deniedByActionKey = new HashMap<>();

        Reprompting(TargetSession delegate) {
            this.delegate = delegate;
        }

        @Override
        public SessionControl control() {
            return delegate.control();
        }

        @Override
        public ActionResult perform(Action action) {
            ActionResult result = delegate.perform(action);
            if (!(result instanceof Observation observed)) {
                return result;
            }
            String key = action.api() != null ? action.api() : action.scope();
            String denied = key == null ? null : deniedByActionKey.get(key);
            boolean consentShown = observed.prompts().stream().anyMatch(p -> p.kind() == PromptKind.CONSENT);
            if (denied != null && !consentShown && observed.outcome() == Outcome.FAIL) {
                List<Prompt> prompts = new ArrayList<>(observed.prompts());
                prompts.add(0, Prompt.consent(denied));
                return new Observation(observed.outcome(), observed.errMsg(), observed.errno(), prompts,
                        observed.authSetting(), observed.settingsList(), observed.response());
            }
            if (consentShown && observed.outcome() == Outcome.FAIL && key != null) {
                String scope = observed.prompts().get(0).scope();
                deniedByActionKey.put(key, scope);
                deniedByActionKey.put(scope, scope);
            }
            return observed;
        }
    }
}
