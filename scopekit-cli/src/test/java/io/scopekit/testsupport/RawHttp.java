package io.scopekit.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test support: HTTP/1.1 written by hand on a socket, for requests a real client refuses to send (any header, any
 * body, a lying Content-Length) and for clients that send slowly. Every read is bounded by a socket timeout.
 */
public final class RawHttp {

    private RawHttp() {}

    /** An answer: status, headers by lower-cased name (last value wins), body as UTF-8. */
    public record Reply(int status, Map<String, String> headers, String body) {}

    /**
     * Sends one request ({@code Connection: close} is added, and {@code Content-Length} unless the head has it or
     * {@code Transfer-Encoding}) and reads the answer.
     *
     * @param head the request line and headers, one per line, without the blank line
     */
    public static Reply send(int port, String head, byte[] body) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            String h = head.strip().replace("\n", "\r\n") + "\r\nConnection: close\r\n"
                    + (head.toLowerCase(Locale.ROOT).contains("content-length:")
                    || head.toLowerCase(Locale.ROOT).contains("transfer-encoding:") ? ""
                    : "Content-Length: " + body.length + "\r\n") + "\r\n";
            out.write(h.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(s.getInputStream());
        }
    }

    /** Sends one request with a UTF-8 body. */
    public static Reply send(int port, String head, String body) throws IOException {
        return send(port, head, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        try {
            while ((n = in.read(buf)) >= 0) {
                all.write(buf, 0, n);
            }
        } catch (IOException e) {
            if (all.size() == 0) {
                throw e; // a reset after a complete answer is the server closing a refused body's connection
            }
        }
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] raw = all.toByteArray();
        String body = new String(raw, end + 4, raw.length - end - 4, StandardCharsets.UTF_8);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Reply(status, headers, body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    /**
     * Clients that send slowly: each opens a connection and sends its request one byte at a time, a byte per
     * connection every 100 ms, until closed. {@code headersOnly} clients never finish their headers;
     * the others send complete headers announcing a large JSON body, then trickle the body.
     */
    public static final class SlowClients implements AutoCloseable {
        private final List<Socket> sockets = new ArrayList<>();
        private final List<byte[]> requests = new ArrayList<>();
        private final List<Integer> sent = new ArrayList<>();
        private final Thread writer;
        private volatile boolean running = true;

        public SlowClients(int port, String path, int headersOnly, int slowBodies) throws IOException {
            for (int i = 0; i < headersOnly + slowBodies; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                sockets.add(s);
                String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
                byte[] request;
                if (i < headersOnly) {
                    request = head.getBytes(StandardCharsets.ISO_8859_1);
                    requests.add(request);
                    sent.add(0);
                } else {
                    s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                    requests.add("{\"pad\":\"".repeat(20_000).getBytes(StandardCharsets.UTF_8));
                    sent.add(0);
                }
            }
            writer = new Thread(this::trickle, "slow-clients");
            writer.setDaemon(true);
            writer.start();
        }

        private void trickle() {
            while (running) {
                for (int i = 0; i < sockets.size(); i++) {
                    int at = sent.get(i);
                    if (at >= requests.get(i).length - 1) {
                        continue; // never the last byte: the request stays unfinished
                    }
                    try {
                        OutputStream out = sockets.get(i).getOutputStream();
                        out.write(requests.get(i)[at]);
                        out.flush();
                        sent.set(i, at + 1);
                    } catch (IOException e) {
                        sent.set(i, Integer.MAX_VALUE - 1); // the server closed it: that client is done
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            running = false;
            writer.interrupt();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
