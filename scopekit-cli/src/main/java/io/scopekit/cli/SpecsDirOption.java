package io.scopekit.cli;

import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --specs DIR} option shared by spec commands; without it the specs embedded in the jar are used. */
final class SpecsDirOption {
    @Option(names = "--specs", paramLabel = "DIR",
            description = "Specs directory (default: the specs embedded in the jar).")
    Path dir;

    SpecCatalog load() {
        return dir == null ? SpecCatalog.loadEmbedded() : SpecCatalog.load(dir);
    }

    String describe() {
        return dir == null ? "embedded specs" : dir.toString();
    }
}
