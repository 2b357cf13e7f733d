package io.scopekit.target.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformControl;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves an in-process target over the target protocol ({@code scopekit-target/1}) with Jetty: the server half of
 * {@link HttpTarget}, behind {@code ./scopekit serve} and the kit's own protocol tests.
 *
 * <p>It checks every request body against its schema and answers a request it cannot take (another protocol
 * version, a broken body, an unknown session) with a target error, as the protocol asks of any implementation. A
 * request it cannot read at all is refused with a 4xx status and a target error (adapters/protocol/README.md, "The
 * kit's own server"): a body that is not UTF-8 (400), over 10 MB (413), or arriving too slowly (408).
 *
 * <p>Jetty rather than the JDK's server: Jetty reads request headers without holding a thread, cuts off a body that
 * arrives slower than a minimum rate and closes idle connections, each set per server; the JDK's server reads
 * headers on its worker threads, so a few slow clients hold every thread, and its timeouts are JVM-wide system
 * properties.
 */
@API(status = EXPERIMENTAL)
public final class TargetServer implements AutoCloseable {
    /** Threads answering requests (Jetty's selector and acceptor threads come out of the same pool). */
    private static final int THREADS = 32;
    /** A connection with nothing to read or write for this long is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** Bytes per second a request body must at least arrive at, once its first byte has. */
    static final long MIN_REQUEST_DATA_RATE = 16 * 1024;

    /**
     * How long sessions live: one not used for {@code sessionIdle} is closed and forgotten, and at most
     * {@code maxSessions} consent sessions and as many platform sessions are open at once (opening one more is
     * answered with a target error).
     *
     * @param sessionIdle how long a session may go unused
     * @param maxSessions open sessions of each side at most
     * @param clock the clock idleness is measured by
     */
    public record Limits(Duration sessionIdle, int maxSessions, Clock clock) {
        /** The limits of {@code ./scopekit serve}: 10 minutes idle, 256 sessions of each side. */
        public static final Limits DEFAULT = new Limits(Duration.ofMinutes(10), 256, Clock.systemUTC());

        /** Checks the limits. */
        public Limits {
            Objects.requireNonNull(sessionIdle, "sessionIdle");
            Objects.requireNonNull(clock, "clock");
            if (sessionIdle.isNegative() || sessionIdle.isZero() || maxSessions < 1) {
                throw new IllegalArgumentException("expected a positive idle time and at least one session");
            }
        }
    }

    /** An open session and when it was last used. */
    private static final class Open<S> {
        final S session;
        volatile Instant used;

        Open(S session, Instant used) {
            this.session = session;
            this.used = used;
        }
    }

    private final Target target;
    private final @Nullable PermissionTarget permissionTarget;
    private final Limits limits;
    private final Server server;
    private final ServerConnector connector;
    private final Map<String, Open<TargetSession>> sessions = new ConcurrentHashMap<>();
    private final Map<String, Open<PlatformSession>> platformSessions = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private TargetServer(Target target, @Nullable PermissionTarget permissionTarget, InetSocketAddress address,
            Limits limits) {
        this.target = target;
        this.permissionTarget = permissionTarget;
        this.limits = limits;
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 4);
        threads.setName("scopekit-serve");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setAcceptQueueSize(64);
        server.addConnector(connector);
        // a body arriving slower than the minimum rate fails its read, which is answered 408
        server.setHandler(new MinimumDataRateHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                answer(request, response, callback);
                return true;
            }
        }, MIN_REQUEST_DATA_RATE, 0));
        server.setStopTimeout(2_000);
    }

    /**
     * Starts serving {@code target} (and {@code permissionTarget}, when not {@code null}, under {@code /v1/platform})
     * on {@code address}; port 0 picks a free port.
     *
     * @throws IOException when the address cannot be bound
     */
    public static TargetServer start(Target target, @Nullable PermissionTarget permissionTarget,
            InetSocketAddress address) throws IOException {
        return start(target, permissionTarget, address, Limits.DEFAULT);
    }

    /**
     * Starts serving as {@link #start(Target, PermissionTarget, InetSocketAddress)} does, with the given session
     * limits.
     *
     * @throws IOException when the address cannot be bound
     */
    public static TargetServer start(Target target, @Nullable PermissionTarget permissionTarget,
            InetSocketAddress address, Limits limits) throws IOException {
        TargetServer s = new TargetServer(target, permissionTarget, address, Objects.requireNonNull(limits));
        try {
            s.server.start();
        } catch (IOException e) {
            s.stopQuietly();
            throw e;
        } catch (Exception e) {
            s.stopQuietly();
            throw new IOException(e.getMessage(), e);
        }
        return s;
    }

    /** Returns the base URL to give {@code --target}, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        return URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort());
    }

    /** Returns how many consent and platform sessions are open (tests, diagnostics). */
    public int openSessions() {
        return sessions.size() + platformSessions.size();
    }

    /** Stops serving, closes the open sessions and the targets. */
    @Override
    public void close() {
        stopQuietly();
        sessions.values().forEach(o -> o.session.close());
        platformSessions.values().forEach(o -> o.session.close());
        target.close();
        if (permissionTarget != null) {
            permissionTarget.close();
        }
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort: the threads are daemons and the sessions are closed next
        }
    }

    private void answer(Request request, Response response, Callback callback) {
        ObjectNode answer;
        int status = 200;
        expire();
        try {
            answer = route(request.getMethod(), request.getHttpURI().getPath(), request);
        } catch (NotFound e) {
            status = 404;
            answer = ProtocolJson.body();
            answer.set("error", ProtocolJson.error(TargetError.internal(e.getMessage())));
        } catch (BadRequest e) {
            status = e.status;
            answer = ProtocolJson.body();
            answer.set("error", e.platform ? ProtocolJson.platformError(PlatformError.internal(e.getMessage()))
                    : ProtocolJson.error(TargetError.internal(e.getMessage())));
        } catch (IOException e) {
            status = 408; // the body could not be read to its end: a client gone or too slow
            answer = ProtocolJson.body();
            answer.set("error", ProtocolJson.error(TargetError.internal("the request body could not be read")));
        } catch (RuntimeException e) {
            answer = ProtocolJson.body();
            answer.set("error", ProtocolJson.error(TargetError.internal("the target failed: " + e)));
        }
        byte[] bytes = ProtocolJson.JSON.writeValueAsBytes(answer);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        if (status != 200 && status != 404) {
            // a refused body may be partly unread: the connection cannot carry another request
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** Closes and forgets the sessions unused for longer than the limit. */
    private void expire() {
        Instant cutoff = limits.clock().instant().minus(limits.sessionIdle());
        sessions.forEach((id, o) -> {
            if (o.used.isBefore(cutoff) && sessions.remove(id, o)) {
                o.session.close();
            }
        });
        platformSessions.forEach((id, o) -> {
            if (o.used.isBefore(cutoff) && platformSessions.remove(id, o)) {
                o.session.close();
            }
        });
    }

    private <S> @Nullable S use(Map<String, Open<S>> open, String id) {
        Open<S> o = open.get(id);
        if (o == null) {
            return null;
        }
        o.used = limits.clock().instant();
        return o.session;
    }

    private String full(Map<String, ?> open, String side) {
        return "too many open " + side + "sessions (" + open.size() + ", at most " + limits.maxSessions()
                + "); close sessions (DELETE) or wait for idle ones to expire after " + limits.sessionIdle().toMinutes()
                + " min";
    }

    /**
     * Finds the operation of the {@link Route} table the request names, the session it acts on and its body, in
     * that order (an unknown session is answered before a bad body), and performs it.
     */
    private ObjectNode route(String method, String rawPath, Request exchange) throws IOException {
        List<String> p = segments(rawPath);
        for (Route route : Route.values()) {
            List<String> params = route.match(method, p);
            if (params == null || route.side() == Route.Side.PLATFORM && permissionTarget == null) {
                continue;
            }
            boolean platform = route.side() == Route.Side.PLATFORM;
            Object session = route.inSession() ? session(platform, params.get(0)) : null;
            JsonNode body = route.request() == null ? null : read(exchange, route.request(), platform);
            return perform(route, params, session, body);
        }
        throw notFound(method, rawPath, p);
    }

    /** The open session {@code id} of a side, marked used; a {@link BadRequest} when there is none. */
    private Object session(boolean platform, String id) {
        Object session = platform ? use(platformSessions, id) : use(sessions, id);
        if (session == null) {
            throw noSession(platform, id);
        }
        return session;
    }

    private BadRequest noSession(boolean platform, String id) {
        return new BadRequest("no open " + (platform ? "platform " : "") + "session '" + id + "' (never opened, "
                + "closed, or expired after " + limits.sessionIdle().toMinutes() + " min unused)", platform);
    }

    /**
     * Words a path no route takes: a request for an operation of a session names the session first (an unknown
     * one is a protocol error, as for a known operation), then the operation.
     */
    private RuntimeException notFound(String method, String rawPath, List<String> p) {
        if (p.size() < 2 || !p.get(0).equals("v1")) {
            return new NotFound("no such path: " + rawPath);
        }
        boolean platform = p.get(1).equals("platform");
        int at = platform ? 3 : 2;
        boolean served = platform ? permissionTarget != null && p.size() >= 3 && p.get(2).equals("sessions")
                : p.get(1).equals("sessions");
        if (!served) {
            return new NotFound("no such path: " + method + " " + rawPath);
        }
        String id = p.size() > at ? p.get(at) : "";
        if (id.isEmpty() || (platform ? use(platformSessions, id) : use(sessions, id)) == null) {
            return noSession(platform, id);
        }
        return new NotFound("no such operation: " + method + " " + String.join("/", p.subList(at + 1, p.size())));
    }

    /**
     * Performs one operation of the table; {@code session} is the open session of a session's operation. A switch
     * expression, so that a route added to the table without a handler does not compile.
     */
    private ObjectNode perform(Route route, List<String> params, @Nullable Object session, @Nullable JsonNode body) {
        ObjectNode out = ProtocolJson.body();
        return switch (route) {
            case DESCRIBE -> describe();
            case OPEN_SESSION -> openSession(body, out);
            case OPEN_PLATFORM_SESSION -> openPlatformSession(body, out);
            case CLOSE_SESSION -> {
                sessions.remove(params.get(0));
                ((TargetSession) session).close();
                yield out;
            }
            case CLOSE_PLATFORM_SESSION -> {
                platformSessions.remove(params.get(0));
                ((PlatformSession) session).close();
                yield out;
            }
            case SCRIPT -> {
                ((TargetSession) session).control().script(PromptKind.fromWireName(body.get("kind").asString()),
                        Answer.fromWireName(body.get("answer").asString()));
                yield out;
            }
            case SEED -> {
                ((TargetSession) session).control().seed(body.get("scope").asString(),
                        RecordState.fromWireName(body.get("state").asString()))
                        .ifPresent(e -> out.set("error", ProtocolJson.error(e)));
                yield out;
            }
            case RECORDS -> {
                ((TargetSession) session).control().records()
                        .ifPresent(r -> out.set("records", ProtocolJson.records(r)));
                yield out;
            }
            case PERFORM -> {
                ActionResult result;
                try {
                    result = ((TargetSession) session).perform(ProtocolJson.action(body.get("action")));
                } catch (IllegalStateException e) {
                    result = TargetError.internal(String.valueOf(e.getMessage()));
                }
                if (result instanceof Observation o) {
                    out.set("observation", ProtocolJson.observation(o));
                } else {
                    out.set("error", ProtocolJson.error((TargetError) result));
                }
                yield out;
            }
            case CREATE_TENANT, CREATE_USER, CREATE_APP, SET_LEVEL, GRANT_USER, SEED_APP -> {
                control(route, ((PlatformSession) session).control(), body)
                        .ifPresent(e -> out.set("error", ProtocolJson.platformError(e)));
                yield out;
            }
            case READ_APP -> {
                ((PlatformSession) session).control().app(URLDecoder.decode(params.get(1), StandardCharsets.UTF_8))
                        .ifPresent(s -> out.set("app", ProtocolJson.app(s)));
                yield out;
            }
            case PERFORM_PLATFORM_REQUEST -> {
                PlatformResult result = ((PlatformSession) session).perform(
                        ProtocolJson.request(body.get("request")));
                if (result instanceof PlatformResult.Observed o) {
                    out.set("observation", ProtocolJson.platformObservation(o.observation()));
                } else {
                    out.set("error", ProtocolJson.platformError((PlatformError) result));
                }
                yield out;
            }
        };
    }

    private ObjectNode describe() {
        ObjectNode n = ProtocolJson.body();
        n.set("identity", ProtocolJson.identity(target.identity()));
        n.set("capabilities", ProtocolJson.capabilities(target.capabilities()));
        n.set("controlOperations", ProtocolJson.operations(target.controlOperations()));
        ObjectNode coverage = ProtocolJson.coverage(target.coverage());
        if (coverage != null) {
            n.set("coverage", coverage);
        }
        if (permissionTarget != null) {
            ObjectNode side = n.putObject("permission");
            side.set("capabilities", ProtocolJson.permissionCapabilities(permissionTarget.capabilities()));
            side.set("controlOperations", ProtocolJson.platformOperations(permissionTarget.controlOperations()));
        }
        return n;
    }

    private ObjectNode openSession(JsonNode body, ObjectNode out) {
        if (sessions.size() >= limits.maxSessions()) {
            out.set("error", ProtocolJson.error(TargetError.internal(full(sessions, ""))));
            return out;
        }
        String id = "s" + ids.incrementAndGet();
        try {
            sessions.put(id, new Open<>(target.open(ProtocolJson.config(body.get("config"))),
                    limits.clock().instant()));
            out.put("session", id);
        } catch (IllegalArgumentException e) {
            out.set("error", ProtocolJson.error(TargetError.unsupportedAction(String.valueOf(e.getMessage()))));
        }
        return out;
    }

    private ObjectNode openPlatformSession(JsonNode body, ObjectNode out) {
        if (platformSessions.size() >= limits.maxSessions()) {
            out.set("error", ProtocolJson.platformError(PlatformError.internal(full(platformSessions,
                    "platform "))));
            return out;
        }
        String id = "p" + ids.incrementAndGet();
        try {
            platformSessions.put(id, new Open<>(permissionTarget.open(ProtocolJson.platformConfig(
                    body.get("config"))), limits.clock().instant()));
            out.put("session", id);
        } catch (IllegalArgumentException e) {
            out.set("error", ProtocolJson.platformError(PlatformError.unsupportedRequest(
                    String.valueOf(e.getMessage()))));
        }
        return out;
    }

    /** The platform side's control operations that build the world; each answers at most an error. */
    private static Optional<PlatformError> control(Route route, PlatformControl control, JsonNode b) {
        return switch (route) {
            case CREATE_TENANT -> control.createTenant(b.get("tenant").asString());
            case CREATE_USER -> control.createUser(b.get("tenant").asString(), b.get("user").asString());
            case CREATE_APP -> control.createApp(b.get("app").asString(), b.get("tenant").asString(),
                    AppType.fromWireName(b.get("type").asString()), b.get("developer").asString(),
                    strings(b.get("outOfRange")));
            case SET_LEVEL -> control.setLevel(b.get("app").asString(), b.get("permission").asString(),
                    PermissionLevel.fromWireName(b.get("level").asString()));
            case GRANT_USER -> control.grantUser(b.get("app").asString(), b.get("user").asString(),
                    strings(b.get("permissions")));
            case SEED_APP -> control.seed(ProtocolJson.app(b.get("app")));
            default -> throw new IllegalArgumentException(route + " is not a control operation");
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static JsonNode read(Request exchange, String schema, boolean platform) throws IOException {
        long declared = exchange.getLength();
        if (declared > Protocol.MAX_BODY_BYTES) {
            throw new BadRequest(413, "the request body has " + declared + " bytes; at most 10 MB are taken",
                    platform);
        }
        byte[] bytes;
        try (InputStream in = Content.Source.asInputStream(exchange)) {
            bytes = in.readNBytes(Protocol.MAX_BODY_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw new BadRequest(408, "the request body did not arrive in time (at least " + MIN_REQUEST_DATA_RATE
                    / 1024 + " KiB/s, pauses under " + IDLE_TIMEOUT.toSeconds() + " s)", platform);
        }
        if (bytes.length > Protocol.MAX_BODY_BYTES) {
            throw new BadRequest(413, "the request body is larger than 10 MB", platform);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest(400, "the request body is not valid UTF-8 (a malformed byte sequence near byte "
                    + firstMalformed(bytes) + "); the protocol's bodies are JSON in UTF-8", platform);
        }
        JsonNode node;
        try {
            node = ProtocolJson.JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BadRequest("the request body is not JSON: " + Wire.oneLine(e.getOriginalMessage()), platform);
        }
        if (node == null || !node.isObject()) {
            throw new BadRequest("the request body is not a JSON object", platform);
        }
        JsonNode version = node.get("protocol");
        if (version == null || !version.isString() || !Protocol.VERSION.equals(version.asString())) {
            throw new BadRequest("unsupported protocol " + (version == null ? "(none)" : version.toString())
                    + "; this target speaks \"" + Protocol.VERSION + "\"", platform);
        }
        String violation = ProtocolSchemas.get().violation(schema, node);
        if (violation != null) {
            throw new BadRequest("the request breaks the protocol " + violation, platform);
        }
        return node;
    }

    /** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
    private static int firstMalformed(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The path names nothing this server serves. */
    private static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The request cannot be taken; answered with an error value of the side it was sent to, with status 200 (a
     * protocol error) or a 4xx when the request could not be read at all.
     */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient boolean platform;
        final transient int status;

        BadRequest(String message, boolean platform) {
            this(200, message, platform);
        }

        BadRequest(int status, String message, boolean platform) {
            super(message, null, false, false);
            this.platform = platform;
            this.status = status;
        }
    }
}
