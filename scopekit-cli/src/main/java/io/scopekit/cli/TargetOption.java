package io.scopekit.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --target} option of the commands that start a target ({@code verify}, {@code explore}, {@code serve}):
 * one mixin, so the three accept and describe it alike. {@code serve} refuses a URL itself, which the text says.
 */
final class TargetOption {
    @Option(names = "--target", defaultValue = "reference", paramLabel = "TARGET",
            description = "The target: reference, a TargetFactory name, class:FQN, or an http(s):// URL (serve: not "
                    + "a URL); the permission target of the same name, when there is one, answers for the open "
                    + "platform (default: ${DEFAULT-VALUE}).")
    String value;
}
