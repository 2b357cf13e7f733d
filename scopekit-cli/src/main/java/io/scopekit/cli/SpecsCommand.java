package io.scopekit.cli;

import picocli.CommandLine.Command;

/** Groups the commands about platform specs: lint, show, diff. */
@Command(name = "specs", mixinStandardHelpOptions = true,
        subcommands = {SpecsLintCommand.class, SpecsShowCommand.class, SpecsDiffCommand.class})
final class SpecsCommand extends GroupCommand {}
