package io.scopekit.target.http;

import io.scopekit.target.TargetError;
import io.scopekit.target.WireExchange;
import io.scopekit.target.WireLog;
import io.scopekit.target.permission.PlatformError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a protocol session of either side does the same way: it sends the operations of its {@link Route}s on one
 * {@link Wire}, keeps every exchange for the report, turns a transport fault or an unreadable answer into the side's
 * internal error, and closes once. A session the target did not open has no wire; each side decides what its calls
 * answer then.
 *
 * @param <E> the side's error value ({@link TargetError} or {@link PlatformError})
 */
abstract class WireSession<E> implements WireLog {

    /** How a side of the SPI words its error values. */
    interface Errors<E> {
        /** Reads an {@code error} member of an answer; throws {@link IllegalArgumentException} when it cannot. */
        E read(JsonNode error);

        /** An internal error with this message. */
        E internal(String message);

        /** The same error, said of opening the session. */
        E opening(E error);
    }

    static final Errors<TargetError> CONSENT = new Errors<>() {
        @Override
        public TargetError read(JsonNode error) {
            return ProtocolJson.targetError(error);
        }

        @Override
        public TargetError internal(String message) {
            return TargetError.internal(message);
        }

        @Override
        public TargetError opening(TargetError error) {
            return new TargetError(error.kind(), "opening the session: " + error.message());
        }
    };

    static final Errors<PlatformError> PLATFORM = new Errors<>() {
        @Override
        public PlatformError read(JsonNode error) {
            return ProtocolJson.platformError(error);
        }

        @Override
        public PlatformError internal(String message) {
            return PlatformError.internal(message);
        }

        @Override
        public PlatformError opening(PlatformError error) {
            return new PlatformError(error.kind(), "opening the session: " + error.message());
        }
    };

    private final @Nullable Wire wire;
    private final String id;
    private final Route close;
    private final Errors<E> errors;
    private final List<WireExchange> exchanges;
    private boolean closed;

    /**
     * @param wire    the target's wire; {@code null} when the target did not open the session
     * @param id      the session's id ({@code ""} when not opened)
     * @param close   the route that ends the session
     * @param opening the exchanges of the opening, first in the log
     */
    WireSession(@Nullable Wire wire, String id, Route close, Errors<E> errors, List<WireExchange> opening) {
        this.wire = wire;
        this.id = id;
        this.close = close;
        this.errors = errors;
        this.exchanges = new ArrayList<>(opening);
    }

    /** Whether the target opened this session. */
    final boolean opened() {
        return wire != null;
    }

    /** Sends an operation of this session; {@code more} are the path's parameters after the session id. */
    final JsonNode call(Route route, @Nullable ObjectNode body, String... more) {
        String[] params = new String[more.length + 1];
        params[0] = id;
        System.arraycopy(more, 0, params, 1, more.length);
        return wire.call(route, body, this::log, params);
    }

    /**
     * Sends an operation whose answer is empty or an error, and returns the error: a fault as an internal one, an
     * answer that cannot be read as an internal one naming {@code what} (the request when {@code null}).
     */
    final @Nullable E done(Route route, ObjectNode body, @Nullable String what) {
        try {
            JsonNode error = call(route, body).get("error");
            return error == null || error.isNull() ? null : errors.read(error);
        } catch (Wire.ProtocolFault fault) {
            return errors.internal(fault.getMessage());
        } catch (IllegalArgumentException e) {
            return errors.internal((what == null ? request(route) : what) + ": the answer cannot be read: "
                    + e.getMessage());
        }
    }

    /**
     * Sends an operation whose answer is an observation or an error; the error, a fault or an unreadable answer
     * comes back through {@code failed}.
     */
    final <R> R perform(Route route, ObjectNode body, Function<JsonNode, R> observed, Function<E, R> failed) {
        try {
            JsonNode answer = call(route, body);
            JsonNode error = answer.get("error");
            return error == null || error.isNull() ? observed.apply(answer.get("observation"))
                    : failed.apply(errors.read(error));
        } catch (Wire.ProtocolFault fault) {
            return failed.apply(errors.internal(fault.getMessage()));
        } catch (IllegalArgumentException e) {
            return failed.apply(errors.internal(request(route) + ": the answer cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Reads one member of a GET operation's answer. The SPI has no error value here: what cannot be read is absent
     * (the exchange is logged).
     */
    final <T> Optional<T> read(Route route, String member, Function<JsonNode, T> reader, String... more) {
        if (wire == null) {
            return Optional.empty();
        }
        try {
            JsonNode value = call(route, null, more).get(member);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(reader.apply(value));
        } catch (Wire.ProtocolFault | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void close() {
        if (wire == null || closed) {
            return;
        }
        closed = true;
        try {
            call(close, null);
        } catch (Wire.ProtocolFault e) {
            // Closing cannot change a result; the exchange is in the log.
        }
    }

    @Override
    public final synchronized List<WireExchange> drainExchanges() {
        List<WireExchange> out = List.copyOf(exchanges);
        exchanges.clear();
        return out;
    }

    private synchronized void log(WireExchange exchange) {
        exchanges.add(exchange);
    }

    private String request(Route route) {
        return route.method() + " " + route.path(id);
    }
}
