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
import io.scopekit.target.WireLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One session on a protocol target: each SPI call is one request. A session the target did not open answers every
 * call with the error of the opening, so the scenario still ends as a target error with the exchange that failed.
 */
final class HttpSession implements TargetSession, SessionControl, WireLog {
    private final @Nullable Wire wire;
    private final @Nullable String path;
    private final List<WireExchange> exchanges;
    /** An error that {@link #script} could not return; the next action returns it. */
    private @Nullable TargetError pending;
    private boolean closed;

    HttpSession(Wire wire, String id, List<WireExchange> opening) {
        this.wire = wire;
        this.path = "/v1/sessions/" + id;
        this.exchanges = new ArrayList<>(opening);
    }

    HttpSession(TargetError failedOpening, List<WireExchange> opening) {
        this.wire = null;
        this.path = null;
        this.exchanges = new ArrayList<>(opening);
        this.pending = failedOpening;
    }

    @Override
    public SessionControl control() {
        return this;
    }

    @Override
    public void script(PromptKind kind, Answer answer) {
        if (wire == null) {
            return;
        }
        ObjectNode body = ProtocolJson.body();
        body.put("kind", kind.wireName());
        body.put("answer", answer.wireName());
        TargetError error = done(() -> call("POST", "/script", body, "done.response"), "scripting " + kind.wireName());
        if (error != null && pending == null) {
            pending = error;
        }
    }

    @Override
    public Optional<TargetError> seed(String scope, RecordState state) {
        if (wire == null) {
            return Optional.ofNullable(pending);
        }
        ObjectNode body = ProtocolJson.body();
        body.put("scope", scope);
        body.put("state", state.wireName());
        return Optional.ofNullable(done(() -> call("POST", "/seed", body, "done.response"), "seeding " + scope));
    }

    @Override
    public Optional<Map<String, RecordState>> records() {
        if (wire == null) {
            return Optional.empty();
        }
        try {
            JsonNode answer = call("GET", "/records", null, "records.response");
            JsonNode records = answer.get("records");
            return records == null || records.isNull() ? Optional.empty()
                    : Optional.of(ProtocolJson.records(records));
        } catch (Wire.ProtocolFault | IllegalArgumentException e) {
            // The SPI has no error value here: records that cannot be read are no records (the exchange is logged).
            return Optional.empty();
        }
    }

    @Override
    public ActionResult perform(Action action) {
        if (pending != null) {
            TargetError error = pending;
            pending = wire == null ? error : null;
            return error;
        }
        ObjectNode body = ProtocolJson.body();
        body.set("action", ProtocolJson.action(action));
        try {
            JsonNode answer = call("POST", "/actions", body, "perform.response");
            JsonNode error = answer.get("error");
            return error == null || error.isNull() ? ProtocolJson.observation(answer.get("observation"))
                    : ProtocolJson.targetError(error);
        } catch (Wire.ProtocolFault fault) {
            return TargetError.internal(fault.getMessage());
        } catch (IllegalArgumentException e) {
            return TargetError.internal("POST " + path + "/actions: the answer cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (wire == null || closed) {
            return;
        }
        closed = true;
        try {
            call("DELETE", "", null, "done.response");
        } catch (Wire.ProtocolFault e) {
            // Closing cannot change a result; the exchange is in the log.
        }
    }

    @Override
    public synchronized List<WireExchange> drainExchanges() {
        List<WireExchange> out = List.copyOf(exchanges);
        exchanges.clear();
        return out;
    }

    private JsonNode call(String method, String suffix, @Nullable ObjectNode body, String schema) {
        return wire.call(method, path + suffix, body, schema, this::log);
    }

    private synchronized void log(WireExchange exchange) {
        exchanges.add(exchange);
    }

    /** Runs a call whose answer is empty or an error; returns the error, a fault as an internal one. */
    private @Nullable TargetError done(java.util.function.Supplier<JsonNode> call, String what) {
        try {
            JsonNode error = call.get().get("error");
            return error == null || error.isNull() ? null : ProtocolJson.targetError(error);
        } catch (Wire.ProtocolFault fault) {
            return TargetError.internal(fault.getMessage());
        } catch (IllegalArgumentException e) {
            return TargetError.internal(what + ": the answer cannot be read: " + e.getMessage());
        }
    }
}
