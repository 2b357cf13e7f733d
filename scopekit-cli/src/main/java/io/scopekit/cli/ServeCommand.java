package io.scopekit.cli;

import io.scopekit.run.RunFingerprints;
import io.scopekit.content.KitContent;
import io.scopekit.target.http.NarrowedTarget;
import io.scopekit.target.Coverage;
import io.scopekit.target.Target;
import io.scopekit.harness.Targets;
import io.scopekit.target.http.TargetServer;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.harness.PermissionTargets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Serves an in-process target over the target protocol on 127.0.0.1 until the process is stopped
 * (adapters/protocol/README.md): {@code verify --target http://127.0.0.1:N} then checks it over HTTP.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand extends ServingCommand {

    @Mixin
    TargetOption target;

    @Option(names = "--platform", paramLabel = "P")
    List<String> platforms = new ArrayList<>();

    /** Released when the JVM shuts down; tests release it to stop the running server (each serve has its own). */
    static volatile CountDownLatch STOP = new CountDownLatch(1);

    @Override
    Started start() {
        int port = this.port.checked();
        String lower = target.value.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            throw CliFailure.badInput("--target " + target.value + ": serve an in-process target (a name or class:FQN), "
                    + "not a URL");
        }
        Target consent;
        try {
            consent = Targets.resolve(target.value);
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput("--target " + e.getMessage());
        }
        if (!platforms.isEmpty()) {
            List<String> known = RunFingerprints.platformIds(KitContent.read(null, "platform-specs", ".yaml", ".yml"));
            for (String p : platforms) {
                if (!known.contains(p)) {
                    consent.close();
                    throw CliFailure.badInput("--platform " + p + ": unknown platform (expected one of: "
                            + String.join(", ", known) + ")");
                }
            }
            consent = new NarrowedTarget(consent, new Coverage(Set.copyOf(platforms), consent.coverage().containers(),
                    consent.coverage().appKinds()));
        }
        PermissionTarget permission;
        try {
            permission = PermissionTargets.resolve(target.value);
        } catch (IllegalArgumentException e) {
            permission = null;
        }
        TargetServer server;
        try {
            server = TargetServer.start(consent, permission, new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            consent.close();
            throw cannotListen(port, e);
        }
        return new Started(server::close, "serving " + consent.identity().name()
                + (permission == null ? "" : " and its open platform") + " at " + server.uri()
                + " (protocol scopekit-target/1); verify with --target " + server.uri() + "; stop with Ctrl-C");
    }

    @Override
    CountDownLatch stopLatch() {
        CountDownLatch stop = new CountDownLatch(1);
        STOP = stop;
        return stop;
    }
}
