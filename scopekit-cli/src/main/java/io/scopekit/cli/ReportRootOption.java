package io.scopekit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --report DIR} root of the commands that write a run directory ({@code verify}, {@code explore}). */
final class ReportRootOption {
    @Option(names = "--report", defaultValue = "reports", paramLabel = "DIR",
            description = "Report root; the run goes to DIR/<run-id>/ (default: ${DEFAULT-VALUE}).")
    Path root;
}
