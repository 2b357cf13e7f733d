package io.scopekit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the Node host ({@code adapters/node/bin/scopekit-node-host.js}) as a child process on a free loopback port.
 *
 * <p>A port runs in a process of the host's own (docs/node-host.md, trust model), yet the host's stdout is not a
 * channel the kit trusts: the host writes where it listens into a file in a directory only this JVM's user can write
 * ({@code --ready-file}), with a per-run nonce that its {@code GET /v1/target} must echo, and the kit checks that the
 * host answering there runs the port it was asked to load. The host exits when its stdin closes; on every exit path
 * (close, an exception, SIGTERM / SIGINT through the shutdown hook) the kit also kills the host's whole process tree,
 * so a port spinning in a busy loop never outlives the run.
 */
final class NodeHostProcess implements AutoCloseable {
    static final String SCRIPT = "adapters/node/bin/scopekit-node-host.js";
    /** The longest one call into the port may take by default before the host stops and restarts it. */
    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<NodeHostProcess> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOK = new AtomicBoolean();

    private final Process process;
    private final JsonNode ready;
    private final StringBuilder stderr;
    private final Path privateDir;

    private NodeHostProcess(Process process, JsonNode ready, StringBuilder stderr, Path privateDir) {
        this.process = process;
        this.ready = ready;
        this.stderr = stderr;
        this.privateDir = privateDir;
    }

