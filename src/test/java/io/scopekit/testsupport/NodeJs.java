package io.scopekit.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

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
