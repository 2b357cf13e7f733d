package io.scopekit.testsupport;

import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Aspect;
import io.scopekit.target.ActionResult;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.SessionControl;
import io.scopekit.target.Strictness;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;
import java.util.Map;
import java.util.Set;

/**
 * The reference runtime without a settings page switch (issue 21, item 2): it answers {@code toggle-setting} with
 * an {@code unsupported-action} error, an action no Then step checks of its own, and does everything else right.
 */
public final class NoToggleTarget implements Target {
    /** What it answers a switch in the settings page with. */
    public static final String MESSAGE = "this runtime has no settings page switch";

    private final ReferenceTarget reference = new ReferenceTarget();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("no-toggle", "test", "the reference without toggle-setting");
    }

    @Override
    public Map<Aspect, Strictness> capabilities() {
        return reference.capabilities();
    }

    @Override
    public Set<ControlOperation> controlOperations() {
        return reference.controlOperations();
    }

    @Override
    public TargetSession open(SessionConfig config) {
        TargetSession session = reference.open(config);
        return new TargetSession() {
            @Override
            public SessionControl control() {
                return session.control();
            }

            @Override
            public ActionResult perform(Action action) {
                return action.type() == ActionType.TOGGLE_SETTING ? TargetError.unsupportedAction(MESSAGE)
                        : session.perform(action);
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }
}
