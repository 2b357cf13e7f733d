package io.scopekit.target.http;

import io.scopekit.target.Reachability;
import io.scopekit.target.WireExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the two sides of a protocol target share: one {@link Wire} (its calls counted from the start of the run, the
 * probe's not among them) and opening a session.
 */
abstract class WireTarget implements Reachability {
    final Wire wire;
    // The probe's calls, made before this target was built, are not calls of the run.
    private final Tally atStart;

    WireTarget(Wire wire) {
        this.wire = wire;
        this.atStart = wire.tally();
    }

    @Override
    public Tally callsSinceStart() {
        Tally now = wire.tally();
        return new Tally(now.calls() - atStart.calls(), now.failedToConnect() - atStart.failedToConnect());
    }

    /**
     * Opens a session with {@code route}; when the target does not open one (a fault, an error answer) the session
     * {@code failed} builds answers with that error, so the scenario reports it as a target error.
     */
    final <E, S> S open(Route route, ObjectNode body, WireSession.Errors<E> errors,
            BiFunction<String, List<WireExchange>, S> opened, BiFunction<E, List<WireExchange>, S> failed) {
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
