package io.scopekit.content;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Reads the kit's content files (platform specs, rules, features, schemas): from a directory given on the command
 * line, or from the copy embedded in the jar under {@value #ROOT}; and computes the SHA-256 that certificates and run
 * records cite.
 *
 * <p>Embedded files are read with {@link JarFile}, not a zip file system: the fat jar has some 15,000 entries, and a
 * zip file system indexes every one of them on each open, while a {@code JarFile} only reads the central directory.
 */
@API(status = EXPERIMENTAL)
public final class KitContent {

    /** Resource folder under which the jar embeds the kit's content, e.g. {@code scopekit/platform-specs/}. */
    public static final String ROOT = "scopekit/";

    /**
     * A class that is always in the jar with the content: finds the jar when it has no directory entries, where a
     * folder resource such as {@code scopekit/rules} does not resolve.
     */
    private static final String ANCHOR = KitContent.class.getName().replace('.', '/') + ".class";

    private KitContent() {}

    /**
     * Reads the files of a content folder: those below {@code override} when it is given, otherwise the embedded ones
     * (see {@link #embedded(String, String...)}).
     *
     * @param override a directory given on the command line, or null for the embedded content
     * @param dirName the folder under {@value #ROOT}, e.g. {@code platform-specs} or {@code rules/consent}
     * @param suffixes file name endings to keep, e.g. {@code .yaml}; none keeps every file
     * @return content by path relative to the folder ({@code /}-separated, e.g. {@code feishu-gadget/calls.feature}),
     *     sorted by path; empty when the folder does not exist
     * @throws UncheckedIOException when a file cannot be read
     */
    public static SortedMap<String, byte[]> read(Path override, String dirName, String... suffixes) {
        return override != null ? directory(override, suffixes) : embedded(dirName, suffixes);
    }

    /**
     * Reads every file below {@code dir} (at any depth) whose name ends in one of {@code suffixes}.
     *
     * @return content by path relative to {@code dir} ({@code /}-separated), sorted; empty when {@code dir} is not a
     *     directory
     * @throws UncheckedIOException when a file cannot be read
     */
    public static SortedMap<String, byte[]> directory(Path dir, String... suffixes) {
        Objects.requireNonNull(dir, "dir");
        SortedMap<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        // Links are followed (a content tree may link shared folders in); a loop or a link that leads nowhere is
        // reported, never skipped without a word. Hidden names (editor lock files) are left alone.
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = p.getFileName().toString();
                if (Files.isSymbolicLink(p) && !Files.exists(p) && !name.startsWith(".")) {
                    throw new UncheckedIOException(new java.nio.file.FileSystemException(p.toString(), null,
                            "symbolic link loop or link to nothing"));
                }
                if (Files.isRegularFile(p) && matches(name, suffixes)) {
                    out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + describe(e.getCause()), e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + describe(e), e);
        }
        return out;
    }

    /**
     * Reads the embedded files of a content folder, from the class path of this class: inside the jar, or from
     * {@code target/classes} when run from a build.
     *
     * @param dirName the folder under {@value #ROOT}, e.g. {@code platform-specs}
     * @return content by path relative to the folder, sorted; empty when nothing is embedded there
     * @throws UncheckedIOException when the jar or a file cannot be read
     */
    public static SortedMap<String, byte[]> embedded(String dirName, String... suffixes) {
        return embedded(KitContent.class.getClassLoader(), dirName, suffixes);
    }

    /** As {@link #embedded(String, String...)}, from the class path of {@code loader}. */
    public static SortedMap<String, byte[]> embedded(ClassLoader loader, String dirName, String... suffixes) {
        String folder = ROOT + dirName;
        URL url = loader.getResource(folder);
        if (url == null) {
            URL anchor = loader.getResource(ANCHOR);
            return anchor != null && "jar".equals(anchor.getProtocol())
                    ? fromJar(anchor, folder + "/", suffixes)
                    : new TreeMap<>();
        }
        if ("jar".equals(url.getProtocol())) {
            return fromJar(url, folder + "/", suffixes);
        }
        try {
            return directory(Path.of(url.toURI()), suffixes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate embedded kit content " + url, e);
        }
    }

    /** Returns the name an embedded file is reported under, e.g. {@code scopekit/platform-specs/alipay.yaml}. */
    public static String embeddedName(String dirName, String relativePath) {
        return ROOT + dirName + "/" + relativePath;
    }

    /** Returns the lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static SortedMap<String, byte[]> fromJar(URL inside, String prefix, String... suffixes) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try {
            URL jarUrl = ((JarURLConnection) inside.openConnection()).getJarFileURL();
            Path path = Path.of(jarUrl.toURI());
            try (JarFile jar = new JarFile(path.toFile())) {
                for (String name : contentNames(path, jar)) {
                    if (name.startsWith(prefix) && matches(name, suffixes)) {
                        try (InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
                            out.put(name.substring(prefix.length()), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded kit content " + inside + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate embedded kit content " + inside, e);
        }
        return out;
    }

    /** The content files of a jar, by its path, size and modification time. */
    private record JarKey(Path path, long size, long modified) {}

    private static final java.util.Map<JarKey, List<String>> CONTENT_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Returns the names of the files under {@value #ROOT} in {@code jar}: listed once per jar, because a command reads
     * several content folders and each listing walked all of the fat jar's 27,000 entries (issue 23's profile of
     * {@code explain}). A rebuilt jar (another size or time) is listed again.
     */
    private static List<String> contentNames(Path path, JarFile jar) throws IOException {
        JarKey key = new JarKey(path, Files.size(path), Files.getLastModifiedTime(path).toMillis());
        List<String> names = CONTENT_NAMES.get(key);
        if (names == null) {
            List<String> found = new ArrayList<>();
            for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(ROOT)) {
                    found.add(e.getName());
                }
            }
            names = List.copyOf(found);
            CONTENT_NAMES.put(key, names);
        }
        return names;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemLoopException loop) {
            return loop.getFile() + ": symbolic link loop (a link leads back to a folder above it)";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return e.getMessage();
    }

    private static boolean matches(String name, String... suffixes) {
        if (suffixes.length == 0) {
            return true;
        }
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
