package io.scopekit.testsupport;

import io.scopekit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the scopekit command line in-process and captures its exit code, stdout and stderr. */
public final class CliRun {

    private CliRun() {}

    /** Result of one run. */
    public record Result(int exitCode, String out, String err) {}

    /** Runs {@code scopekit ARGS...}. */
    public static Result scopekit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(o, e, args);
        }
        return new Result(code, out.toString(), err.toString());
    }
}
