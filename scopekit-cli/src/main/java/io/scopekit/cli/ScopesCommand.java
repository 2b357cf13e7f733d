package io.scopekit.cli;

import picocli.CommandLine.Command;

/** Groups the least-privilege commands over a permission model: minimal, lint. */
@Command(name = "scopes", mixinStandardHelpOptions = true,
        subcommands = {ScopesMinimalCommand.class, ScopesLintCommand.class})
final class ScopesCommand extends GroupCommand {}
