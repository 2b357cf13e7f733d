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
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the {@code ./scopekit} launcher script of the project root with a stand-in {@code mvn} on the PATH, so the
 * build-on-first-use path is exercised without building the kit again.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: the launcher runs in its own processes")
@ResourceLock("LauncherAcceptanceTest") // its own fixtures: its methods stay in its thread, in order
class LauncherAcceptanceTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path project;

    @Test
    void should_print_one_clean_progress_line_when_the_jar_is_built_on_first_use() throws Exception {
        // GIVEN a project without a jar, and an mvn that prints colour codes as Maven's console library does,
        // then produces a jar whose main class prints "hello"
        Path helloJar = helloJar();
        Path bin = fakeMvn("printf '\\033[0m\\033[0m' ; printf '\\033[0m' >&2 ; mkdir -p scopekit-cli/target ; cp '" + helloJar
                + "' scopekit-cli/target/scopekit-cli-0.1.0-dev-cli.jar");

        // WHEN the launcher runs a command
        Result result = launch(bin, "specs", "lint");

        // THEN the user sees one progress line with the reason and no escape sequence, then the command's own output
        then(result.exitCode).isZero();
        then(result.stderr).isEqualTo("scopekit: building the runnable jar in " + project.resolve("scopekit-cli/target")
                + " (no jar yet; about a minute)...\n");
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

    @Test
    void should_append_the_vendor_classpath_and_consume_the_option_when_classpath_is_given() throws Exception {
        // GIVEN a built jar, and a vendor class path from the option and from SCOPEKIT_CLASSPATH
        Path bin = fakeMvn("mkdir -p scopekit-cli/target ; cp '" + helloJar() + "' scopekit-cli/target/scopekit-cli-0.1.0-dev-cli.jar");
        launch(bin, "specs", "lint");

        // WHEN a command runs with --classpath
        Result result = launch(bin, "show", "--classpath", "/acme/classes", "--target", "class:com.acme.AcmeTarget");

        // THEN the kit runs with the vendor's build output after its own jar, and never sees the option
        then(result.exitCode).as(result.stderr).isZero();
        then(result.stdout).isEqualTo("show --target class:com.acme.AcmeTarget cp="
                + project.resolve("scopekit-cli/target/scopekit-cli-0.1.0-dev-cli.jar") + ":/env/classes:/acme/classes\n");
    }

    @Test
    void should_warn_about_each_classpath_entry_that_does_not_exist_when_classpath_is_given() throws Exception {
        // GIVEN a built jar, an existing classes directory and a missing one
        Path bin = fakeMvn("mkdir -p scopekit-cli/target ; cp '" + helloJar() + "' scopekit-cli/target/scopekit-cli-0.1.0-dev-cli.jar");
        launch(bin, "specs", "lint");
        Path built = Files.createDirectories(project.resolve("acme/target/classes"));

        // WHEN a command runs with both on --classpath
        Result result = launch(bin, "show", "--classpath", built + ":" + project.resolve("acme/missing"));

        // THEN the missing entry is named on stderr, the existing one is not, and the command still runs
        then(result.exitCode).as(result.stderr).isZero();
        then(result.stderr).contains("scopekit: warning: --classpath entry " + project.resolve("acme/missing")
                + " does not exist").doesNotContain("entry " + built + " ");
    }

    @Test
    void should_keep_the_class_data_archive_only_when_the_recording_verify_reached_a_verdict() throws Exception {
        // GIVEN a built jar whose stand-in verify exits with the code it is given
        Path bin = fakeMvn("mkdir -p scopekit-cli/target ; cp '" + helloJar() + "' scopekit-cli/target/scopekit-cli-0.1.0-dev-cli.jar");
        Path archive = project.resolve("scopekit-cli/target/scopekit.jsa");

        // WHEN the first verify after the build, on the kit's own class path, is refused as bad input (exit 2)
        Result refused = launchKitOnly(bin, "verify", "2");

        // THEN its exit code is kept and no archive of that short run stays behind, nor a temporary one
        then(refused.exitCode).isEqualTo(2);
        then(archive).doesNotExist();
        then(project.resolve("scopekit-cli/target").toFile().list()).noneMatch(n -> n.endsWith(".jsa"));

        // WHEN a later verify reaches a verdict (exit 1, not conformant)
        Result judged = launchKitOnly(bin, "verify", "1");

        // THEN that run's archive is kept, keyed by the jar it was recorded for
        then(judged.exitCode).isEqualTo(1);
        then(archive).isNotEmptyFile();
        then(Files.readString(project.resolve("scopekit-cli/target/scopekit.jsa.key")))
                .startsWith(project.resolve("scopekit-cli/target/scopekit-cli-0.1.0-dev-cli.jar") + " ");
    }

    @Test
    void should_exit_with_the_commands_code_when_the_class_data_archive_cannot_be_written() throws Exception {
        // GIVEN a built jar whose stand-in verify exits with the code it is given
        Path bin = fakeMvn("mkdir -p scopekit-cli/target ; cp '" + helloJar() + "' scopekit-cli/target/scopekit-cli-0.1.0-dev-cli.jar");
        then(launchKitOnly(bin, "show").exitCode).isZero();

        // WHEN the recording verify refuses to give a verdict for unwritable reports (exit 5) and the JVM, with files
        // limited to 1 KiB, cannot write the archive as it exits (which ends a JVM with 1)
        Result refused = launchLimited(bin, "ulimit -f 1", "verify", "5");

        // THEN the command's own code is the launcher's, not the 1 a verdict would have, and no archive is kept
        then(refused.exitCode).as(refused.toString()).isEqualTo(5);
        then(project.resolve("scopekit-cli/target/scopekit.jsa")).doesNotExist();
        then(project.resolve("scopekit-cli/target").toFile().list()).noneMatch(n -> n.startsWith(".scopekit-"));
    }

    private Result launch(Path bin, String... args) throws IOException, InterruptedException {
        return launch(bin, true, args);
    }

    /** Launches without a vendor class path: the launcher records its class-data archive only then. */
    private Result launchKitOnly(Path bin, String... args) throws IOException, InterruptedException {
        return launch(bin, false, args);
    }

    private Result launch(Path bin, boolean vendorClasspath, String... args) throws IOException, InterruptedException {
        return launchLimited(vendorClasspath, bin, "", args);
    }

    private Result launchLimited(Path bin, String limit, String... args) throws IOException, InterruptedException {
        return launchLimited(false, bin, limit, args);
    }

    /** Launches after the shell command {@code limit} (a {@code ulimit}), which then holds for the launcher and Java. */
    private Result launchLimited(boolean vendorClasspath, Path bin, String limit, String... args)
            throws IOException, InterruptedException {
        Path launcher = project.resolve("scopekit");
        Files.copy(Path.of("scopekit"), launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        launcher.toFile().setExecutable(true);
        if (!Files.exists(project.resolve("pom.xml"))) { // rewritten, it would be newer than the jar: a rebuild
            Files.writeString(project.resolve("pom.xml"), "<project/>");
        }
        Files.createDirectories(project.resolve("scopekit-cli/src/main"));
        ProcessBuilder builder = new ProcessBuilder(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("bash", "-c",
                        (limit.isEmpty() ? "" : limit + "; ") + "exec \"$0\" \"$@\"", launcher.toString()),
                        java.util.Arrays.stream(args)).toList())
                .directory(project.toFile());
        if (vendorClasspath) {
            builder.environment().put("SCOPEKIT_CLASSPATH", "/env/classes");
        } else {
            builder.environment().remove("SCOPEKIT_CLASSPATH");
        }
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

    /** Compiles a stand-in for the kit's main class, printing "hello", into a jar. */
    private Path helloJar() throws IOException {
        Path src = Files.createDirectories(project.resolve("hello-src"));
        Files.writeString(src.resolve("Main.java"), "package io.scopekit.cli; public class Main {"
                + " public static void main(String[] a) {"
                + " if (a.length == 2 && a[0].equals(\"verify\")) {"
                + "   String f = System.getProperty(\"scopekit.exit.code.file\");" // as the kit's Main tells the launcher
                + "   if (f != null) { try { java.nio.file.Files.writeString(java.nio.file.Path.of(f), a[1]); }"
                + "     catch (java.io.IOException e) { throw new RuntimeException(e); } }"
                + "   System.exit(Integer.parseInt(a[1])); }"
                + " System.out.println(a.length > 0 && a[0].equals(\"show\")"
                + " ? String.join(\" \", a) + \" cp=\" + System.getProperty(\"java.class.path\") : \"hello\"); } }");
        then(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.toString(),
                src.resolve("Main.java").toString())).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "io.scopekit.cli.Main");
        Path jar = project.resolve("hello.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("io/scopekit/cli/Main.class"));
            out.write(Files.readAllBytes(src.resolve("io/scopekit/cli/Main.class")));
            out.closeEntry();
        }
        return jar;
    }

    private record Result(int exitCode, String stdout, String stderr) {}
}
