package io.scopekit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the Node host ({@code adapters/node/bin/scopekit-node-host.js}) as a child process on a free loopback port
 * and reads the line it prints once it listens. The host exits when its stdin closes, so closing this object (or
 * the kit dying) never leaves a host behind.
 */
final class NodeHostProcess implements AutoCloseable {
    static final String SCRIPT = "adapters/node/bin/scopekit-node-host.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final JsonNode ready;
    private final StringBuilder stderr;

    private NodeHostProcess(Process process, JsonNode ready, StringBuilder stderr) {
        this.process = process;
        this.ready = ready;
        this.stderr = stderr;
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
        Path script = kitHome.resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw CliFailure.badInput("the Node host is missing: expected " + script);
        }
        List<String> command = new ArrayList<>(List.of(node, script.toString(), "--specs", specs.toString(),
                "--port", "0", "--exit-with-stdin"));
        if (portModule != null) {
            command.add("--port-module");
            command.add(portModule.toString());
        }
        Process process;
        try {
            process = new ProcessBuilder(command).directory(kitHome.toFile()).start();
        } catch (IOException e) {
            throw CliFailure.badInput("cannot run '" + node + "' (" + e.getMessage() + "); Node.js 20 or later is "
                    + "needed for the Node host");
        }
        StringBuilder stderr = drain(process.getErrorStream());
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String first;
        try {
            first = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw CliFailure.badInput("the Node host did not say where it listens within " + timeout.toSeconds()
                    + " s; its stderr: " + firstLines(stderr));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw CliFailure.badInput("interrupted while starting the Node host");
        } catch (ExecutionException e) {
            process.destroyForcibly();
            throw CliFailure.badInput("cannot read the Node host's output: " + e.getCause());
        }
        if (first == null || first.isBlank()) {
            waitQuietly(process);
            throw CliFailure.badInput("the Node host exited before listening (exit " + exitOf(process)
                    + "); its stderr: " + firstLines(stderr));
        }
        try {
            return new NodeHostProcess(process, JSON.readTree(first), stderr);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw CliFailure.badInput("the Node host printed '" + first + "' instead of its address line");
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
    }

    private static StringBuilder drain(InputStream in) {
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
                }
            } catch (IOException e) {
                // the host closed its stderr
            }
        }, "scopekit-node-host-stderr");
        t.setDaemon(true);
        t.start();
        return text;
    }

    private static void waitQuietly(Process process) {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
