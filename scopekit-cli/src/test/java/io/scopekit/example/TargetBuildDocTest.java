package io.scopekit.example;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.target.SessionControl;
import io.scopekit.target.Target;
import io.scopekit.target.TargetSession;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * Holds docs/target-api.md, "Building a target": the class path it gives compiles a target without a diagnostic,
 * the library alone gives apiguardian warnings, and its smallest set of methods is exactly the SPI's methods
 * without a default.
 */
class TargetBuildDocTest {
    private static final Path DOC = Path.of("docs/target-api.md");
    private static final Path EXAMPLE = Path.of("scopekit-cli/src/test/java/io/scopekit/example/MemoryTarget.java");
    /** The Target API's compiled classes: the content of the jar a vendor's target compiles against. */
    private static final Path LIBRARY = Path.of("scopekit-target-api/target/classes");

    @TempDir
    Path out;

    @Test
    void should_compile_the_example_without_diagnostics_when_the_library_apiguardian_and_jspecify_are_given() {
        // GIVEN the documented class path: the library and the two annotation jars
        List<Path> classpath = List.of(LIBRARY, jarOf(API.class), jarOf(NullMarked.class));

        // WHEN javac compiles the worked example against it
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(classpath);

        // THEN not a single diagnostic
        then(diagnostics).as(describe(diagnostics)).isEmpty();
        then(out.resolve("io/scopekit/example/MemoryTarget.class")).exists();
    }

    @Test
    void should_warn_about_apiguardian_when_only_the_library_is_on_the_class_path() {
        // GIVEN / WHEN the library alone
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(List.of(LIBRARY));

        // THEN it compiles, with the warnings the doc explains
        then(diagnostics).isNotEmpty().allSatisfy(d -> {
            then(d.getKind()).isNotEqualTo(Diagnostic.Kind.ERROR);
            then(d.getMessage(Locale.ROOT)).contains("org.apiguardian.api.API");
        });
        then(out.resolve("io/scopekit/example/MemoryTarget.class")).exists();
    }

    @Test
    void should_list_exactly_the_methods_without_a_default_when_the_doc_gives_the_smallest_target()
            throws IOException {
        // GIVEN the doc's table
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf("<!-- smallest-target -->");
        then(start).as("smallest-target table in " + DOC).isNotNegative();
        Set<String> documented = new TreeSet<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            documented.add(cells[1].strip().replace("`", "") + "." + cells[2].strip().replace("`", ""));
        }

        // WHEN the SPI's abstract methods are read
        Set<String> required = Stream.of(Target.class, TargetSession.class, SessionControl.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> Modifier.isAbstract(m.getModifiers()))
                        .map(m -> type.getSimpleName() + "." + signature(m)))
                .collect(Collectors.toCollection(TreeSet::new));

        // THEN they are the same
        then(documented).isEqualTo(required);
    }

    private static String signature(Method m) {
        return m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")";
    }

    private List<Diagnostic<? extends JavaFileObject>> compile(List<Path> classpath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-Xlint:all", "-cp",
                    classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(EXAMPLE)).call();
            then(ok).as(describe(diagnostics.getDiagnostics())).isTrue();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return diagnostics.getDiagnostics();
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.stream().map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
