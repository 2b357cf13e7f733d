package io.scopekit.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Finds Node.js for the tests that run the Node host (adapters/node); CI installs it, a developer may not have it. */
public final class NodeJs {
    private static final String VERSION = probe();

    private NodeJs() {}

    /** The version {@code node --version} printed, or {@code null} when node cannot be run. */
    public static String version() {
        return VERSION;
    }

    /** The message of the assumption that skips a test on a machine without node. */
    public static String missing() {
        return "node (Node.js 20+) is not on the PATH: the Node host tests are skipped (CI installs node)";
    }

    /**
     * Skips the calling test when node or the Node host's locked packages ({@code cd adapters/node && npm ci}) are
     * missing, saying which; under {@code CI=true} (set by {@code .ci/run}, which installs both) it fails instead, so
     * CI can never pass by skipping.
     */
    public static void assumeHost() {
        String why = VERSION == null ? missing()
                : !Files.isDirectory(Path.of("adapters", "node", "node_modules", "yaml"))
                        ? "adapters/node/node_modules is missing: run `cd adapters/node && npm ci` (CI does) to run the "
                                + "Node host tests"
                        : null;
        if (why != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + why);
        }
        Assumptions.assumeTrue(why == null, why);
    }

    private static String probe() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
