package io.scopekit.target.http;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.target.ActionResult;
import io.scopekit.target.SessionControl;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import io.scopekit.target.WireExchange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One session on a protocol target: each SPI call is one request. A session the target did not open answers every
 * call with the error of the opening, so the scenario still ends as a target error with the exchange that failed.
 */
final class HttpSession extends WireSession<TargetError> implements TargetSession, SessionControl {
    /** An error that {@link #script} could not return; the next action returns it. */
    private @Nullable TargetError pending;

    HttpSession(Wire wire, String id, List<WireExchange> opening) {
        super(wire, id, Route.CLOSE_SESSION, CONSENT, opening);
    }

    HttpSession(TargetError failedOpening, List<WireExchange> opening) {
        super(null, "", Route.CLOSE_SESSION, CONSENT, opening);
        this.pending = failedOpening;
    }

    @Override
    public SessionControl control() {
        return this;
    }

    @Override
    public void script(PromptKind kind, Answer answer) {
        if (!opened()) {
            return;
        }
        ObjectNode body = ProtocolJson.body();
        body.put("kind", kind.wireName());
        body.put("answer", answer.wireName());
        TargetError error = done(Route.SCRIPT, body, "scripting " + kind.wireName());
        if (error != null && pending == null) {
            pending = error;
        }
    }

    @Override
    public Optional<TargetError> seed(String scope, RecordState state) {
        if (!opened()) {
            return Optional.ofNullable(pending);
        }
        ObjectNode body = ProtocolJson.body();
        body.put("scope", scope);
        body.put("state", state.wireName());
        return Optional.ofNullable(done(Route.SEED, body, "seeding " + scope));
    }

    @Override
    public Optional<Map<String, RecordState>> records() {
        return read(Route.RECORDS, "records", ProtocolJson::records);
    }

    @Override
    public ActionResult perform(Action action) {
        if (pending != null) {
            TargetError error = pending;
            pending = opened() ? null : error;
            return error;
        }
        ObjectNode body = ProtocolJson.body();
        body.set("action", ProtocolJson.action(action));
        return perform(Route.PERFORM, body, ProtocolJson::observation, error -> error);
    }
}
