package io.scopekit.example;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Builds docs/vendor-build.md's minimal project (examples/minimal-pom, which DocExamplesTest keeps equal to the doc)
 * with Maven, with every plugin it does not pin at Maven's default version, against the kit compiled by this build
 * (installed into the local repository under a version of its own, {@value #VERSION}, so no real version is
 * touched). Maven may download the default plugins once; afterwards the build works offline.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: Maven runs in its own processes")
@ResourceLock("VendorBuildPomAcceptanceTest") // its own fixtures: its methods stay in its thread, in order
class VendorBuildPomAcceptanceTest {
    private static final String VERSION = "0.0.0-vendor-build-doc";
    private static final Path PROJECT = Path.of("examples/minimal-pom");
    private static final long MINUTES = 10;

    @TempDir
    static Path work;

    @BeforeAll
    static void installTheKitUnderATestVersion() throws Exception {
        // The parent pom, the target API and the kit: what a vendor's build resolves (not the simulator or the CLI).
        String version = versionOf("pom.xml");
        install(Path.of("pom.xml"), Path.of("pom.xml"), version);
        install(jarOf(Path.of("scopekit-target-api/target/classes"), work.resolve("scopekit-target-api.jar")),
                Path.of("scopekit-target-api/pom.xml"), version);
        install(jarOf(Path.of("scopekit-kit/target/classes"), work.resolve("scopekit.jar")),
                Path.of("scopekit-kit/pom.xml"), version);
    }

    /** The version the repository's poms carry (the root pom's own). */
    private static String versionOf(String rootPom) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\n  <version>([^<]+)</version>")
                .matcher(Files.readString(Path.of(rootPom), StandardCharsets.UTF_8));
        then(m.find()).as("the root pom's version").isTrue();
        return m.group(1);
    }

    /** Installs FILE with a copy of POM whose every mention of the build's version (own and parent) is VERSION. */
    private static void install(Path file, Path pom, String version) throws Exception {
        Path copy = Files.createTempFile(work, "pom", ".xml");
        Files.writeString(copy, Files.readString(pom, StandardCharsets.UTF_8)
                .replace("<version>" + version + "</version>", "<version>" + VERSION + "</version>"));
        Result installed = mvn(work, "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=" + (file.equals(pom) ? copy : file.toAbsolutePath()), "-DpomFile=" + copy);
        then(installed.exitCode()).as(installed.output()).isZero();
    }

    @Test
    void should_run_the_scenarios_and_write_the_certificate_when_the_documented_project_is_built() throws Exception {
        // GIVEN a copy of the documented project
        Path project = copyOfProject("built");

        // WHEN Maven builds it
        Result build = mvn(project, "verify", "-Dscopekit.version=" + VERSION);

        // THEN the suite ran scenarios and wrote the summary
        then(build.exitCode()).as(build.output()).isZero();
        then(build.output()).doesNotContain("Tests run: 0,");
        then(project.resolve("target/scopekit/summary.json")).isRegularFile();
        then(Files.readString(project.resolve("target/scopekit/summary.json"))).contains("\"verdict\" : \"conformant\"");
    }

    @Test
    void should_fail_the_build_when_the_documented_project_selects_no_scenario() throws Exception {
        // GIVEN the documented project whose suite selects a platform that does not exist
        Path project = copyOfProject("empty");
        Path suite = project.resolve("src/test/java/com/example/ConformanceTest.java");
        Files.writeString(suite, Files.readString(suite).replace("platform-kuaishou", "platform-no-such-platform"));

        // WHEN Maven builds it
        Result build = mvn(project, "verify", "-Dscopekit.version=" + VERSION);

        // THEN the build fails, and no summary claims anything
        then(build.exitCode()).as(build.output()).isNotZero();
        then(build.output()).contains("BUILD FAILURE");
        then(project.resolve("target/scopekit/summary.json")).doesNotExist();
    }

    private static Path copyOfProject(String name) throws IOException {
        Path copy = work.resolve(name);
        try (Stream<Path> files = Files.walk(PROJECT)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/")).toList()) {
                Path to = copy.resolve(PROJECT.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    record Result(int exitCode, String output) {}

    private static Result mvn(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-Dstyle.color=never"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "mvn", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", args) + " did not finish in " + MINUTES + " minutes");
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Path jarOf(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files =
                Files.walk(classes)) {
            // Directory entries too, as the jar plugin writes them: JUnit finds a package of features through them.
            for (Path f : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                boolean dir = Files.isDirectory(f);
                out.putNextEntry(new java.util.jar.JarEntry(dir ? name + "/" : name));
                if (!dir) {
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
