package io.scopekit.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.scopekit.simulator.internal.FeishuTransformer;
import io.scopekit.simulator.internal.GuardedJettyServerFactory;
import io.scopekit.simulator.internal.HttpGuard;
import io.scopekit.simulator.internal.Platform;
import io.scopekit.oracle.PermissionOracles;
import io.scopekit.simulator.internal.OracleAccessDecisions;
import io.scopekit.spec.PermissionModelSpec;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Plays the Feishu Open Platform for a configured world: in-process through {@link #handle(SimRequest)}, or over
 * HTTP on 127.0.0.1 once {@link #start(int)} has started WireMock with the simulator's transformer; both reach the
 * same handler (docs/simulator.md).
 */
@API(status = EXPERIMENTAL)
public final class FeishuSimulator implements AutoCloseable {

    /** Idle connections are closed after this many milliseconds, so that no read waits for ever. */
    public static final long IDLE_TIMEOUT_MILLIS = 10_000;

    /** The largest request body the HTTP server takes (413 above it; docs/simulator.md, Limits). */
    public static final int MAX_BODY_BYTES = HttpGuard.MAX_BODY_BYTES;

    /**
     * Threads serving requests: more than a handful of slow clients, since a body being read holds one until
     * it has arrived or was cut off as too slow ({@link GuardedJettyServerFactory#MIN_REQUEST_DATA_RATE}).
     */
    static final int THREADS = 64;

    private final Platform platform;
    private WireMockServer server;

    private FeishuSimulator(Platform platform) {
        this.platform = platform;
    }

    /**
     * Creates a simulator whose decisions are the permission oracle's (the rules of {@code rules/access} and
     * {@code rules/review}, embedded in the jar).
     *
     * @param model the {@code feishu-openplatform} permission model
     * @param config the world to play
     * @return the simulator, not yet listening
     */
    public static FeishuSimulator create(PermissionModelSpec model, SimulatorConfig config) {
        return create(model, config, new OracleAccessDecisions(PermissionOracles.embedded(), model.id()),
                Clock.systemUTC());
    }

    /**
     * Creates a simulator with the given decisions and clock (token expiry).
     *
     * @param model the permission model
     * @param config the world to play
     * @param decisions who decides calls and applications
     * @param clock the clock tokens expire by
     * @return the simulator, not yet listening
     */
    public static FeishuSimulator create(PermissionModelSpec model, SimulatorConfig config, AccessDecisions decisions,
            Clock clock) {
        return new FeishuSimulator(new Platform(Objects.requireNonNull(model), Objects.requireNonNull(config),
                Objects.requireNonNull(decisions), Objects.requireNonNull(clock)));
    }

    /** Handles one request in-process, exactly as the HTTP server would. */
    public SimResponse handle(SimRequest request) {
        return platform.handle(request);
    }

    /**
     * Returns the admin API in-process: the operations the HTTP server serves under {@code /scopekit/admin/}
     * ({@link AdminRoute}), on the same world; {@link HttpSimulatorAdmin} reaches them over HTTP.
     */
    public SimulatorAdmin admin() {
        return platform.admin();
    }

    /**
     * Starts the HTTP server on 127.0.0.1.
     *
     * @param port the port, or 0 for any free port
     * @return this simulator
     */
    public synchronized FeishuSimulator start(int port) {
        if (server != null) {
            throw new IllegalStateException("already started on port " + server.port());
        }
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .jettyIdleTimeout(IDLE_TIMEOUT_MILLIS)
                .jettyStopTimeout(5_000L)
                .containerThreads(THREADS)
                // HTTP/1.1 only: the SDKs speak it, and cleartext HTTP/2 would be one more way in to guard
                .http2PlainDisabled(true)
                // WireMock's admin API is not served (GuardedJettyServerFactory removes it); should a request
                // reach it anyway, it is refused
                .adminAuthenticator(request -> false)
                .notifier(new Slf4jNotifier(false))
                .extensions(new FeishuTransformer(platform), new GuardedJettyServerFactory());
        options = port == 0 ? options.dynamicPort() : options.port(port);
        WireMockServer s = new WireMockServer(options);
        s.start();
        s.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(FeishuTransformer.NAME)));
        server = s;
        return this;
    }

    /** Returns the port the server listens on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.port();
    }

    /** Returns the base URL an SDK is pointed at, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Returns an app's applications and versions as the admin API's JSON, if the app exists (tests, targets). */
    public java.util.Optional<String> describeApp(String appId) {
        return platform.describeApp(appId);
    }

    /** Stops the HTTP server, if started. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
