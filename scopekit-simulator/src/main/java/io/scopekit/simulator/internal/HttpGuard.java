package io.scopekit.simulator.internal;

import io.scopekit.simulator.SimResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides, before anything else reads a request, whether the simulator's HTTP server takes it (docs/simulator.md,
 * "Security"): only the simulator's own API is served, never WireMock's admin API or its file folder; nothing a web
 * page sends is served (a browser marks every cross-origin request, and every POST, with {@code Origin}); a body
 * must be uncompressed JSON in UTF-8 and at most {@link #MAX_BODY_BYTES}. Each refusal is a 4xx with the simulator's
 * JSON error shape and a message that says what was expected.
 */
public final class HttpGuard {

    /** The largest request body taken: 1 MiB, far above any body of the Feishu APIs the simulator plays. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private HttpGuard() {}

    /**
     * Checks a request by its method, canonical path and headers (before its body is read).
     *
     * @param path the decoded, normalised path the server routes by
     * @param header a header by name, {@code null} when absent
     * @return the refusal to send, or empty when the request may go on to the body check
     */
    public static Optional<SimResponse> checkHead(String method, String path, Function<String, String> header) {
        if (path.startsWith("/__admin") || path.startsWith("/__files")) {
            // WireMock's own admin API and file folder: not part of the simulator, so not served at all
            return refuse(404, "no such path: " + path + "; the simulator serves /open-apis/, /scopekit/admin/ "
                    + "and /scopekit/test/ (docs/simulator.md)");
        }
        String origin = header.apply("Origin");
        if (origin != null) {
            return refuse(403, "requests from web pages (with an Origin header) are not served; the simulator is "
                    + "for server-side clients on this machine (docs/simulator.md, Security)");
        }
        String host = header.apply("Host");
        if (host != null && !loopbackHost(host)) {
            return refuse(403, "Host " + printable(host) + " is not served; expected 127.0.0.1 or localhost "
                    + "(docs/simulator.md, Security)");
        }
        String encoding = header.apply("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            return refuse(415, "Content-Encoding " + printable(encoding) + " is not accepted; expected an "
                    + "uncompressed body");
        }
        String type = header.apply("Content-Type");
        if (type != null) {
            String charset = charset(type);
            if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                return refuse(415, "charset " + printable(charset) + " is not accepted; expected utf-8");
            }
        }
        String length = header.apply("Content-Length");
        boolean chunked = header.apply("Transfer-Encoding") != null;
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                return refuse(400, "Content-Length " + printable(length) + " is not a number");
            }
        }
        if (declared > MAX_BODY_BYTES) {
            return refuse(413, "the request body has " + declared + " bytes; at most " + MAX_BODY_BYTES
                    + " are taken");
        }
        boolean body = declared > 0 || chunked;
        if (body && (type == null || !json(type))) {
            return refuse(415, "a request body must be JSON (Content-Type: application/json); got "
                    + (type == null ? "no Content-Type" : printable(type)));
        }
        return Optional.empty();
    }

    /**
     * Checks a body read in full (at most {@code MAX_BODY_BYTES + 1} bytes of it).
     *
     * @return the refusal to send, or empty when the body may be handled
     */
    public static Optional<SimResponse> checkBody(byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            return refuse(413, "the request body has more than " + MAX_BODY_BYTES + " bytes; at most "
                    + MAX_BODY_BYTES + " are taken");
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            // gzip's magic number: WireMock would inflate it unasked (a small body could grow without bound)
            return refuse(415, "the request body is compressed (gzip); expected uncompressed JSON");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            return refuse(400, "the request body is not valid UTF-8");
        }
        return Optional.empty();
    }

    /** The refusal for a request whose body did not arrive in time (a slow or stalled client). */
    public static SimResponse tooSlow() {
        return FeishuErrors.admin(408, "the request body did not arrive in time; the connection is closed");
    }

    private static Optional<SimResponse> refuse(int status, String msg) {
        return Optional.of(FeishuErrors.admin(status, msg));
    }

    private static boolean loopbackHost(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon >= 0 && h.indexOf(']') < colon) {
            h = h.substring(0, colon);
        }
        return h.equals("127.0.0.1") || h.equals("localhost") || h.endsWith(".localhost") || h.equals("[::1]");
    }

    private static boolean json(String contentType) {
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                return p.substring(eq + 1).trim().replace("\"", "");
            }
        }
        return null;
    }

    /** Quotes a header value for a message: bounded, with control characters shown as escapes. */
    private static String printable(String value) {
        StringBuilder b = new StringBuilder("'");
        value.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(value.length() > 80 ? "…'" : "'").toString();
    }
}
