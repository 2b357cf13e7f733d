package io.scopekit.spec;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.spec.internal.CatalogLoader;
import io.scopekit.testsupport.SpecFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
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
        SpecCatalog catalog = CatalogLoader.loadFrom(URI.create("jar:" + jar.toUri() + "!/scopekit/platform-specs"));
        // THEN
        then(catalog.ids()).hasSize(5).contains("feishu-gadget", "uni-authorize");
        then(catalog.file("feishu-gadget")).contains("scopekit/platform-specs/feishu-gadget.yaml");
        then(catalog.sha256("feishu-gadget")).isEqualTo(SpecCatalog.load(SpecFixtures.validDir()).sha256("feishu-gadget"));
    }
}
