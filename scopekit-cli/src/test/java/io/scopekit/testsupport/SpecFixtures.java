package io.scopekit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecException;
import io.scopekit.spec.SpecProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures: the valid spec set under scopekit-cli/src/test/resources/specs/valid and editable copies of it. */
public final class SpecFixtures {

    private SpecFixtures() {}

    /** The directory of the valid fixture specs (5 files: 3 client platforms, 1 port matrix, 1 permission model). */
    public static Path validDir() {
        URL url = SpecFixtures.class.getClassLoader().getResource("specs/valid");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the valid fixtures into {@code target} (a JUnit temp dir) for editing. */
    public static FixtureDir copyOfValid(Path target) {
        try (Stream<Path> files = Files.list(validDir())) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureDir(target);
    }

    /** Loads {@code dir}, expecting failure, and returns every problem reported. */
    public static List<SpecProblem> problemsOf(Path dir) {
        try {
            SpecCatalog catalog = SpecCatalog.load(dir);
            throw new AssertionError("expected the specs in " + dir + " to fail loading, but got " + catalog.ids());
        } catch (SpecException e) {
            return e.problems();
        }
    }

    /** A writable copy of fixture specs. */
    public record FixtureDir(Path path) {

        /** Replaces the single occurrence of {@code from} in {@code file} by {@code to}. */
        public FixtureDir replace(String file, String from, String to) {
            String text = read(file);
            int at = text.indexOf(from);
            assertThat(at).as("fixture %s contains %s", file, from).isNotNegative();
            assertThat(text.indexOf(from, at + 1)).as("fixture %s contains %s only once", file, from).isNegative();
            return write(file, text.substring(0, at) + to + text.substring(at + from.length()));
        }

        /** Writes a file of the copy. */
        public FixtureDir write(String file, String content) {
            try {
                Files.writeString(path.resolve(file), content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Reads a file of the copy. */
        public String read(String file) {
            try {
                return Files.readString(path.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Renames a file of the copy. */
        public FixtureDir rename(String from, String to) {
            try {
                Files.move(path.resolve(from), path.resolve(to));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Deletes a file of the copy. */
        public FixtureDir delete(String file) {
            try {
                Files.delete(path.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /**
         * Finds where {@code needle} starts in {@code file}, as {@code line:column} (1-based), by plain text search,
         * independently of the YAML parser under test. The needle must occur exactly once.
         */
        public String positionOf(String file, String needle) {
            String text = read(file);
            int at = text.indexOf(needle);
            assertThat(at).as("fixture %s contains %s", file, needle).isNotNegative();
            assertThat(text.indexOf(needle, at + 1)).as("fixture %s contains %s only once", file, needle).isNegative();
            String before = text.substring(0, at);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            int column = lastLine.codePointCount(0, lastLine.length()) + 1;
            return line + ":" + column;
        }

        /** The display name the loader uses for a file of this copy. */
        public String file(String name) {
            return path.resolve(name).toString();
        }
    }
}
