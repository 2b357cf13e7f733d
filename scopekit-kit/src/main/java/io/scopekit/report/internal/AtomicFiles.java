package io.scopekit.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes report files so that a reader never sees half a file: content goes to a temp file in the same
 * directory, which is then renamed over the target in one step.
 */
public final class AtomicFiles {

    /** Prefix of temp files; anything starting with it is an unfinished write. */
    public static final String TEMP_PREFIX = ".scopekit-tmp-";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /** Writes content produced by {@code body}; on any failure the target is untouched and no temp file remains. */
    public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = newTemp(dir);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.accept(out);
            }
            move(temp, target);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Creates an empty temp file in {@code dir} with the permissions of an ordinary new file (the process umask),
     * unlike {@link Files#createTempFile}, which makes it readable by the owner only: once renamed into place
     * it is a report others must read.
     */
    public static Path newTemp(Path dir) throws IOException {
        while (true) {
            Path temp = dir.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another writer drew the same name; draw again
            }
        }
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Renames {@code temp} over {@code target} atomically where the file system allows it. */
    public static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Consumes a value and may throw {@link IOException}. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        /** Consumes {@code value}. */
        void accept(T value) throws IOException;
    }
}
