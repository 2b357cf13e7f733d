package io.scopekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a server that a command started ({@code serve}, {@code simulate}) up until the JVM shuts down (Ctrl-C) or
 * {@code stop} is released, and closes it either way.
 */
final class Serving {
    private Serving() {}

    /**
     * Registers the shutdown hook {@code hookName}, prints {@code banner} (the hook is in place by then, so Ctrl-C
     * after the banner always closes the server), waits for {@code stop} and closes the server.
     */
    static void untilStopped(Runnable close, CountDownLatch stop, String hookName, PrintWriter out, String banner)
            throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close.run();
            stop.countDown();
        }, hookName));
        out.println(banner);
        out.flush();
        try {
            stop.await();
        } finally {
            close.run();
        }
    }
}
