package io.scopekit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs the {@code scopekit} command line. */
@Command(name = "scopekit", mixinStandardHelpOptions = true, versionProvider = KitVersion.class,
        description = "Conformance kit for mini-program scope authorization and Feishu Open Platform permissions.",
        subcommands = {VerifyCommand.class, ReportCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Returns the configured command line: usage errors exit 2, uncaught errors exit 2 with the message. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("scopekit: " + io.scopekit.report.Redactor.redact(String.valueOf(e.getMessage())));
            return ExitCode.BAD_INPUT;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
