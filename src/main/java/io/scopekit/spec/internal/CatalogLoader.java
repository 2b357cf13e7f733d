package io.scopekit.spec.internal;

import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecException;
import io.scopekit.spec.SpecKind;
import io.scopekit.spec.SpecProblem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Loads a specs directory: read, schema-validate, cross-check, then bind; any problem fails the whole load. */
public final class CatalogLoader {

    /** Resource folder of the specs embedded in the jar. */
    public static final String EMBEDDED_DIR = "scopekit/platform-specs";

    /** The embedded specs never change within a JVM, so the oracle, the reference target and the CLI share one load. */
    private static volatile SpecCatalog embedded;

    private CatalogLoader() {}

    /** Loads every spec file directly inside {@code dir}; problems name files by their path under {@code dir}. */
    public static SpecCatalog load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SpecException(List.of(new SpecProblem(dir.toString(), 0, 0,
                    Files.exists(dir) ? "not a directory (expected a folder of *.yaml spec files)"
                            : "no such directory (expected a folder of *.yaml spec files)")));
        }
        return load(dir, p -> dir.resolve(p.getFileName().toString()).toString());
    }

    /**
     * Loads the specs embedded at {@value #EMBEDDED_DIR} on the class path once per JVM; absent folder means no specs.
     * A failed load is not kept, so every later attempt reports the problems again.
     */
    public static SpecCatalog loadEmbedded() {
        SpecCatalog catalog = embedded;
        if (catalog == null) {
            synchronized (CatalogLoader.class) {
                catalog = embedded;
                if (catalog == null) {
                    catalog = readEmbedded();
                    embedded = catalog;
                }
            }
        }
        return catalog;
    }

    private static SpecCatalog readEmbedded() {
        ClassLoader cl = CatalogLoader.class.getClassLoader();
        URL url = cl.getResource(EMBEDDED_DIR);
        try {
            if (url != null) {
                return loadFrom(url.toURI());
            }
            // Jars without directory entries do not resolve a folder resource: locate the jar through a file that is
            // always embedded (a schema) and look for the folder inside it.
            URL anchor = cl.getResource(SchemaSet.RESOURCE_DIR + "common.schema.json");
            if (anchor != null && "jar".equals(anchor.getProtocol())) {
                String s = anchor.toURI().toString();
                URI folder = URI.create(s.substring(0, s.indexOf("!/") + 2) + EMBEDDED_DIR);
                return loadFrom(folder);
            }
            return new SpecCatalog(List.of());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable resource location " + url, e);
        }
    }

    /**
     * Loads the specs at a {@code file:} folder or a {@code jar:file:...!/folder} URI, opening the jar as a zip file
     * system when needed. Problems name files as {@value #EMBEDDED_DIR}/NAME.
     */
    public static SpecCatalog loadFrom(URI folder) {
        Function<Path, String> display = p -> EMBEDDED_DIR + "/" + p.getFileName();
        if (!"jar".equals(folder.getScheme())) {
            return load(Path.of(folder), display);
        }
        String s = folder.toString();
        int bang = s.indexOf("!/");
        URI jar = URI.create(s.substring(0, bang));
        String inside = s.substring(bang + 1);
        FileSystem fs;
        boolean opened;
        try {
            fs = FileSystems.newFileSystem(jar, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(jar);
            opened = false;
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(jar.toString(), 0, 0, "cannot open: " + e.getMessage())));
        }
        try {
            Path root = fs.getPath(inside);
            return Files.isDirectory(root) ? load(root, display) : new SpecCatalog(List.of());
        } finally {
            if (opened) {
                try {
                    fs.close();
                } catch (IOException ignored) {
                    // read-only use; nothing to flush
                }
            }
        }
    }

    private static SpecCatalog load(Path dir, Function<Path, String> display) {
        Problems problems = new Problems();
        List<Path> paths;
        try (Stream<Path> listing = Files.list(dir)) {
            paths = listing.filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml"))
                    .filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(dir.toString(), 0, 0, "cannot list: " + e.getMessage())));
        }
        List<SpecFile> files = new ArrayList<>();
        for (Path path : paths) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                problems.add(new SpecProblem(display.apply(path), 0, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            SpecFile file = new SpecFile(display.apply(path), path.getFileName().toString(), bytes, sha256(bytes), problems);
            if (check(file)) {
                files.add(file);
            }
        }
        CrossChecks.acrossFiles(files);
        if (!problems.all().isEmpty()) {
            throw new SpecException(problems.all().stream().sorted().toList());
        }
        List<Spec> specs = files.stream().map(SpecKinds::bind).toList();
        return new SpecCatalog(specs);
    }

    /** Reads and checks one file; true when it is a mapping of a known kind (so cross-file checks can use it). */
    private static boolean check(SpecFile file) {
        YamlReader.read(file);
        JsonNode root = file.root;
        if (root == null) {
            return false;
        }
        String kinds = Arrays.stream(SpecKind.values()).map(SpecKind::id).collect(Collectors.joining(", "));
        if (!root.isObject()) {
            file.problem("", "spec is " + Describe.typeOf(root) + " (expected a mapping with a 'kind' key: " + kinds + ")");
            return false;
        }
        JsonNode kind = root.get("kind");
        if (kind == null) {
            file.problem("", "spec is missing required key 'kind' (expected one of: " + kinds + ")");
            return false;
        }
        file.kind = kind.isString() ? SpecKind.fromIdOrNull(kind.asString()) : null;
        if (file.kind == null) {
            file.problem("/kind", "kind " + Describe.value(kind) + " is not a spec kind (expected one of: " + kinds + ")");
            return false;
        }
        SchemaCheck.run(file);
        CrossChecks.run(file);
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static final class Problems implements SpecFile.ProblemSink {
        private final List<SpecProblem> list = new ArrayList<>();

        @Override
        public void add(SpecProblem problem) {
            if (!list.contains(problem)) {
                list.add(problem);
            }
        }

        @Override
        public List<SpecProblem> all() {
            return list;
        }
    }
}
