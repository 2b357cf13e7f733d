package io.scopekit.content;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitContentTest {

    @TempDir
    Path temp;

    @Test
    void should_read_matching_files_at_any_depth_by_relative_path_when_given_a_directory() throws IOException {
        // GIVEN
        Files.createDirectories(temp.resolve("wechat"));
        Files.writeString(temp.resolve("b.feature"), "B");
        Files.writeString(temp.resolve("wechat/a.feature"), "A");
        Files.writeString(temp.resolve("notes.md"), "not content");
        // WHEN
        Map<String, byte[]> read = KitContent.read(temp, "features", ".feature");
        // THEN sorted by path, other suffixes left out
        then(read.keySet()).containsExactly("b.feature", "wechat/a.feature");
        then(new String(read.get("wechat/a.feature"), StandardCharsets.UTF_8)).isEqualTo("A");
    }

    @Test
    void should_read_nothing_when_the_directory_does_not_exist() {
        then(KitContent.directory(temp.resolve("missing"), ".yaml")).isEmpty();
    }

    @Test
    void should_read_the_embedded_content_of_the_build_when_no_directory_is_given() throws IOException {
        // WHEN
        Map<String, byte[]> rules = KitContent.read(null, "rules/consent", ".drl");
        // THEN the repository's rules/consent, copied by the build under scopekit/rules/consent
        then(rules).containsKey("calls.drl");
        then(rules.get("calls.drl")).isEqualTo(Files.readAllBytes(Path.of("rules/consent/calls.drl")));
    }

    @Test
    void should_read_only_the_folder_asked_for_when_reading_a_jar() throws IOException {
        // GIVEN a jar with directory entries and two content folders
        Path jar = jar(true, Map.of("scopekit/rules/consent/calls.drl", "rule", "scopekit/rules/other.drl", "other",
                "scopekit/features/x.feature", "feature"));
        // WHEN
        Map<String, byte[]> read;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            read = KitContent.embedded(loader, "rules", ".drl");
        }
        // THEN
        then(read.keySet()).containsExactly("consent/calls.drl", "other.drl");
    }

    @Test
    void should_find_the_content_through_the_kit_classes_when_the_jar_has_no_directory_entries() throws IOException {
        // GIVEN a jar without directory entries (a folder resource does not resolve) holding the kit's classes
        Path jar = jar(false, Map.of("scopekit/platform-specs/alipay.yaml", "kind: client-platform",
                KitContent.class.getName().replace('.', '/') + ".class", "class bytes"));
        // WHEN
        Map<String, byte[]> read;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            read = KitContent.embedded(loader, "platform-specs", ".yaml");
        }
        // THEN
        then(read.keySet()).containsExactly("alipay.yaml");
    }

    @Test
    void should_read_nothing_when_the_folder_is_not_embedded() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            then(KitContent.embedded(loader, "platform-specs", ".yaml")).isEmpty();
        }
    }

    @Test
    void should_give_the_lower_case_hex_sha256_of_the_bytes() {
        // GIVEN / WHEN / THEN the SHA-256 test vector of "abc" (FIPS 180-2)
        then(KitContent.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void should_name_embedded_files_under_the_scopekit_folder() {
        then(KitContent.embeddedName("platform-specs", "alipay.yaml")).isEqualTo("scopekit/platform-specs/alipay.yaml");
    }

    private Path jar(boolean directoryEntries, Map<String, String> files) throws IOException {
        Path jar = temp.resolve("content-" + directoryEntries + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            if (directoryEntries) {
                for (String dir : new String[] {"scopekit/", "scopekit/rules/", "scopekit/rules/consent/",
                        "scopekit/features/", "scopekit/platform-specs/"}) {
                    zip.putNextEntry(new ZipEntry(dir));
                }
            }
            for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
