package io.scopekit.spec.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The build's record that the embedded specs passed schema validation: the digest of the spec files and of the
 * schemas they were validated against, written by the build (pom.xml, execution {@code spec-stamp}) after a full
 * load of the embedded catalog succeeded.
 *
 * <p>Schema validation only finds problems, and it finds the same ones in the same bytes against the same schemas.
 * So an embedded load whose files and schemas hash to the recorded digest skips it: it was about a fifth of
 * {@code explain}'s and {@code specs show}'s CPU (issue 23's profile: the validator's set-up and the walk). Any other
 * content (a {@code --specs} directory, a jar of one's own, a rebuilt spec without the build step) is validated
 * in full; a missing or unreadable stamp only costs the time.
 */
public final class EmbeddedSpecsStamp {

    /** Where the build writes the digest, beside the kit's content. */
    public static final String RESOURCE = "scopekit/platform-specs.schema-checked";

    private EmbeddedSpecsStamp() {}

    /** True when {@code loader}'s recorded digest equals the digest of {@code files} and the schemas. */
    static boolean validated(ClassLoader loader, Map<String, byte[]> files) {
        String recorded;
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            recorded = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return false;
        }
        return recorded.equals(digest(files));
    }

    /**
     * The digest of the spec files (every name and its bytes, in name order) and of the schema documents the
     * validator loads, each length-prefixed so no two inputs share a digest by shifting bytes between parts.
     */
    public static String digest(Map<String, byte[]> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        new java.util.TreeMap<>(files).forEach((name, bytes) -> {
            update(sha, name.getBytes(StandardCharsets.UTF_8));
            update(sha, bytes);
        });
        for (Map.Entry<String, String> schema : SchemaSet.texts().entrySet()) {
            update(sha, schema.getKey().getBytes(StandardCharsets.UTF_8));
            update(sha, schema.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /**
     * Build step: {@code EmbeddedSpecsStamp OUTPUT_DIR} removes any earlier stamp, loads the embedded catalog with
     * every check, and writes the stamp only when that load succeeds (a failing load leaves none, so the jar reports
     * the problems at run time; the build itself does not fail here).
     */
    public static void main(String[] args) throws IOException {
        Path stamp = Path.of(args[0]).resolve(RESOURCE);
        Files.deleteIfExists(stamp);
        ClassLoader loader = EmbeddedSpecsStamp.class.getClassLoader();
        Map<String, byte[]> files;
        try {
            files = CatalogLoader.readEmbedded(loader);
            CatalogLoader.loadEmbedded(loader);
        } catch (RuntimeException e) {
            // A build-time warning through the platform logger: only cli and report write to the console.
            System.getLogger(EmbeddedSpecsStamp.class.getName()).log(System.Logger.Level.WARNING,
                    "the embedded specs did not load, no schema stamp written: " + e.getMessage());
            return;
        }
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, digest(files) + "\n", StandardCharsets.US_ASCII);
    }
}
