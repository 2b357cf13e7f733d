package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.spec.SpecException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the {@code scopekit} command line. Subcommands are listed in {@link #COMMANDS}: adding a command is adding its
 * class there, and its help texts to {@code io/scopekit/cli/help.properties}.
 */
@Command(name = "scopekit", mixinStandardHelpOptions = true, versionProvider = ManifestVersionProvider.class,
        resourceBundle = "io.scopekit.cli.help")
public final class Main {

    /**
     * The subcommands, in the order {@code --help} lists them. They are added in code, not in the annotation's
     * {@code subcommands}: picocli builds the model of every command it is given (reflection over each option, and
     * each command object created, its class initialised), which was most of {@code --version}'s and a quarter of
     * {@code explain}'s CPU (issue 23's profile); a run that names one command builds only that one.
     */
    static final List<Class<?>> COMMANDS = List.of(
            CommandLine.HelpCommand.class,
            SpecsCommand.class,
            ExplainCommand.class,
            VerifyCommand.class,
            ServeCommand.class,
            ReportCommand.class,
            ScopesCommand.class,
            SimulateCommand.class,
            ExploreCommand.class,
            CertifyPortCommand.class,
            DocsCommand.class,
            // bash/zsh completion script: source <(scopekit generate-completion)
            picocli.AutoComplete.GenerateCompletion.class);

    /** Commands that read the whole tree: the help of any command, the completion script of all of them. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "generate-completion");

    /** Entry point of the jar; exits with an {@link ExitCode}. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        RunGuard.install();
        int code = run(out, err, args);
        out.flush();
        err.flush();
        RunGuard.finished();
        tellLauncher(code);
        System.exit(code);
    }

    /**
     * Writes the exit code where the launcher asked for it (its class-data recording run): a JVM that then fails to
     * write the archive exits with 1, and the launcher restores a code without a verdict from this file.
     */
    private static void tellLauncher(int code) {
        String file = System.getProperty("scopekit.exit.code.file");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), Integer.toString(code),
                    StandardCharsets.US_ASCII);
        } catch (java.io.IOException | RuntimeException e) {
            // The JVM's own code stands: without the file the launcher keeps it.
        }
    }

    /**
     * Runs the command line in-process (tests, embedding) writing to the given streams.
     *
     * @return the {@link ExitCode}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (versionOnly(args)) {
            // picocli's classes are class-file version 49, which JDK 17's dynamic class-data archive cannot hold:
            // loading and linking them was most of --version's CPU. Its version help prints each line as given
            // (no format arguments, no markup in ours), so printing them here is byte-identical.
            for (String line : new ManifestVersionProvider().getVersion()) {
                out.println(line);
            }
            out.flush();
            return ExitCode.OK;
        }
        CommandLine cmd = commandLine(out, err, needed(args));
        return cmd.execute(args);
    }

    /** Returns the whole command tree. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, COMMANDS);
    }

    /**
     * Returns the subcommands a command line can reach: the one it names first, none for {@code --version} alone,
     * every one otherwise (top-level help, a misspelt command with its suggestions, {@code help CMD}).
     */
    static List<Class<?>> needed(String... args) {
        if (versionOnly(args)) {
            return List.of();
        }
        if (args.length > 0 && !WHOLE_TREE.contains(args[0])) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    private static boolean versionOnly(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        CommandLine cmd = new CommandLine(new Main());
        subcommands.forEach(cmd::addSubcommand);
        cmd.setOut(out);
        cmd.setErr(err);
        // https://no-color.org: any non-empty NO_COLOR turns colour off, also on a terminal.
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        // No @argument files: picocli fails on an unreadable one ("@/") with a stack trace and exit 1 (found by
        // fuzzing); the kit documents none, so "@..." is an ordinary word, rejected as usage like any other.
        cmd.setExpandAtFiles(false);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter e = failed.getErr();
            e.println(failed.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof SpecException specs) {
                specs.problems().forEach(e::println);
                e.println(Plural.count(specs.problems().size(), "problem")
                        + "; specs not loaded");
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof CliFailure failure) {
                e.println(commandLine.getCommandSpec().qualifiedName() + ": "
                        + io.scopekit.report.TerminalText.message(String.valueOf(failure.getMessage())));
                return failure.exitCode();
            }
            e.println("scopekit: internal error (please report): " + io.scopekit.report.TerminalText.message(String.valueOf(ex)));
            ex.printStackTrace(e);
            return ExitCode.INTERNAL;
        });
        return cmd;
    }
}
