package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Hands over what crossed the wire between the kit and a target reached over a network, so that the report can
 * show every request and answer of a scenario. Implemented by the sessions of such targets (the HTTP adapter's);
 * the harness asks for it when the scenario ends.
 */
@API(status = EXPERIMENTAL)
public interface WireLog {

    /** Returns the exchanges since the last call, oldest first, and forgets them. */
    List<WireExchange> drainExchanges();
}
