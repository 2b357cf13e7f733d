package io.scopekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that listen on 127.0.0.1 share ({@code serve}, {@code simulate}): the {@code --port}, and a
 * server kept up until the JVM shuts down (Ctrl-C) or the command's stop latch is released, and closed either way.
 */
// picocli requires a @Command around a @Spec field; each subclass names itself in its own @Command.
@Command
abstract class ServingCommand implements Callable<Integer> {
    @Mixin
    PortOption port;

    @Spec
    CommandSpec command;

    /** A started server: what closes it, and the line that says where it listens and how to stop it. */
    record Started(Runnable close, String banner) {}

    /**
     * Checks the command's inputs ({@link PortOption#checked} where its errors rank), then starts its server on the
     * port.
     *
     * @throws CliFailure bad input, also when the port cannot be listened on ({@link #cannotListen})
     */
    abstract Started start();

    /** The latch this run waits for: the shutdown hook releases it, and so can a test that started the command. */
    abstract CountDownLatch stopLatch();

    @Override
    public final Integer call() throws InterruptedException {
        Started started = start();
        CountDownLatch stop = stopLatch();
        // The hook is in place before the banner, so Ctrl-C after the banner always closes the server.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close().run();
            stop.countDown();
        }, "scopekit-" + command.name() + "-stop"));
        PrintWriter out = command.commandLine().getOut();
        out.println(started.banner());
        out.flush();
        try {
            stop.await();
        } finally {
            started.close().run();
        }
        return ExitCode.OK;
    }

    /** The bad input of a port that cannot be listened on; the caller has closed what it opened. */
    static CliFailure cannotListen(int port, Exception e) {
        return CliFailure.badInput("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")");
    }
}
