package io.scopekit.cli;

import io.scopekit.report.RunInfo.FileHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the kit's content files (platform specs, rules, features): from a directory given on the command line
 * or from the copy embedded in the jar under {@code scopekit/}.
 *
 * <p>Embedded files are read with {@link JarFile}, whose central directory the JVM already holds for the class
 * path, rather than a zip file system: the fat jar has some 15,000 entries and building a zip file system for
 * it costs hundreds of milliseconds per open.
 */
final class KitContent {

    private KitContent() {}

    /** Returns the content of every file below {@code dirName} ending in a suffix, by relative path, sorted. */
    static Map<String, byte[]> read(Path override, String dirName, String... suffixes) {
        Map<String, byte[]> out = new TreeMap<>();
        if (override != null) {
            if (!Files.isDirectory(override)) {
                return out;
            }
            try (Stream<Path> walk = Files.walk(override)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(p) && matches(p.getFileName().toString(), suffixes)) {
                        out.put(override.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
        String prefix = "scopekit/" + dirName + "/";
        URL url = KitContent.class.getClassLoader().getResource("scopekit/" + dirName);
        if (url == null) {
            return out;
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                URL jarUrl = ((JarURLConnection) url.openConnection()).getJarFileURL();
                try (JarFile jar = new JarFile(Path.of(jarUrl.toURI()).toFile())) {
                    for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                        JarEntry e = en.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith(prefix) && matches(e.getName(), suffixes)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName().substring(prefix.length()), in.readAllBytes());
                            }
                        }
                    }
                }
                return out;
            }
            return read(Path.of(url.toURI()), dirName, suffixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate embedded kit content " + url, e);
        }
    }

    private static boolean matches(String name, String... suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the platform ids: file names of the platform specs without {@code .yaml}. */
    static List<String> platformIds(Map<String, byte[]> specs) {
        return specs.keySet().stream().filter(p -> !p.contains("/"))
                .map(p -> p.replaceFirst("\\.ya?ml$", "")).sorted().toList();
    }

    /** Fingerprints files of one kind. */
    static List<FileHash> hashes(String kind, Map<String, byte[]> files) {
        List<FileHash> out = new ArrayList<>();
        files.forEach((path, bytes) -> out.add(new FileHash(kind, path, sha256(bytes))));
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
