package io.scopekit.cli;

import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --specs DIR} option of every command that reads platform specs; without it the specs the kit ships are
 * used. A mixin, so that every command describes it in the same words (issue 18, item 5).
 */
final class SpecsDirOption {
    @Option(names = "--specs", paramLabel = "DIR",
            description = "Platform specs directory (default: the specs the kit ships).")
    @Nullable Path dir;

    SpecCatalog load() {
        return dir == null ? SpecCatalog.loadEmbedded() : SpecCatalog.load(dir);
    }

    String describe() {
        return dir == null ? "embedded specs" : dir.toString();
    }
}
