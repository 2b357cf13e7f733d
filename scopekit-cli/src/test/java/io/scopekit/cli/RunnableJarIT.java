package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar itself (issue 18: what the shade leaves out must be nothing a command needs). The rest of the
 * suite runs on the modules' class path, where every dependency is whole; only here does a command run from
 * {@code scopekit-cli-VERSION-cli.jar}, as {@code ./scopekit} runs it. Failsafe runs this class after
 * {@code package} ({@code mvn verify}) and names the jar in {@code scopekit.cli.jar}.
 *
 * <p>Each test covers one thing the shade filters or the dependency exclusions could break: WireMock's Jetty needs
 * {@code assets/swagger-ui/index.html} to start even with its admin context removed; custom rules are compiled by
 * the JDK's javac since ECJ is not in the jar; the docs site reads templates and assets from the jar.
 */
class RunnableJarIT {

    private static final long LIMIT_SECONDS = 600; // a bound against hanging for ever, not a timing assertion

    private static Path jar;

    @BeforeAll
    static void findJar() {
        String named = System.getProperty("scopekit.cli.jar");
        then(named).as("failsafe names the runnable jar in scopekit.cli.jar").isNotBlank();
        jar = Path.of(named);
        then(jar).isRegularFile();
    }

    @Test
    void should_start_the_simulator_and_write_a_docs_site_when_verify_and_docs_run_from_the_jar(@TempDir Path tmp)
            throws Exception {
        // GIVEN the runnable jar and an empty report root
        Path reports = tmp.resolve("reports");

        // WHEN the README's simulator verify runs from it, then docs on that report
        Run verify = java(tmp, "verify", "--platform", "feishu-openplatform", "--target", "simulator",
                "--report", reports.toString());
        Path run;
        try (Stream<Path> runs = Files.list(reports)) {
            run = runs.filter(p -> !p.getFileName().toString().equals("latest")).findFirst().orElseThrow();
        }
        Run docs = java(tmp, "docs", "--report", run.toString());

        // THEN the simulator served every scenario and the run is conformant with nothing failed
        then(verify.code()).as(verify.err()).isEqualTo(ExitCode.OK);
        then(verify.out()).containsPattern("(?m)^conformant: \\d+ scenarios, \\d+ steps; checks \\d+ passed, "
                + "0 failed, 0 waived, \\d+ unspecified, 0 unsupported; 0 scenario errors$");
        // AND the docs site of that run is written, its pages and the browser assets they load
        then(docs.code()).as(docs.err()).isEqualTo(ExitCode.OK);
        then(run.resolve("site/index.html")).isNotEmptyFile();
        then(Files.readString(run.resolve("site/index.html"), StandardCharsets.UTF_8)).contains("feishu-openplatform");
    }

    @Test
    void should_answer_as_the_modules_do_when_explain_runs_from_the_jar(@TempDir Path tmp) throws Exception {
        // GIVEN a consent question and a permission question
        String[][] questions = {
            {"explain", "--platform", "wechat-miniprogram", "--scope", "scope.record", "--state", "denied",
                "--action", "call-api"},
            {"explain", "--platform", "feishu-openplatform", "--action", "call-api", "--api", "contact.v3.users.get",
                "--has", "contact:contact.base:readonly=enabled", "--data-scope", "--field", "user_id"},
        };
        for (String[] question : questions) {
            // WHEN the jar and the modules' class path answer it
            Run fromJar = java(tmp, question);
            CliRun.Result fromModules = CliRun.scopekit(question);

            // THEN the answers are the same, byte for byte
            then(fromJar.code()).as(fromJar.err()).isEqualTo(fromModules.exitCode());
            then(fromJar.out()).isEqualTo(fromModules.out()).isNotBlank();
        }
    }

    @Test
    void should_compile_custom_rules_with_the_jdk_compiler_when_rules_are_given_to_the_jar(@TempDir Path tmp)
            throws Exception {
        // GIVEN a copy of the kit's own consent rules as custom rules (compiled at run time, not precompiled)
        Path rules = copyOfRules(tmp.resolve("rules"));
        String[] question = {"explain", "--platform", "wechat-miniprogram", "--scope", "scope.camera", "--action",
            "call-api"};

        // WHEN the jar explains with them and with its embedded rules
        Run custom = java(tmp, concat(question, "--rules", rules.toString()));
        Run embedded = java(tmp, question);

        // THEN they compile and decide as the embedded ones do, by the same rules (each rule's file is named from
        // the folder it was read from, so the labels differ)
        then(custom.code()).as(custom.err()).isEqualTo(ExitCode.OK);
        then(withoutFileLabels(custom.out())).isEqualTo(withoutFileLabels(embedded.out())).contains("prompts:")
                .contains("Never-asked scope: the call shows a consent prompt");
    }

    @Test
    void should_exit_2_naming_file_and_line_when_a_custom_rule_does_not_compile_in_the_jar(@TempDir Path tmp)
            throws Exception {
        // GIVEN a rule that does not parse (line 7), and a copy of the kit's rules whose consequence calls a
        // method Request does not have (only a Java compiler finds that)
        Path malformed = Path.of("scopekit-cli/src/test/resources/rules-malformed");
        Path typo = copyOfRules(tmp.resolve("typo"));
        Path calls = typo.resolve("consent/calls.drl");
        String drl = Files.readString(calls, StandardCharsets.UTF_8);
        then(drl).contains("$r.keepRecords();");
        Files.writeString(calls, drl.replaceFirst("\\$r\\.keepRecords\\(\\);", "\\$r.keepRecordsTypo();"),
                StandardCharsets.UTF_8);

        // WHEN the jar explains with each
        Run parse = java(tmp, "explain", "--platform", "feishu-gadget", "--scope", "scope.camera", "--action",
                "call-api", "--rules", malformed.toString());
        Run compile = java(tmp, "explain", "--platform", "wechat-miniprogram", "--scope", "scope.camera",
                "--action", "call-api", "--rules", typo.toString());

        // THEN both are bad input: the parse error names the DRL file and line, the compile error the file and
        // line the compiler saw and the missing method, and neither answers
        then(parse.code()).isEqualTo(ExitCode.BAD_INPUT);
        then(parse.err()).contains("consent rules do not compile").containsPattern("rules-malformed/broken\\.drl:7:");
        then(parse.out()).isEmpty();
        then(compile.code()).isEqualTo(ExitCode.BAD_INPUT);
        then(compile.err()).contains("consent rules do not compile").containsPattern("\\.java:\\d+:\\d+: ")
                .contains("keepRecordsTypo()");
        then(compile.out()).isEmpty();
    }

    private static Path copyOfRules(Path to) throws IOException {
        Path from = Path.of("rules");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    private static String withoutFileLabels(String explanation) {
        return explanation.replaceAll(" +\\[[\\w/.-]+\\.drl\\]", "");
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    private record Run(int code, String out, String err) {}

    /** Runs {@code java -jar THE-JAR ARGS...} from the repository root, output kept in files under {@code tmp}. */
    private static Run java(Path tmp, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("java -jar " + jar + " " + String.join(" ", args) + " did not end");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
