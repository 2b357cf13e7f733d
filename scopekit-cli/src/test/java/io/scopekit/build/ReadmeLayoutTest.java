package io.scopekit.build;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's layout block names every Java package that exists, under the module that holds it: a package added,
 * moved to another module or removed without the README following fails here.
 */
class ReadmeLayoutTest {

    private static final Path README = Path.of("README.md");
    /** A module line: its folder at the start of the line. */
    private static final Pattern MODULE = Pattern.compile("^(scopekit-[a-z-]+)/\\s");
    /** A package in a module's lines: first on the line, or a column of its own (two spaces either side). */
    private static final Pattern PACKAGE = Pattern.compile("(?:^  |\\s{2,})([a-z]+(?:\\.[a-z]+)*)(?=\\s{2,})");

    @Test
    void should_list_every_package_under_its_module_when_the_readme_shows_the_layout() throws IOException {
        // GIVEN the packages of every module's main sources
        Map<String, Set<String>> onDisk = new TreeMap<>();
        try (Stream<Path> modules = Files.list(Path.of("."))) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("scopekit-")
                    && Files.isRegularFile(m.resolve("pom.xml"))).toList()) {
                onDisk.put(module.getFileName().toString(), packages(module.resolve("src/main/java/io/scopekit")));
            }
        }
        then(onDisk).as("modules").hasSizeGreaterThanOrEqualTo(4);

        // WHEN README's layout block is read
        Map<String, Set<String>> listed = layout();

        // THEN each module lists exactly its packages
        then(listed).isEqualTo(onDisk);
    }

    @Test
    void should_hold_each_package_in_one_module_when_the_modules_main_sources_are_read() throws IOException {
        // GIVEN the packages of every module's main sources
        Map<String, List<String>> modulesOf = new TreeMap<>();
        try (Stream<Path> modules = Files.list(Path.of("."))) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("scopekit-")
                    && Files.isRegularFile(m.resolve("pom.xml"))).sorted().toList()) {
                for (String pkg : packages(module.resolve("src/main/java/io/scopekit"))) {
                    modulesOf.computeIfAbsent(pkg, k -> new ArrayList<>()).add(module.getFileName().toString());
                }
            }
        }

        // WHEN / THEN no package is split over two jars: on a module path that is an error, on a class path one
        // jar's package-private classes and Implementation-Version hide the other's (issue 18)
        then(modulesOf).isNotEmpty();
        then(modulesOf.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList())
                .isEmpty();
    }

    private static Set<String> packages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> root.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Map<String, Set<String>> layout() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int start = text.indexOf("## Layout and architecture");
        then(start).as("the layout section of README.md").isNotNegative();
        int open = text.indexOf("```\n", start);
        String block = text.substring(open + 4, text.indexOf("```", open + 4));
        Map<String, Set<String>> listed = new TreeMap<>();
        String module = null;
        for (String line : block.split("\n")) {
            Matcher m = MODULE.matcher(line);
            if (m.find()) {
                module = m.group(1);
                listed.put(module, new TreeSet<>());
            } else if (module != null && line.startsWith("  ")) {
                Matcher p = PACKAGE.matcher(line);
                while (p.find()) {
                    listed.get(module).add(p.group(1));
                }
            } else {
                module = null;
            }
        }
        return listed;
    }
}
