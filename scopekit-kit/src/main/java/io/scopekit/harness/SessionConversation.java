package io.scopekit.harness;

import io.scopekit.target.WireExchange;
import java.util.List;

/**
 * What every domain's conversation does alike with its one target session, on top of {@link SessionCalls}: closing
 * it and handing over what crossed the wire. A domain's conversation (in its own package, {@code
 * io.scopekit.domain.<domain>}) adds its oracle and its state; this class and {@link SessionCalls} are the part of
 * the domain SPI that the engine provides.
 *
 * @param <S> the domain's session type
 */
public abstract class SessionConversation<S extends AutoCloseable> implements AutoCloseable {
    /** Every call into the session goes through here. */
    protected final SessionCalls<S> calls;

    protected SessionConversation(RunResources resources, Bounded calls) {
        // The session is opened by the subclass at its first use, after construction.
        this.calls = new SessionCalls<>(resources, calls, this::open);
    }

    /** Opens the domain's session; called at the first call into it, inside a bounded call. */
    protected abstract S open();

    /** Ends the target session, if one was opened. */
    @Override
    public void close() {
        calls.close();
    }

    /**
     * Returns what crossed the wire to a network target in this conversation (its requests and answers, for the
     * report), oldest first, and forgets it; empty for an in-process target.
     */
    public List<WireExchange> drainWireExchanges() {
        return calls.drainWireExchanges();
    }
}
