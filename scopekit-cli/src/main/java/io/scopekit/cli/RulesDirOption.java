package io.scopekit.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option, one mixin so that every command that reads rules describes it alike. */
final class RulesDirOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Oracle rules directory (default: the rules the kit ships).")
    @Nullable Path dir;
}
