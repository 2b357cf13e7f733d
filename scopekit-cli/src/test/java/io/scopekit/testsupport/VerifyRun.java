package io.scopekit.testsupport;

import io.scopekit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code scopekit} command in-process and keeps its exit code and output.
 *
 * @param exitCode the command's exit code
 * @param out      what it printed on stdout
 * @param err      what it printed on stderr
 */
public record VerifyRun(int exitCode, String out, String err) {

    /** The fixture features directory (scopekit-cli/src/test/resources/fixtures/features). */
    public static final Path FIXTURE_FEATURES = Path.of("scopekit-cli/src/test/resources/fixtures/features");
    /** Fixture glue. */
    public static final String FIXTURE_GLUE = "io.scopekit.testsupport.fixtureglue";

    /** Runs {@code scopekit args...}. */
    public static VerifyRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new VerifyRun(code, out.toString(), err.toString());
    }

    /** Runs {@code scopekit verify} over the fixture features with the fixture glue, reports under {@code root}. */
    public static VerifyRun verifyFixtures(Path root, String... extra) {
        return verify(root, FIXTURE_FEATURES, extra);
    }

    /** Runs {@code scopekit verify} over {@code features} with the fixture glue, reports under {@code root}. */
    public static VerifyRun verify(Path root, Path features, String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", "--glue", FIXTURE_GLUE, "--features",
                features.toString(), "--report", root.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }
}
