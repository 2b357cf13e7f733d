package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.report.internal.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void should_keep_the_previous_file_and_leave_no_temp_when_a_write_is_interrupted() throws IOException {
        // GIVEN a complete report from an earlier write
        Path report = dir.resolve("summary.json");
        AtomicFiles.writeString(report, "{\"complete\":true}");

        // WHEN a later write fails half way
        thenThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        // THEN the reader still sees the complete earlier file, and nothing else is in the directory
        then(Files.readString(report)).isEqualTo("{\"complete\":true}");
        try (Stream<Path> files = Files.list(dir)) {
            then(files.map(p -> p.getFileName().toString())).containsExactly("summary.json");
        }
    }

    @Test
    void should_leave_no_file_when_the_first_write_is_interrupted() {
        // GIVEN / WHEN
        Path report = dir.resolve("junit.xml");
        thenThrownBy(() -> AtomicFiles.write(report, out -> {
            throw new IllegalStateException("boom");
        }));

        // THEN
        then(report).doesNotExist();
        then(dir.toFile().list()).isEmpty();
    }

    @Test
    void should_remove_unfinished_writes_when_asked_after_a_crash() throws IOException {
        // GIVEN a temp file left by a killed run
        Files.writeString(dir.resolve(AtomicFiles.TEMP_PREFIX + "123.part"), "half");
        Files.writeString(dir.resolve("summary.md"), "done");

        // WHEN
        int removed = Reports.removeUnfinishedWrites(dir);

        // THEN
        then(removed).isEqualTo(1);
        then(dir.toFile().list()).containsExactly("summary.md");
    }

    @Test
    void should_give_reports_the_permissions_of_an_ordinary_file_when_they_are_written() throws IOException {
        // GIVEN the permissions the process umask gives any new file (0644 under the usual umask 022)
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));

        // WHEN a report is written through a temp file
        Path report = dir.resolve("summary.md");
        AtomicFiles.writeString(report, "# summary");

        // THEN it has those permissions, not the owner-only ones of Files.createTempFile
        then(Files.getPosixFilePermissions(report)).isEqualTo(ordinary);
    }
}
