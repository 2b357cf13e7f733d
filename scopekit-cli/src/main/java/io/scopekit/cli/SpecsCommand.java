package io.scopekit.cli;

import picocli.CommandLine.Command;

/** Groups the commands about platform specs: lint, show, diff. */
@Command(
        name = "specs",
        mixinStandardHelpOptions = true,
        description = "Checks, shows and compares platform specs.",
        subcommands = {SpecsLintCommand.class, SpecsShowCommand.class, SpecsDiffCommand.class})
final class SpecsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (lint, show or diff)");
    }
}
