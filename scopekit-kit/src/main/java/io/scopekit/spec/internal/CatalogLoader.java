package io.scopekit.spec.internal;

import io.scopekit.content.KitContent;
import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecException;
import io.scopekit.spec.SpecKind;
import io.scopekit.spec.SpecProblem;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Loads a specs directory: read, schema-validate, cross-check, then bind; any problem fails the whole load. */
public final class CatalogLoader {

    /** Folder of the specs embedded in the jar, under {@link KitContent#ROOT}. */
    public static final String EMBEDDED_FOLDER = "platform-specs";

    /** Resource folder of the specs embedded in the jar. */
    public static final String EMBEDDED_DIR = KitContent.ROOT + EMBEDDED_FOLDER;

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
        Map<String, byte[]> files;
        try {
            files = KitContent.directory(dir, SUFFIXES);
        } catch (UncheckedIOException e) {
            throw new SpecException(List.of(new SpecProblem(dir.toString(), 0, 0, "cannot read: " + e.getCause().getMessage())));
        }
        return load(files, name -> dir.resolve(name).toString(), false);
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
                    catalog = loadEmbedded(CatalogLoader.class.getClassLoader());
                    embedded = catalog;
                }
            }
        }
        return catalog;
    }

    /**
     * Loads the specs embedded at {@value #EMBEDDED_DIR} on the class path of {@code loader}, without caching (a jar
     * of one's own, in tests). Problems name files as {@value #EMBEDDED_DIR}/NAME.
     */
    public static SpecCatalog loadEmbedded(ClassLoader loader) {
        Map<String, byte[]> files = readEmbedded(loader);
        return load(files, name -> KitContent.embeddedName(EMBEDDED_FOLDER, name),
                EmbeddedSpecsStamp.validated(loader, files));
    }

    static Map<String, byte[]> readEmbedded(ClassLoader loader) {
        try {
            return KitContent.embedded(loader, EMBEDDED_FOLDER, SUFFIXES);
        } catch (UncheckedIOException e) {
            throw new SpecException(List.of(new SpecProblem(EMBEDDED_DIR, 0, 0, "cannot read: " + e.getCause().getMessage())));
        }
    }

    private static final String[] SUFFIXES = {".yaml", ".yml"};

    /**
     * Loads the spec files directly in the folder read (not in subfolders, not hidden), in file name order;
     * {@code schemaChecked}: the build validated exactly these bytes against these schemas ({@link EmbeddedSpecsStamp}).
     */
    private static SpecCatalog load(Map<String, byte[]> read, UnaryOperator<String> display, boolean schemaChecked) {
        Problems problems = new Problems();
        List<SpecFile> files = new ArrayList<>();
        read.forEach((name, bytes) -> {
            if (name.contains("/") || !name.matches("[^.].*\\.ya?ml")) {
                return;
            }
            SpecFile file = new SpecFile(display.apply(name), name, bytes, KitContent.sha256(bytes), problems);
            if (check(file, schemaChecked)) {
                files.add(file);
            }
        });
        CrossChecks.acrossFiles(files);
        if (!problems.all().isEmpty()) {
            throw new SpecException(problems.all().stream().sorted().toList());
        }
        List<Spec> specs = files.stream().map(SpecKinds::bind).toList();
        return new SpecCatalog(specs);
    }

    /** Reads and checks one file; true when it is a mapping of a known kind (so cross-file checks can use it). */
    private static boolean check(SpecFile file, boolean schemaChecked) {
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
        if (!schemaChecked) {
            SchemaCheck.run(file);
        }
        CrossChecks.run(file);
        return true;
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
