package io.scopekit.cli;

import io.scopekit.report.RunInfo.FileHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Locates the kit's content (platform specs, rules, features): a directory given on the command line or the
 * copy embedded in the jar under {@code scopekit/}.
 */
final class KitContent {

    private KitContent() {}

    /** Returns the root of {@code dirName} ({@code platform-specs}, {@code rules}, {@code features}), or null. */
    static Path root(Path override, String dirName) {
        if (override != null) {
            return override;
        }
        URL url = KitContent.class.getClassLoader().getResource("scopekit/" + dirName);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open embedded kit content " + url, e);
        }
    }

    /** Returns the files under {@code root} ending in one of {@code suffixes}, sorted, paths relative to root. */
    static List<Path> files(Path root, String... suffixes) {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        for (String s : suffixes) {
                            if (n.endsWith(s)) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .map(root::relativize).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the platform ids: file names of the platform specs without {@code .yaml}. */
    static List<String> platformIds(Path specsOverride) {
        return files(root(specsOverride, "platform-specs"), ".yaml", ".yml").stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.ya?ml$", "")).sorted().toList();
    }

    /** Fingerprints every spec, rule and feature file the run uses. */
    static List<FileHash> hashes(Path specs, Path rules, Path features) {
        List<FileHash> out = new ArrayList<>();
        add(out, "spec", root(specs, "platform-specs"), ".yaml", ".yml");
        add(out, "rule", root(rules, "rules"), ".drl");
        add(out, "feature", root(features, "features"), ".feature");
        return out;
    }

    private static void add(List<FileHash> out, String kind, Path root, String... suffixes) {
        for (Path rel : files(root, suffixes)) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(root.resolve(rel.toString())));
                out.add(new FileHash(kind, rel.toString().replace('\\', '/'), HexFormat.of().formatHex(digest)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
