package io.scopekit.target.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves an in-process target over the target protocol ({@code scopekit-target/1}) with the JDK's HTTP server: the
 * server half of {@link HttpTarget}, behind {@code ./scopekit serve} and the kit's own protocol tests.
 *
 * <p>It checks every request body against its schema and answers a request it cannot take (another protocol
 * version, a broken body, an unknown session) with a target error, as the protocol asks of any implementation.
 */
@API(status = EXPERIMENTAL)
public final class TargetServer implements AutoCloseable {
    private static final int THREADS = 8;

    static {
        // Without TCP_NODELAY the JDK server's small answers wait for the client's delayed ACK (about 40 ms each).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Target target;
    private final @Nullable PermissionTarget permissionTarget;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, TargetSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, PlatformSession> platformSessions = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private TargetServer(Target target, @Nullable PermissionTarget permissionTarget, HttpServer server) {
        this.target = target;
        this.permissionTarget = permissionTarget;
        this.server = server;
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "scopekit-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts serving {@code target} (and {@code permissionTarget}, when not {@code null}, under {@code /v1/platform})
     * on {@code address}; port 0 picks a free port.
     *
     * @throws IOException when the address cannot be bound
     */
    public static TargetServer start(Target target, @Nullable PermissionTarget permissionTarget,
            InetSocketAddress address) throws IOException {
        TargetServer s = new TargetServer(target, permissionTarget, HttpServer.create(address, 64));
        s.server.start();
        return s;
    }

    /** Returns the base URL to give {@code --target}, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort());
    }

    /** Stops serving, closes the open sessions and the targets. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        sessions.values().forEach(TargetSession::close);
        platformSessions.values().forEach(PlatformSession::close);
        target.close();
        if (permissionTarget != null) {
            permissionTarget.close();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ObjectNode answer;
            int status = 200;
            try {
                answer = route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), exchange);
            } catch (NotFound e) {
                status = 404;
                answer = ProtocolJson.body();
                answer.set("error", ProtocolJson.error(TargetError.internal(e.getMessage())));
            } catch (BadRequest e) {
                answer = ProtocolJson.body();
                answer.set("error", e.platform ? ProtocolJson.platformError(PlatformError.internal(e.getMessage()))
                        : ProtocolJson.error(TargetError.internal(e.getMessage())));
            } catch (RuntimeException e) {
                answer = ProtocolJson.body();
                answer.set("error", ProtocolJson.error(TargetError.internal("the target failed: " + e)));
            }
            byte[] bytes = ProtocolJson.JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private ObjectNode route(String method, String rawPath, HttpExchange exchange) throws IOException {
        List<String> p = segments(rawPath);
        if (p.size() < 2 || !p.get(0).equals("v1")) {
            throw new NotFound("no such path: " + rawPath);
        }
        boolean platform = p.get(1).equals("platform");
        if (method.equals("GET") && p.size() == 2 && p.get(1).equals("target")) {
            return describe();
        }
        if (!platform && p.get(1).equals("sessions")) {
            return consent(method, p.subList(2, p.size()), exchange);
        }
        if (platform && permissionTarget != null && p.size() >= 3 && p.get(2).equals("sessions")) {
            return platform(method, p.subList(3, p.size()), exchange);
        }
        throw new NotFound("no such path: " + method + " " + rawPath);
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

    private ObjectNode consent(String method, List<String> p, HttpExchange exchange) throws IOException {
        ObjectNode out = ProtocolJson.body();
        if (p.isEmpty() && method.equals("POST")) {
            JsonNode body = read(exchange, "open-session.request", false);
            String id = "s" + ids.incrementAndGet();
            try {
                sessions.put(id, target.open(ProtocolJson.config(body.get("config"))));
                out.put("session", id);
            } catch (IllegalArgumentException e) {
                out.set("error", ProtocolJson.error(TargetError.unsupportedAction(String.valueOf(e.getMessage()))));
            }
            return out;
        }
        TargetSession session = p.isEmpty() ? null : sessions.get(p.get(0));
        if (session == null) {
            throw new BadRequest("no open session '" + (p.isEmpty() ? "" : p.get(0)) + "'", false);
        }
        String op = p.size() == 1 ? "" : p.get(1);
        switch (method + " " + op) {
            case "DELETE " -> {
                sessions.remove(p.get(0));
                session.close();
            }
            case "POST script" -> {
                JsonNode body = read(exchange, "script.request", false);
                session.control().script(PromptKind.fromWireName(body.get("kind").asString()),
                        Answer.fromWireName(body.get("answer").asString()));
            }
            case "POST seed" -> {
                JsonNode body = read(exchange, "seed.request", false);
                session.control().seed(body.get("scope").asString(),
                        RecordState.fromWireName(body.get("state").asString()))
                        .ifPresent(e -> out.set("error", ProtocolJson.error(e)));
            }
            case "GET records" -> session.control().records()
                    .ifPresent(r -> out.set("records", ProtocolJson.records(r)));
            case "POST actions" -> {
                JsonNode body = read(exchange, "perform.request", false);
                ActionResult result;
                try {
                    result = session.perform(ProtocolJson.action(body.get("action")));
                } catch (IllegalStateException e) {
                    result = TargetError.internal(String.valueOf(e.getMessage()));
                }
                if (result instanceof Observation o) {
                    out.set("observation", ProtocolJson.observation(o));
                } else {
                    out.set("error", ProtocolJson.error((TargetError) result));
                }
            }
            default -> throw new NotFound("no such operation: " + method + " " + op);
        }
        return out;
    }

    private ObjectNode platform(String method, List<String> p, HttpExchange exchange) throws IOException {
        ObjectNode out = ProtocolJson.body();
        if (p.isEmpty() && method.equals("POST")) {
            JsonNode body = read(exchange, "platform-open-session.request", true);
            String id = "p" + ids.incrementAndGet();
            try {
                platformSessions.put(id, permissionTarget.open(ProtocolJson.platformConfig(body.get("config"))));
                out.put("session", id);
            } catch (IllegalArgumentException e) {
                out.set("error", ProtocolJson.platformError(PlatformError.unsupportedRequest(
                        String.valueOf(e.getMessage()))));
            }
            return out;
        }
        PlatformSession session = p.isEmpty() ? null : platformSessions.get(p.get(0));
        if (session == null) {
            throw new BadRequest("no open platform session '" + (p.isEmpty() ? "" : p.get(0)) + "'", true);
        }
        String op = p.size() == 1 ? "" : p.get(1);
        Optional<PlatformError> done = Optional.empty();
        switch (method + " " + op) {
            case "DELETE " -> {
                platformSessions.remove(p.get(0));
                session.close();
            }
            case "POST tenants" -> done = session.control().createTenant(
                    read(exchange, "platform-tenant.request", true).get("tenant").asString());
            case "POST users" -> {
                JsonNode b = read(exchange, "platform-user.request", true);
                done = session.control().createUser(b.get("tenant").asString(), b.get("user").asString());
            }
            case "POST apps" -> {
                JsonNode b = read(exchange, "platform-app.request", true);
                List<String> range = new ArrayList<>();
                b.get("outOfRange").forEach(n -> range.add(n.asString()));
                done = session.control().createApp(b.get("app").asString(), b.get("tenant").asString(),
                        AppType.fromWireName(b.get("type").asString()), b.get("developer").asString(), range);
            }
            case "POST levels" -> {
                JsonNode b = read(exchange, "platform-level.request", true);
                done = session.control().setLevel(b.get("app").asString(), b.get("permission").asString(),
                        PermissionLevel.fromWireName(b.get("level").asString()));
            }
            case "POST grants" -> {
                JsonNode b = read(exchange, "platform-grant.request", true);
                List<String> keys = new ArrayList<>();
                b.get("permissions").forEach(n -> keys.add(n.asString()));
                done = session.control().grantUser(b.get("app").asString(), b.get("user").asString(), keys);
            }
            case "POST seed" -> done = session.control().seed(
                    ProtocolJson.app(read(exchange, "platform-seed.request", true).get("app")));
            case "GET apps" -> {
                if (p.size() != 3) {
                    throw new NotFound("expected /apps/{app}");
                }
                Optional<AppState> state = session.control().app(URLDecoder.decode(p.get(2), StandardCharsets.UTF_8));
                state.ifPresent(s -> out.set("app", ProtocolJson.app(s)));
            }
            case "POST requests" -> {
                JsonNode b = read(exchange, "platform-perform.request", true);
                PlatformResult result = session.perform(ProtocolJson.request(b.get("request")));
                if (result instanceof PlatformResult.Observed o) {
                    out.set("observation", ProtocolJson.platformObservation(o.observation()));
                } else {
                    out.set("error", ProtocolJson.platformError((PlatformError) result));
                }
            }
            default -> throw new NotFound("no such operation: " + method + " " + op);
        }
        done.ifPresent(e -> out.set("error", ProtocolJson.platformError(e)));
        return out;
    }

    private static JsonNode read(HttpExchange exchange, String schema, boolean platform) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(Protocol.MAX_BODY_BYTES + 1);
        }
        if (bytes.length > Protocol.MAX_BODY_BYTES) {
            throw new BadRequest("the request body is larger than 10 MB", platform);
        }
        JsonNode node;
        try {
            node = ProtocolJson.JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
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

    /** The request cannot be taken; answered with an error value of the side it was sent to. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient boolean platform;

        BadRequest(String message, boolean platform) {
            super(message, null, false, false);
            this.platform = platform;
        }
    }
}
