package io.scopekit.spec;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.spec.internal.CatalogLoader;
import io.scopekit.spec.internal.EmbeddedSpecsStamp;
import io.scopekit.testsupport.SpecFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedLoadingTest {

    @Test
    void should_load_the_specs_embedded_from_the_build_output() throws IOException {
        // GIVEN the repository's platform-specs/ (copied by the build into scopekit/platform-specs)
        Path sources = Path.of("platform-specs");
        long expected;
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.list(sources)) {
                expected = files.filter(p -> p.toString().matches(".*\\.ya?ml")).count();
            }
        } else {
            expected = 0;
        }
        // WHEN
        SpecCatalog catalog = SpecCatalog.loadEmbedded();
        // THEN every embedded file loads (and an absent folder gives an empty catalog)
        then(catalog.size()).isEqualTo(expected);
        catalog.specs().forEach(s -> then(s.origin().file()).startsWith("scopekit/platform-specs/"));
    }

    @Test
    void should_load_specs_from_inside_a_jar(@TempDir Path temp) throws IOException {
        // GIVEN a jar with the fixtures under scopekit/platform-specs/
        Path jar = temp.resolve("specs.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.list(SpecFixtures.validDir())) {
            zip.putNextEntry(new ZipEntry("scopekit/"));
            zip.putNextEntry(new ZipEntry("scopekit/platform-specs/"));
            for (Path f : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry("scopekit/platform-specs/" + f.getFileName()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        // WHEN
        SpecCatalog catalog;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            catalog = CatalogLoader.loadEmbedded(loader);
        }
        // THEN
        then(catalog.ids()).hasSize(5).contains("feishu-gadget", "uni-authorize");
        then(catalog.file("feishu-gadget")).contains("scopekit/platform-specs/feishu-gadget.yaml");
        then(catalog.sha256("feishu-gadget")).isEqualTo(SpecCatalog.load(SpecFixtures.validDir()).sha256("feishu-gadget"));
    }

    @Test
    void should_report_problems_of_embedded_specs_under_their_embedded_name(@TempDir Path temp) throws IOException {
        // GIVEN a jar whose one spec has a malformed gate
        Path jar = temp.resolve("specs.jar");
        String gadget = Files.readString(SpecFixtures.validDir().resolve("feishu-gadget.yaml"))
                .replace("gate: \"5.21\"", "gate: \"5.x\"");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("scopekit/platform-specs/"));
            zip.putNextEntry(new ZipEntry("scopekit/platform-specs/feishu-gadget.yaml"));
            zip.write(gadget.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        // WHEN
        Throwable thrown;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            thrown = catchThrowable(() -> CatalogLoader.loadEmbedded(loader));
        }
        // THEN
        then(thrown).isInstanceOf(SpecException.class);
        then(((SpecException) thrown).problems()).extracting(SpecProblem::toString).containsExactly(
                "scopekit/platform-specs/feishu-gadget.yaml:24:11: scope 'scope.camera' gate '5.x' is not a version "
                        + "(expected digits separated by dots, e.g. 5.21)");
    }

    @Test
    void should_skip_the_schema_walk_only_for_the_bytes_the_build_stamped(@TempDir Path temp) throws IOException {
        // GIVEN a spec with a key no spec kind has, which only the schema finds
        String gadget = Files.readString(SpecFixtures.validDir().resolve("feishu-gadget.yaml")) + "\ncolour: blue\n";
        java.util.Map<String, byte[]> files = java.util.Map.of("feishu-gadget.yaml", gadget.getBytes(StandardCharsets.UTF_8));
        String valid = Files.readString(SpecFixtures.validDir().resolve("feishu-gadget.yaml"));
        String stampOfOtherBytes = EmbeddedSpecsStamp.digest(
                java.util.Map.of("feishu-gadget.yaml", valid.getBytes(StandardCharsets.UTF_8)));

        // WHEN it is embedded with a stamp made for the valid file, and again with one made for these very bytes
        Throwable otherStamp = catchThrowable(() -> loadJar(temp.resolve("other.jar"), gadget, stampOfOtherBytes));
        Throwable ownStamp = catchThrowable(() -> loadJar(temp.resolve("own.jar"), gadget, EmbeddedSpecsStamp.digest(files)));

        // THEN a stamp of other bytes changes nothing: the schema finds the key; the build's stamp of exactly these
        // bytes (written only after they passed the full load) is trusted, and the schema walk is skipped
        then(otherStamp).isInstanceOf(SpecException.class);
        then(((SpecException) otherStamp).problems()).extracting(SpecProblem::toString).singleElement()
                .asString().startsWith("scopekit/platform-specs/feishu-gadget.yaml:").contains("unknown key 'colour'");
        then(ownStamp).isNull();
    }

    @Test
    void should_find_the_build_stamp_current_when_the_shipped_specs_are_loaded() throws IOException {
        // GIVEN the build output's embedded specs and the stamp the build wrote after loading them in full
        java.util.Map<String, byte[]> shipped = io.scopekit.content.KitContent.embedded("platform-specs", ".yaml", ".yml");
        String stamp;
        try (var in = getClass().getClassLoader().getResourceAsStream(EmbeddedSpecsStamp.RESOURCE)) {
            then(in).as("the build step spec-stamp wrote " + EmbeddedSpecsStamp.RESOURCE).isNotNull();
            stamp = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }

        // WHEN the digest of what ships is computed
        String digest = EmbeddedSpecsStamp.digest(shipped);

        // THEN it is the stamped one, so a run of the kit's own specs skips the schema walk
        then(digest).isEqualTo(stamp);
    }

    private static SpecCatalog loadJar(Path jar, String gadget, String stamp) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("scopekit/platform-specs/"));
            zip.putNextEntry(new ZipEntry("scopekit/platform-specs/feishu-gadget.yaml"));
            zip.write(gadget.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(EmbeddedSpecsStamp.RESOURCE));
            zip.write((stamp + "\n").getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return CatalogLoader.loadEmbedded(loader);
        }
    }
}
