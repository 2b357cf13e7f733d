package io.scopekit.cli;

import picocli.CommandLine.Command;

/** Groups the least-privilege commands over a permission model: minimal, lint. */
@Command(
        name = "scopes",
        mixinStandardHelpOptions = true,
        description = "Finds the least privilege for open-platform API permissions (docs/scopes.md).",
        subcommands = {ScopesMinimalCommand.class, ScopesLintCommand.class})
final class ScopesCommand extends GroupCommand {}
