package io.scopekit.harness;

import io.scopekit.target.WireExchange;
import io.scopekit.target.WireLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The domain-neutral core of a conversation with one target session, whatever the domain: the session is opened at
 * its first use, every call into it is bounded ({@link RunResources#actionDeadline}), a call that times out gives the
 * session up so later calls fail at once with the reason, closing is bounded too, and what crossed the wire to a
 * network target is kept for the report. A domain's conversation puts its oracle and its state on top.
 *
 * <p>Not thread-safe, like the conversation that owns it.
 *
 * @param <S> the domain's session type
 */
public final class SessionCalls<S extends AutoCloseable> {
    private final RunResources resources;
    private final Deadline deadline;
    private final Bounded calls;
    private final Supplier<S> opener;
    private final List<WireExchange> wire = new ArrayList<>();
    private @Nullable S session;
    private @Nullable String abandoned;

    /** The scenario timeout counts from here; {@code calls} is closed with this. */
    SessionCalls(RunResources resources, Bounded calls, Supplier<S> opener) {
        this.resources = resources;
        this.calls = calls;
        this.opener = opener;
        this.deadline = resources.scenarioDeadline();
    }

    /** Tells whether the session was opened (and not closed since). */
    public boolean opened() {
        return session != null;
    }

    /** Returns the session, opening it at its first use; call it inside a bounded call. */
    public S session() {
        if (session == null) {
            session = opener.get();
        }
        return session;
    }

    /**
     * Runs one data-plane call on the session, bounded; after a timeout the session is given up and this and every
     * later call answers {@code failure} of the reason instead.
     */
    public <R> R perform(String what, Function<S, R> work, Function<String, R> failure) {
        if (abandoned != null) {
            return failure.apply(abandoned);
        }
        try {
            return calls.call(resources.actionDeadline(deadline), what, () -> work.apply(session()));
        } catch (TimedOutException e) {
            // The session may still be inside the call: nothing more can be asked of it.
            abandoned = "the target session was given up after an earlier timeout: " + e.getMessage();
            return failure.apply(e.getMessage());
        }
    }

    /**
     * Runs {@code work} bounded, as a set-up call does.
     *
     * @throws TimedOutException when the deadline passes first
     */
    public <T> T bounded(String what, Callable<T> work) {
        return calls.call(resources.actionDeadline(deadline), what, work);
    }

    /** Ends the session, if one was opened and not given up; a close that times out cannot change a result. */
    public void close() {
        S open = session;
        try {
            if (open != null && abandoned == null) {
                session = null;
                bounded("closing the target session", () -> {
                    open.close();
                    return null;
                });
            }
        } catch (TimedOutException e) {
            // Closing cannot change a result; the scenario is over either way.
        } finally {
            session = null;
            calls.close();
            if (open instanceof WireLog log) {
                wire.addAll(log.drainExchanges());
            }
        }
    }

    /** Returns what crossed the wire in this conversation, oldest first, and forgets it. */
    public List<WireExchange> drainWireExchanges() {
        if (session instanceof WireLog log) {
            wire.addAll(log.drainExchanges());
        }
        List<WireExchange> out = List.copyOf(wire);
        wire.clear();
        return out;
    }

    /** Tells an exchange's record holds either an observation or a target error, never both or neither. */
    public static void requireOneOf(@Nullable Object observation, @Nullable Object targetError) {
        if ((observation == null) == (targetError == null)) {
            throw new IllegalArgumentException("an exchange has either an observation or a target error");
        }
    }
}
