package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code ./scopekit} launcher script of the project root with a stand-in {@code mvn} on the PATH, so the
 * build-on-first-use path is exercised without building the kit again.
 */
class LauncherAcceptanceTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path project;

    @Test
    void should_print_one_clean_progress_line_when_the_jar_is_built_on_first_use() throws Exception {
        // GIVEN a project without a jar, and an mvn that prints colour codes as Maven's console library does,
        // then produces a jar whose main class prints "hello"
        Path helloJar = helloJar();
        Path bin = fakeMvn("printf '\\033[0m\\033[0m' ; printf '\\033[0m' >&2 ; mkdir -p target ; cp '" + helloJar
                + "' target/scopekit.jar");

        // WHEN the launcher runs a command
        Result result = launch(bin, "specs", "lint");

        // THEN the user sees one progress line with no escape sequence, then the command's own output
        then(result.exitCode).isZero();
        then(result.stderr).isEqualTo("scopekit: building " + project.resolve("target/scopekit.jar")
                + " (sources changed; about a minute)...\n");
        then(result.stdout).isEqualTo("hello\n");
    }

    @Test
    void should_exit_2_with_the_end_of_the_build_log_and_no_escape_sequences_when_the_build_fails() throws Exception {
        // GIVEN an mvn that fails after printing colour codes and an error
        Path bin = fakeMvn("printf '\\033[0m\\033[0m' ; printf '\\033[1;31m[ERROR] COMPILATION ERROR: Foo.java:[3,1]\\033[m\\n' ;"
                + " exit 1");

        // WHEN the launcher runs a command
        Result result = launch(bin, "specs", "lint");

        // THEN it exits 2, saying the build failed and showing Maven's error without escape sequences
        then(result.exitCode).isEqualTo(2);
        then(result.stderr).startsWith("scopekit: building ")
                .contains("scopekit: build failed; the last lines of the build log")
                .contains("[ERROR] COMPILATION ERROR: Foo.java:[3,1]")
                .doesNotContain(ESC);
        then(result.stdout).isEmpty();
    }

    private Result launch(Path bin, String... args) throws IOException, InterruptedException {
        Path launcher = project.resolve("scopekit");
        Files.copy(Path.of("scopekit"), launcher);
        launcher.toFile().setExecutable(true);
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("src/main"));
        ProcessBuilder builder = new ProcessBuilder(
                List.of(launcher.toString(), args[0], args[1]))
                .directory(project.toFile());
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("TMPDIR", project.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        then(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private Path fakeMvn(String body) throws IOException {
        Path bin = Files.createDirectories(project.resolve("fake-bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /** Compiles a one-class program printing "hello" into a runnable jar. */
    private Path helloJar() throws IOException {
        Path src = Files.createDirectories(project.resolve("hello-src"));
        Files.writeString(src.resolve("Hello.java"),
                "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }");
        then(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.toString(),
                src.resolve("Hello.java").toString())).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        Path jar = project.resolve("hello.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(src.resolve("Hello.class")));
            out.closeEntry();
        }
        return jar;
    }

    private record Result(int exitCode, String stdout, String stderr) {}
}
