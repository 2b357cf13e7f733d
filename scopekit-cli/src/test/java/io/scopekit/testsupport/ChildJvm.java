package io.scopekit.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code scopekit} command line in a JVM of its own, with this JVM's class path and working directory.
 *
 * <p>For a class that runs beside the in-process runs (junit-platform.properties): an in-process verify reads its
 * settings from one stack for the whole test JVM, so a class whose own verify only prepares a fixture runs it here.
 */
public final class ChildJvm {

    private ChildJvm() {}

    /** Runs {@code scopekit ARGS...}, its output kept in files under {@code scratch}; fails past {@code limit}. */
    public static VerifyRun scopekit(Path scratch, Duration limit, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(Files.createDirectories(scratch), "child-out", ".txt");
        Path err = Files.createTempFile(scratch, "child-err", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "io.scopekit.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("scopekit " + String.join(" ", args) + " did not end within " + limit + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new VerifyRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
