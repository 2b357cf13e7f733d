package io.scopekit.target.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Aspect;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.Coverage;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Target;
import io.scopekit.target.TargetSession;
import io.scopekit.target.TargetUnreachableException;
import io.scopekit.target.WireExchange;
import java.time.Duration;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Reaches a target that serves the target protocol ({@code scopekit-target/1}, adapters/protocol/openapi.yaml) over
 * HTTP/1.1: {@code --target http://host:port[/base]}.
 *
 * <p>{@link #connect} asks the target to describe itself before anything else, so a target that cannot be reached
 * fails the run at the start ({@link TargetUnreachableException}, exit 3). After that, nothing the target sends can
 * break the kit: a transport fault or an answer that breaks the protocol (another version, a missing field, an
 * unknown enum value, a body over 10 MB, invalid UTF-8, a status other than 200) becomes a {@link TargetError} of the
 * scenario with one line naming the request and what was wrong, and every exchange is kept for the report
 * ({@link io.scopekit.target.WireLog}).
 */
@API(status = EXPERIMENTAL)
public final class HttpTarget extends WireTarget<Aspect, ControlOperation> implements Target {
    private final Description description;

    private HttpTarget(Wire wire, Description description) {
        super(wire, description.identity(), description.capabilities(), description.controlOperations());
        this.description = description;
    }

    /**
     * Connects to the target at {@code url} and reads its description.
     *
     * @param timeout the connect timeout and the longest one request may take until its whole answer is read
     * @throws IllegalArgumentException   when {@code url} is not an http(s) base URL
     * @throws TargetUnreachableException with a one-line reason when the target gives no good description
     */
    public static HttpTarget connect(String url, Duration timeout) {
        return connect(url, timeout, exchange -> {});
    }

    /** Connects as {@link #connect(String, Duration)} does, handing the probe's exchange to {@code probeLog}. */
    static HttpTarget connect(String url, Duration timeout, Consumer<WireExchange> probeLog) {
        Wire wire = new Wire(Description.base(url), timeout);
        return new HttpTarget(wire, Description.probe(wire, probeLog));
    }

    /** Returns whether the target also serves the permission-platform side ({@code /v1/platform}). */
    public boolean servesPermissionPlatform() {
        return description.permission() != null;
    }

    @Override
    public Coverage coverage() {
        return description.coverage();
    }

    /**
     * Opens a session; when the target does not open one (a fault, an error answer) the session returned answers
     * every action with that error, so the scenario reports it as a target error.
     */
    @Override
    public TargetSession open(SessionConfig config) {
        return open(Route.OPEN_SESSION, ProtocolJson.config(config), WireSession.CONSENT,
                (id, opening) -> new HttpSession(wire, id, opening), HttpSession::new);
    }
}
