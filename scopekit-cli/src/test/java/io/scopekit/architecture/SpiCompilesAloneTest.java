package io.scopekit.architecture;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the Target SPI compiles with only the JDK, apiguardian and JSpecify on its classpath: the sources
 * of {@code io.scopekit.target} (not its adapter sub-packages), {@code io.scopekit.consent}, the permission SPI
 * {@code io.scopekit.target.permission}, its vocabulary {@code io.scopekit.permission} and the internal wire-name
 * helper {@code io.scopekit.wire} they share are compiled by
 * {@code javac} with a classpath of exactly the two annotation jars, taken from the test classpath.
 */
class SpiCompilesAloneTest {

    private static final Path SOURCES = Path.of("scopekit-target-api", "src", "main", "java");
    private static final List<Path> SPI_PACKAGES = List.of(
            SOURCES.resolve("io/scopekit/target"), SOURCES.resolve("io/scopekit/consent"),
            SOURCES.resolve("io/scopekit/target/permission"), SOURCES.resolve("io/scopekit/permission"),
            SOURCES.resolve("io/scopekit/wire"));

    @TempDir
    Path out;

    @Test
    void should_compile_without_diagnostics_when_only_apiguardian_and_jspecify_are_on_the_classpath()
            throws IOException {
        // GIVEN the sources of the two SPI packages
        List<Path> sources = new ArrayList<>();
        for (Path dir : SPI_PACKAGES) {
            sources.addAll(javaFilesIn(dir));
        }
        then(sources).as("SPI sources").hasSizeGreaterThan(10);

        // WHEN javac compiles them with the annotation jars as the whole classpath
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(sources);

        // THEN it succeeds without a single diagnostic
        then(diagnostics).as(describe(diagnostics)).isEmpty();
        then(out.resolve("io/scopekit/target/TargetSession.class")).exists();
        then(out.resolve("io/scopekit/target/permission/PlatformSession.class")).exists();
        then(out.resolve("io/scopekit/permission/PlatformObservation.class")).exists();
    }

    @Test
    void should_fail_to_compile_a_source_needing_the_kit_when_given_the_same_classpath(@TempDir Path src)
            throws IOException {
        // GIVEN a source that uses the spec layer
        Path probe = src.resolve("Probe.java");
        Files.writeString(probe, "class Probe { io.scopekit.spec.SpecCatalog catalog; }\n");

        // WHEN compiled the same way
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(List.of(probe));

        // THEN javac cannot find the class: the classpath really is only the two jars
        then(diagnostics).anySatisfy(d -> {
            then(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
            then(d.getMessage(Locale.ROOT)).contains("io.scopekit.spec");
        });
    }

    private List<Diagnostic<? extends JavaFileObject>> compile(List<Path> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        then(javac).as("a JDK compiler (the tests run on a JDK)").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path noSources = Files.createDirectories(out.resolve("no-sources"));
        // An explicit -classpath keeps javac from falling back to java.class.path (the whole test classpath).
        List<String> options = List.of(
                "--release", "17", "-proc:none", "-Xlint:all", "-implicit:class",
                "-classpath", jarOf(API.class) + File.pathSeparator + jarOf(NullMarked.class),
                "-sourcepath", noSources.toString(),
                "-d", out.toString());
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        return diagnostics.getDiagnostics();
    }

    private static List<Path> javaFilesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }

    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder text = new StringBuilder("javac diagnostics:");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            text.append("\n  ").append(d.getKind()).append(' ')
                    .append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                    .append(d.getMessage(Locale.ROOT));
        }
        return text.toString();
    }
}
