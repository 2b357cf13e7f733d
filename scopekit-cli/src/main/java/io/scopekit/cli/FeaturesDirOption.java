package io.scopekit.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --features DIR} option, one mixin so that every command that reads features describes it alike. */
final class FeaturesDirOption {
    @Option(names = "--features", paramLabel = "DIR",
            description = "Feature files directory (default: the features the kit ships).")
    @Nullable Path dir;
}
