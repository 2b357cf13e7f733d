package io.scopekit.simulator.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.scopekit.simulator.SimResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.handler.ContextHandler;
import wiremock.org.eclipse.jetty.server.handler.HandlerCollection;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server (its documented {@link HttpServerFactory} extension point) with the simulator's limits
 * (docs/simulator.md, "Security" and "Limits"): WireMock's admin context is removed, every request passes
 * {@link HttpGuard} before anything reads it, a body is read by the guard (at most {@link HttpGuard#MAX_BODY_BYTES}
 * + 1 bytes) before WireMock sees it, and a body arriving slower than {@link #MIN_REQUEST_DATA_RATE} is cut off
 * so that slow clients cannot hold the server's threads.
 */
public final class GuardedJettyServerFactory implements HttpServerFactory {

    /**
     * Bytes per second a request body must at least arrive at, once its first byte has. Jetty 11 measures the body
     * read so far against the time since its first byte at every later read, so the rate must stay low: at 16 KiB/s
     * a 60-byte admin body read 4 ms after its first byte (a busy machine) was refused with 408, and at 256 B/s a
     * 200-byte tenant set-up body read 0.8 s late, while a test suite and a verify shared two cores, failed a scenario
     * in set-up. At 64 B/s such a body has three seconds, and a client trickling a byte every 100 ms (10 B/s) is still
     * cut off at its second byte.
     */
    public static final long MIN_REQUEST_DATA_RATE = 64;

    @Override
    public String getName() {
        return "scopekit-guarded-jetty";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new Guarded(options, admin, stubs);
    }

    /** Jetty 11 as WireMock builds it, less its admin context, behind the guard. */
    private static final class Guarded extends Jetty11HttpServer {
        Guarded(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
            super(options, admin, stubs);
        }

        @Override
        protected ServerConnector createHttpConnector(String bindAddress, int port,
                com.github.tomakehurst.wiremock.common.JettySettings settings, NetworkTrafficListener listener) {
            ServerConnector connector = super.createHttpConnector(bindAddress, port, settings, listener);
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
            }
            return connector;
        }

        @Override
        protected Handler createHandler(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
            Handler handler = super.createHandler(options, admin, stubs);
            if (handler instanceof HandlerCollection all) {
                for (Handler h : all.getHandlers()) {
                    if (h instanceof ContextHandler c && c.getContextPath().startsWith("/__admin")) {
                        all.removeHandler(h); // not served at all: the simulator configures WireMock in-process
                    }
                }
            }
            HandlerWrapper guard = new HandlerWrapper() {
                @Override
                public void handle(String target, Request base, HttpServletRequest request,
                        HttpServletResponse response) throws IOException, ServletException {
                    Optional<SimResponse> refusal = HttpGuard.checkHead(request.getMethod(), target,
                            request::getHeader);
                    if (refusal.isPresent()) {
                        base.setHandled(true);
                        send(response, refusal.get(), true);
                        return;
                    }
                    super.handle(target, base, request, response);
                }
            };
            guard.setHandler(handler);
            return guard;
        }

        @Override
        protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
            context.addFilter(new FilterHolder(new BodyFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
    }

    /** Reads the body within the limit and checks it before WireMock reads it (and would inflate it unasked). */
    private static final class BodyFilter implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            byte[] body;
            try {
                body = req.getInputStream().readNBytes(HttpGuard.MAX_BODY_BYTES + 1);
            } catch (IOException | RuntimeException e) {
                // a stalled or too slow client (Jetty's idle timeout or minimum data rate): no answer it could use
                send((HttpServletResponse) resp, HttpGuard.tooSlow(), true);
                return;
            }
            Optional<SimResponse> refusal = HttpGuard.checkBody(body);
            if (refusal.isPresent()) {
                send((HttpServletResponse) resp, refusal.get(), true);
                return;
            }
            chain.doFilter(new ReadBody((HttpServletRequest) req, body), resp);
        }
    }

    /** A request whose body has been read already. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already");
                }
            };
        }
    }

    private static void send(HttpServletResponse response, SimResponse answer, boolean close) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType("application/json; charset=utf-8");
        if (close) {
            // the rest of a refused body is not read: the connection cannot carry another request
            response.setHeader("Connection", "close");
        }
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }
}