    /** The kit's directory: the one holding {@code adapters/node}, found from the jar (or classes) upwards. */
    static Path kitHome() {
        try {
            Path here = Path.of(NodeHostProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve(SCRIPT))) {
                    return p;
                }
            }
        } catch (Exception e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /**
     * Starts the host.
     *
     * @param portModule the port to load (a directory or file), or {@code null} for the reference behaviour
     * @throws CliFailure (bad input) when node or the host cannot be started or does not say where it listens
     */
    static NodeHostProcess start(Path kitHome, String node, @Nullable Path portModule, Path specs, Duration timeout) {
        return start(kitHome, node, portModule, null, specs, timeout, DEFAULT_CALL_TIMEOUT, line -> { });
    }

    /**
     * Starts the host and checks that the host answering at the address it wrote is this one.
     *
     * @param expectedPort the identity the host must report for the port ({@code name@version}), or {@code null}
     * @param callTimeout  the longest one call into the port may take (the host's watchdog)
     * @param progress     receives each line the host writes on stderr (the watchdog's notes, the port's output)
     * @throws CliFailure bad input when node or the host cannot be started or does not say where it listens;
     *                    unreachable when the host at that address is not the one started here
     */
    static NodeHostProcess start(Path kitHome, String node, @Nullable Path portModule, @Nullable String expectedPort,
            Path specs, Duration timeout, Duration callTimeout, Consumer<String> progress) {
        return start(kitHome, node, portModule, expectedPort, specs, timeout, callTimeout, null, progress);
    }

    /**
     * As above; {@code bundleCache}, when given, is where the host keeps a framework's bundles by content key
     * (docs/node-host.md, "Caching"), so that a second certification of the same framework does not bundle again.
     */
    static NodeHostProcess start(Path kitHome, String node, @Nullable Path portModule, @Nullable String expectedPort,
            Path specs, Duration timeout, Duration callTimeout, @Nullable Path bundleCache, Consumer<String> progress) {
        Path script = kitHome.resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw CliFailure.badInput("the Node host is missing: expected " + script);
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("scopekit-node-host-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException | UnsupportedOperationException e) {
            throw CliFailure.badInput("cannot create a private directory for the Node host: " + e.getMessage());
        }
        Path readyFile = dir.resolve("ready.json");
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String nonce = HexFormat.of().formatHex(random);
        List<String> command = new ArrayList<>(List.of(node, script.toString(), "--specs", specs.toString(),
                "--port", "0", "--exit-with-stdin", "--ready-file", readyFile.toString(), "--nonce", nonce,
                "--call-timeout-ms", String.valueOf(callTimeout.toMillis()),
                "--load-timeout-ms", String.valueOf(loadTimeout(callTimeout).toMillis())));
        if (portModule != null) {
            // a framework port comes as its manifest (adapters/node/manifests/NAME@VERSION.json): bundled by the host
            boolean manifest = portModule.toString().endsWith(".json") && Files.isRegularFile(portModule);
            command.add(manifest ? "--manifest" : "--port-module");
            command.add(portModule.toString());
            if (manifest && bundleCache != null) {
                command.addAll(List.of("--cache-dir", bundleCache.toString()));
            }
        }
        Process process;
        try {
            process = new ProcessBuilder(command).directory(kitHome.toFile()).start();
        } catch (IOException e) {
            deleteQuietly(dir);
            throw CliFailure.badInput("cannot run '" + node + "' (" + e.getMessage() + "); Node.js 20 or later is "
                    + "needed for the Node host");
        }
        installHook();
        NodeHostProcess host = null;
        try {
            StringBuilder stderr = drain(process.getErrorStream(), progress, "scopekit-node-host-stderr");
            drain(process.getInputStream(), line -> { }, "scopekit-node-host-stdout");
            JsonNode ready = awaitReady(process, readyFile, timeout, stderr);
            host = new NodeHostProcess(process, ready, stderr, dir);
            LIVE.add(host);
            host.checkIdentity(nonce, expectedPort);
            return host;
        } catch (RuntimeException e) {
            if (host != null) {
                host.close();
            } else {
                killTree(process);
                deleteQuietly(dir);
            }
            throw e;
        }
    }

    /** How long the port may take to load in one container: generous, a bundle may be large. */
    static Duration loadTimeout(Duration callTimeout) {
        return callTimeout.multipliedBy(4);
    }

    private static JsonNode awaitReady(Process process, Path readyFile, Duration timeout, StringBuilder stderr) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!Files.isRegularFile(readyFile)) {
                if (!process.isAlive()) {
                    process.waitFor(5, TimeUnit.SECONDS);
                    throw CliFailure.badInput("the Node host exited before listening (exit " + exitOf(process)
                            + "); its stderr: " + firstLines(stderr));
                }
                if (System.nanoTime() > deadline) {
                    throw CliFailure.badInput("the Node host did not say where it listens within "
                            + timeout.toSeconds() + " s; its stderr: " + firstLines(stderr));
                }
                Thread.sleep(50);
            }
            String first = Files.readString(readyFile, StandardCharsets.UTF_8).strip();
            try {
                return JSON.readTree(first);
            } catch (RuntimeException e) {
                throw CliFailure.badInput("the Node host wrote '" + first + "' instead of its address line");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.badInput("interrupted while starting the Node host");
        } catch (IOException e) {
            throw CliFailure.badInput("cannot read where the Node host listens: " + e.getMessage());
        }
    }

    /** The host at the address must echo this run's nonce and run the port that was asked for. */
    private void checkIdentity(String nonce, @Nullable String expectedPort) {
        String url = url();
        if (!url.startsWith("http://127.0.0.1:")) {
            throw CliFailure.unreachable("the Node host wrote the address '" + url + "'; expected http://127.0.0.1:PORT");
        }
        JsonNode identity;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url + "/v1/target"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            identity = JSON.readTree(answer.body());
        } catch (IOException | RuntimeException e) {
            throw CliFailure.unreachable("the Node host at " + url + " does not describe itself: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.unreachable("interrupted while asking the Node host at " + url + " who it is");
        }
        if (!nonce.equals(identity.path("nonce").asString(""))) {
            throw CliFailure.unreachable("the server at " + url + " is not the Node host this run started (its "
                    + "GET /v1/target does not echo this run's nonce)");
        }
        String reported = identity.path("port").path("package").asString(null);
        if (expectedPort != null && !expectedPort.equals(reported)) {
            throw CliFailure.unreachable("the Node host at " + url + " runs the port '" + reported + "', not the "
                    + "port asked for ('" + expectedPort + "')");
        }
    }

    /** The host's base URL, e.g. {@code http://127.0.0.1:41234}. */
    String url() {
        return ready.path("url").asString();
    }

    /** What the host says about the port it loaded: {@code {package, loadErrors}}; missing without a port. */
    JsonNode port() {
        return ready.path("port");
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    @Override
    public void close() {
        LIVE.remove(this);
        // the tree is listed first: once the host is gone, its children are no longer its descendants
        List<ProcessHandle> tree = process.descendants().toList();
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the host is gone already
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        deleteQuietly(privateDir);
    }

    /** Kills the host and everything it started, now: for shutdown paths where nothing may wait. */
    static void killAll() {
        for (NodeHostProcess host : List.copyOf(LIVE)) {
            killTree(host.process);
            deleteQuietly(host.privateDir);
            LIVE.remove(host);
        }
    }

    private static void killTree(Process process) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    private static void installHook() {
        if (HOOK.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(NodeHostProcess::killAll, "scopekit-node-host-killer"));
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException e) {
            // a temp directory left behind is harmless
        }
    }

    private static StringBuilder drain(InputStream in, Consumer<String> each, String name) {
        StringBuilder text = new StringBuilder();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    synchronized (text) {
                        if (text.length() < 64_000) {
                            text.append(l).append('\n');
                        }
                    }
                    each.accept(l);
                }
            } catch (IOException | RuntimeException e) {
                // the host closed the stream
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return text;
    }

    private static String exitOf(Process process) {
        return process.isAlive() ? "none yet" : String.valueOf(process.exitValue());
    }

    private static String firstLines(StringBuilder stderr) {
        synchronized (stderr) {
            String text = stderr.toString().strip();
            return text.isEmpty() ? "(empty)" : text.lines().limit(5).reduce((a, b) -> a + " | " + b).orElse("");
        }
    }
}
