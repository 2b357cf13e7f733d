package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.scopekit.testsupport.SharedResources;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs every {@code ./scopekit} example of the README's {@code bash} blocks as written (continuation lines joined,
 * comments dropped), in-process from the project root, so the README cannot drift from the commands.
 *
 * <p>What the launcher itself does is stood in for: {@code --classpath DIR} (a launcher option) puts the vendor
 * example's classes, compiled here from {@code examples/vendor-target/src/main/java}, on the context class loader.
 * Placeholders ({@code OLD_DIR NEW_DIR}, {@code [--json]}) get real values. Left to their own tests: {@code simulate}
 * and {@code serve} (they serve until stopped), {@code verify --target http://127.0.0.1:8080} (it needs that server
 * running; HttpTarget tests) and {@code certify-port} (Node.js and an npm download; CertifyUniApisAcceptanceTest,
 * CertifyTaroAcceptanceTest, CertifyUniAppAcceptanceTest).
 */
@ResourceLock(SharedResources.WORKING_DIRECTORY_REPORTS)
class ReadmeExamplesTest {

    // The example's own comment says when it does not exit 0: "(exit 1)", "(exit 7: ...)".
    private static final java.util.regex.Pattern EXIT = java.util.regex.Pattern.compile("\\(exit (\\d+)");
    private static final String EXIT_MARK = " #exit=";

    @TempDir
    Path tmp;

    @Test
    void should_exit_with_a_result_and_never_bad_input_when_each_readme_example_is_run() throws IOException {
        // GIVEN the README's commands, in order
        List<String> commands = commands();
        then(commands).as("README ./scopekit examples").hasSizeGreaterThanOrEqualTo(12);
        ClassLoader vendor = vendorClasses();

        for (String command : commands) {
            int mark = command.indexOf(EXIT_MARK);
            int expected = mark < 0 ? ExitCode.OK : Integer.parseInt(command.substring(mark + EXIT_MARK.length()));
            List<String> args = new ArrayList<>(List.of((mark < 0 ? command : command.substring(0, mark))
                    .substring("./scopekit ".length()).trim()
                    .replace("OLD_DIR NEW_DIR", "platform-specs platform-specs").replace("[--json]", "")
                    .replace("'", "").split("\\s+")));
            if (args.get(0).equals("simulate") || args.get(0).equals("serve") || args.get(0).equals("certify-port")
                    || args.contains("http://127.0.0.1:8080")) {
                continue;
            }
            int cp = args.indexOf("--classpath");
            if (cp >= 0) {
                then(Path.of(args.get(cp + 1)).toString()).isEqualTo("examples/vendor-target/target/classes");
                args.remove(cp + 1);
                args.remove(cp);
            }
            if (args.get(0).equals("report") && args.get(1).equals("merge")) {
                // the other CI jobs of the shard example
                for (String k : List.of("2", "3")) {
                    then(VerifyRun.run("verify", "--shard", k + "/3", "--report", "reports/shard-" + k).exitCode())
                            .isIn(ExitCode.OK, ExitCode.NOT_ASSESSED);
                }
            }

            // WHEN it runs
            VerifyRun r;
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(cp >= 0 ? vendor : before);
            try {
                r = VerifyRun.run(args.toArray(String[]::new));
            } finally {
                thread.setContextClassLoader(before);
            }

            // THEN it gives the result its comment states (0 unless it says otherwise), never a usage or input error
            then(r.exitCode()).as(command + "\n" + r.err()).isNotEqualTo(ExitCode.BAD_INPUT);
            then(r.exitCode()).as(command + "\n" + r.err()).isEqualTo(expected);
            then(r.out()).as(command).isNotBlank();
        }
    }

    private static List<String> commands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean bash = false;
        StringBuilder current = null;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                bash = line.equals("```bash");
                continue;
            }
            if (!bash) {
                continue;
            }
            String code = line.replaceFirst("\\s+#.*$", "").strip();
            if (current == null && code.startsWith("./scopekit ")) {
                current = new StringBuilder();
            }
            if (current != null) {
                boolean more = code.endsWith("\\");
                current.append(' ').append(more ? code.substring(0, code.length() - 1) : code);
                if (!more) {
                    java.util.regex.Matcher exit = EXIT.matcher(line);
                    commands.add(current.toString().strip() + (exit.find() ? EXIT_MARK + exit.group(1) : ""));
                    current = null;
                }
            }
        }
        return commands;
    }

    /** Compiles the vendor example's Target (examples/vendor-target) against the kit, as the vendor's build does. */
    private ClassLoader vendorClasses() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("vendor-classes"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(Path.of("examples/vendor-target/src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        List<String> javac = new ArrayList<>(List.of("-d", out.toString(), "-cp",
                System.getProperty("java.class.path")));
        javac.addAll(sources);
        then(ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new))).isZero();
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    }
}
