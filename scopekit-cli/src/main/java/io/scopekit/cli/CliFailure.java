package io.scopekit.cli;

/**
 * Ends a command with a message and the {@link ExitCode} that says what kind of failure it was.
 *
 * <p>The one failure type of the command line: {@link Main} prints {@code "<command>: <message>"} (redacted) on
 * stderr and exits with {@link #exitCode()}.
 */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    private CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Bad input or usage found after parsing: an unknown id, an unreadable file ({@link ExitCode#BAD_INPUT}). */
    static CliFailure badInput(String message) {
        return new CliFailure(ExitCode.BAD_INPUT, message);
    }

    /** The target under test cannot be reached ({@link ExitCode#UNREACHABLE}). */
    static CliFailure unreachable(String message) {
        return new CliFailure(ExitCode.UNREACHABLE, message);
    }

    /** A report file could not be written ({@link ExitCode#REPORT_NOT_WRITTEN}); no verdict. */
    static CliFailure notWritten(String message) {
        return new CliFailure(ExitCode.REPORT_NOT_WRITTEN, message);
    }

    int exitCode() {
        return exitCode;
    }
}
