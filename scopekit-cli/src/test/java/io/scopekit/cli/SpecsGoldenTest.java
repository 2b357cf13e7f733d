package io.scopekit.cli;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import io.scopekit.testsupport.SpecFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the exact output of {@code specs show} (text and JSON), {@code specs lint} and {@code specs diff} for every
 * shipped spec, so that refactoring the spec layer cannot change a byte of what users see.
 *
 * <p>The expected outputs live in {@code scopekit-cli/src/test/resources/golden/specs}. After a deliberate output change, run
 * this test with {@code -Dscopekit.golden.update=true} to rewrite them, and review the diff of the golden files.
 */
class SpecsGoldenTest {

    private static final Path GOLDEN = Path.of("scopekit-cli/src/test/resources/golden/specs");
    private static final boolean UPDATE = Boolean.getBoolean("scopekit.golden.update");
    private static final String SHIPPED = "platform-specs";

    static Stream<String> shippedIds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(SHIPPED))) {
            List<String> ids = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
            then(ids).as("shipped specs").hasSize(11);
            return ids.stream();
        }
    }

    /** One command line and the golden file its stdout must equal. */
    record Case(String golden, int exitCode, List<String> args) {
        @Override
        public String toString() {
            return golden;
        }
    }

    static Stream<Case> cases() throws IOException {
        String valid = SpecFixtures.validDir().toString();
        String changed = SpecFixtures.validDir().resolveSibling("changed").toString();
        Stream<Case> shows = shippedIds().flatMap(id -> Stream.of(
                new Case("show/" + id + ".txt", ExitCode.OK, List.of("specs", "show", id)),
                new Case("show/" + id + ".json", ExitCode.OK, List.of("specs", "show", id, "--json")),
                new Case("show-dir/" + id + ".txt", ExitCode.OK, List.of("specs", "show", id, "--specs", SHIPPED))));
        Stream<Case> others = Stream.of(
                new Case("lint/embedded.txt", ExitCode.OK, List.of("specs", "lint")),
                new Case("lint/valid-fixtures.txt", ExitCode.OK, List.of("specs", "lint", "--specs", valid)),
                new Case("diff/valid-to-changed.txt", ExitCode.FINDINGS, List.of("specs", "diff", valid, changed)),
                new Case("diff/changed-to-valid.txt", ExitCode.FINDINGS, List.of("specs", "diff", changed, valid)),
                new Case("diff/valid-to-shipped.txt", ExitCode.FINDINGS, List.of("specs", "diff", valid, SHIPPED)),
                new Case("diff/shipped-to-valid.txt", ExitCode.FINDINGS, List.of("specs", "diff", SHIPPED, valid)));
        return Stream.concat(shows, others);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_print_exactly_the_golden_output_when_running_a_specs_command(Case c) {
        // GIVEN the command line of the case
        // WHEN
        Result r = scopekit(c.args().toArray(String[]::new));
        // THEN
        then(r.err()).as("stderr of %s", c.args()).isEmpty();
        then(r.exitCode()).as("exit code of %s", c.args()).isEqualTo(c.exitCode());
        Path golden = GOLDEN.resolve(c.golden());
        if (UPDATE) {
            write(golden, r.out());
        }
        then(r.out()).as("stdout of %s (golden file %s)", c.args(), golden).isEqualTo(read(golden));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("golden file missing; run with -Dscopekit.golden.update=true", e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
