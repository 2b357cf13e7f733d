package io.scopekit.cli;

import io.scopekit.report.RunInfo.FileHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CLI's use of the kit's content files: reads them through {@link io.scopekit.content.KitContent} and
 * fingerprints them for the run record.
 */
final class KitContent {

    private KitContent() {}

    /** Returns the content of every file below {@code dirName} ending in a suffix, by relative path, sorted. */
    static Map<String, byte[]> read(Path override, String dirName, String... suffixes) {
        return io.scopekit.content.KitContent.read(override, dirName, suffixes);
    }

    /** Returns the platform ids: file names of the platform specs without {@code .yaml}. */
    static List<String> platformIds(Map<String, byte[]> specs) {
        return specs.keySet().stream().filter(p -> !p.contains("/"))
                .map(p -> p.replaceFirst("\\.ya?ml$", "")).sorted().toList();
    }

    /** Fingerprints files of one kind. */
    static List<FileHash> hashes(String kind, Map<String, byte[]> files) {
        List<FileHash> out = new ArrayList<>();
        files.forEach((path, bytes) -> out.add(new FileHash(kind, path, io.scopekit.content.KitContent.sha256(bytes))));
        return out;
    }
}
