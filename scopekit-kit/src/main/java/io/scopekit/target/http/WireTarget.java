package io.scopekit.target.http;

import io.scopekit.target.Reachability;
import io.scopekit.target.Strictness;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.WireExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the two sides of a protocol target share: one {@link Wire} (its calls counted from the start of the run, the
 * probe's not among them), what the target's description says of the side (identity, capabilities, control
 * operations) and opening a session.
 *
 * @param <A> the side's aspects
 * @param <C> the side's control operations
 */
abstract class WireTarget<A, C> implements Reachability {
    final Wire wire;
    // The probe's calls, made before this target was built, are not calls of the run.
    private final Tally atStart;
    private final TargetIdentity identity;
    private final Map<A, Strictness> capabilities;
    private final Set<C> controlOperations;

    WireTarget(Wire wire, TargetIdentity identity, Map<A, Strictness> capabilities, Set<C> controlOperations) {
        this.wire = wire;
        this.atStart = wire.tally();
        this.identity = identity;
        this.capabilities = capabilities;
        this.controlOperations = controlOperations;
    }

    public TargetIdentity identity() {
        return identity;
    }

    public Map<A, Strictness> capabilities() {
        return capabilities;
    }

    public Set<C> controlOperations() {
        return controlOperations;
    }

    @Override
    public Tally callsSinceStart() {
        Tally now = wire.tally();
        return new Tally(now.calls() - atStart.calls(), now.failedToConnect() - atStart.failedToConnect());
    }

    /**
     * Opens a session with {@code route}, sending {@code config} as the body's {@code config}; when the target does not
     * open one (a fault, an error answer) the session {@code failed} builds answers with that error, so the scenario
     * reports it as a target error.
     */
    final <E, S> S open(Route route, JsonNode config, WireSession.Errors<E> errors,
            BiFunction<String, List<WireExchange>, S> opened, BiFunction<E, List<WireExchange>, S> failed) {
        ObjectNode body = ProtocolJson.body();
        body.set("config", config);
        List<WireExchange> opening = new ArrayList<>();
        E error;
        try {
            JsonNode answer = wire.call(route, body, opening::add);
            JsonNode e = answer.get("error");
            if (e == null || e.isNull()) {
                return opened.apply(ProtocolJson.text(answer, "session"), opening);
            }
            error = errors.opening(errors.read(e));
        } catch (Wire.ProtocolFault fault) {
            error = errors.internal(fault.getMessage());
        }
        return failed.apply(error, opening);
    }
}
