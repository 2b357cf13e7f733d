package io.scopekit.target.http;

import io.scopekit.target.WireExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends one protocol request and returns the answer's body once it is known to be a well-formed answer: status 200,
 * at most {@value Protocol#MAX_BODY_BYTES} bytes, UTF-8, a JSON object of this protocol version, valid against its
 * schema. Anything else is a {@link ProtocolFault} whose message is one line for the report. Each exchange, good or
 * bad, goes to the caller's log.
 *
 * <p>One HTTP/1.1 client per target keeps connections alive between requests. Connecting is bounded by the
 * timeout, and so is each whole exchange (headers and body): the answer is awaited with a deadline, so a server that
 * trickles bytes or never answers costs the timeout, not the run.
 */
final class Wire {
    /** How much of a body the report keeps. */
    static final int CAPTURE_LIMIT = 64 * 1024;

    private final HttpClient client;
    private final URI base;
    private final Duration timeout;

    Wire(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    URI base() {
        return base;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Sends {@code body} (none for GET and DELETE) to {@code path} and returns the validated answer.
     *
     * @param schema the schema the answer must satisfy, e.g. {@code perform.response}
     * @param log    receives the exchange
     * @throws ProtocolFault when the exchange or the answer is not what the protocol says
     */
    JsonNode call(String method, String path, @Nullable ObjectNode body, String schema, Consumer<WireExchange> log) {
        String requestText = body == null ? null : ProtocolJson.JSON.writeValueAsString(body);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        int status = 0;
        byte[] answer = null;
        String failure = null;
        try {
            HttpResponse<byte[]> response = send(method, path, requestText);
            status = response.statusCode();
            answer = response.body();
            JsonNode node = check(response, schema);
            return node;
        } catch (ProtocolFault fault) {
            failure = fault.getMessage();
            if (fault.status != 0) {
                status = fault.status;
                answer = fault.partial;
            }
            throw new ProtocolFault(method + " " + path + ": " + fault.getMessage());
        } finally {
            double millis = (System.nanoTime() - t0) / 1e6;
            log.accept(new WireExchange(method, path, requestText, status, answer == null ? null : capture(answer),
                    started, millis, failure));
        }
    }

    /**
     * Sends one operation of the protocol: the method, path and answer schema come from the {@link Route} table.
     *
     * @param params the path's parameters in the template's order (the session id first)
     * @throws ProtocolFault when the exchange or the answer is not what the protocol says
     */
    JsonNode call(Route route, @Nullable ObjectNode body, Consumer<WireExchange> log, String... params) {
        return call(route.method(), route.path(params), body, route.answer(), log);
    }

    // Calls made and calls that failed to connect: a target lost after its probe fails every call this way.
    private final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong failedToConnect = new java.util.concurrent.atomic.AtomicLong();

    io.scopekit.target.Reachability.Tally tally() {
        return new io.scopekit.target.Reachability.Tally(calls.get(), failedToConnect.get());
    }

    private HttpResponse<byte[]> send(String method, String path, @Nullable String body) {
        calls.incrementAndGet();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(b.build(), info -> new Limited(info));
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ProtocolFault("no complete answer within " + describe(timeout) + " (--target-timeout)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProtocolFault("interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            if (isConnectionFailure(e.getCause())) {
                failedToConnect.incrementAndGet();
            }
            throw fault(e.getCause());
        }
    }

    // Refused, reset or closed before any answer, or no connection within the timeout; not a slow or bad answer.
    private static boolean isConnectionFailure(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof TooLarge || c instanceof HttpTimeoutException && !(c instanceof HttpConnectTimeoutException)) {
                return false;
            }
            if (c instanceof ConnectException || c instanceof HttpConnectTimeoutException
                    || c instanceof java.net.SocketException || c instanceof java.io.EOFException
                    || c instanceof IOException && String.valueOf(c.getMessage()).contains("closed")) {
                return true;
            }
        }
        return false;
    }

    private ProtocolFault fault(Throwable cause) {
        Throwable c = cause;
        while (c != null && !(c instanceof TooLarge) && !(c instanceof IOException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof TooLarge tooLarge) {
            return new ProtocolFault("the answer is larger than " + Protocol.MAX_BODY_BYTES / (1024 * 1024)
                    + " MB (the kit reads no more)", tooLarge.status, tooLarge.partial);
        }
        if (c instanceof HttpConnectTimeoutException) {
            return new ProtocolFault("could not connect within " + describe(timeout) + " (--target-timeout)");
        }
        if (c instanceof HttpTimeoutException) {
            // The client's own request timeout and the wait for the whole answer have the same bound: one message.
            return new ProtocolFault("no complete answer within " + describe(timeout) + " (--target-timeout)");
        }
        if (c instanceof ConnectException) {
            return new ProtocolFault("cannot connect to " + base.getHost() + ":" + port() + " (connection refused)");
        }
        String message = c == null || c.getMessage() == null ? String.valueOf(c) : c.getMessage();
        return new ProtocolFault("the connection failed before a complete answer: " + oneLine(message));
    }

    private int port() {
        return base.getPort() != -1 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
    }

    private static JsonNode check(HttpResponse<byte[]> response, String schema) {
        int status = response.statusCode();
        byte[] bytes = response.body();
        if (status != 200) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (status >= 300 && status < 400) {
                throw new ProtocolFault("HTTP " + status + " redirect" + (location == null ? "" : " to " + location)
                        + " (a protocol answer is HTTP 200; the kit follows no redirects)");
            }
            throw new ProtocolFault("HTTP " + status + " (a protocol answer is HTTP 200, a target error included)");
        }
        if (bytes.length == 0) {
            throw new ProtocolFault("empty answer (expected a JSON object)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new ProtocolFault("the answer is not valid UTF-8 (" + bytes.length + " bytes)");
        } catch (CharacterCodingException e) {
            throw new ProtocolFault("the answer is not valid UTF-8: " + e);
        }
        JsonNode node;
        try {
            node = ProtocolJson.JSON.readTree(text);
        } catch (JacksonException e) {
            throw new ProtocolFault("the answer is not JSON: " + oneLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new ProtocolFault("the answer is not a JSON object");
        }
        JsonNode protocol = node.get("protocol");
        if (protocol == null || protocol.isNull()) {
            throw new ProtocolFault("the answer carries no 'protocol' (expected \"" + Protocol.VERSION + "\")");
        }
        if (!protocol.isString() || !Protocol.VERSION.equals(protocol.asString())) {
            throw new ProtocolFault("the answer speaks protocol " + oneLine(protocol.toString()) + ", not \""
                    + Protocol.VERSION + "\"");
        }
        String violation = ProtocolSchemas.get().violation(schema, node);
        if (violation != null) {
            throw new ProtocolFault("the answer breaks the protocol " + oneLine(violation));
        }
        return node;
    }

    /** The report keeps bodies as text, cut to {@value #CAPTURE_LIMIT} bytes; invalid UTF-8 shows as U+FFFD. */
    static String capture(byte[] bytes) {
        int n = Math.min(bytes.length, CAPTURE_LIMIT);
        String text = new String(bytes, 0, n, StandardCharsets.UTF_8);
        return n < bytes.length ? text + "… (" + (bytes.length - n) + " more bytes)" : text;
    }

    static String oneLine(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** What went wrong with one exchange, in one line; the callers turn it into the SPI's error values. */
    static final class ProtocolFault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient int status;
        final transient byte @Nullable [] partial;

        ProtocolFault(String message) {
            this(message, 0, null);
        }

        ProtocolFault(String message, int status, byte @Nullable [] partial) {
            super(message, null, false, false);
            this.status = status;
            this.partial = partial;
        }
    }

    /** The answer passed {@value Protocol#MAX_BODY_BYTES} bytes; what came so far is kept for the report. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final transient int status;
        final transient byte[] partial;

        TooLarge(int status, byte[] partial) {
            super("answer too large", null);
            this.status = status;
            this.partial = partial;
        }
    }

    /** Collects the body up to the limit, and gives up (cancelling the stream) past it. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final int status;
        private Flow.@Nullable Subscription subscription;

        Limited(HttpResponse.ResponseInfo info) {
            this.status = info.statusCode();
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : items) {
                if ((long) out.size() + buffer.remaining() > Protocol.MAX_BODY_BYTES) {
                    byte[] partial = new byte[Math.min(out.size(), CAPTURE_LIMIT)];
                    System.arraycopy(out.toByteArray(), 0, partial, 0, partial.length);
                    result.completeExceptionally(new TooLarge(status, partial));
                    if (subscription != null) {
                        subscription.cancel();
                    }
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
