package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scopekit.report.internal.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Binds a run's results: {@value #MANIFEST}, written last into a run directory, lists the SHA-256 of every report
 * file of the run (docs/reports.md, "Verifying a run").
 *
 * <p>The summaries carry the certificate, so they cannot hold their own hashes; the certificate holds those of the
 * results it was built from ({@code messages.ndjson}, {@code run.json}, kind {@value #RESULT_KIND}) beside the
 * kit content's, and the manifest — never referring to itself — holds every file's, the summaries included. A
 * detached signature ({@value #SIGNATURE}, {@link RunSignature}) signs the manifest's exact bytes.
 */
@API(status = EXPERIMENTAL)
public final class Attestation {

    /** The manifest's file name. */
    public static final String MANIFEST = "attestation.json";
    /** The detached JWS over the manifest. */
    public static final String SIGNATURE = "attestation.jws";
    /** The manifest's format. */
    public static final String FORMAT = "scopekit-attestation/1";
    /** The certificate's file kind of a run's own results. */
    public static final String RESULT_KIND = "result";

    /** The report files a manifest binds when the run has them, in this order. */
    static final List<String> BOUND = List.of(ScopekitReportPlugin.MESSAGES, Reports.RUN_JSON,
            ScopekitReportPlugin.JUNIT_XML, ScopekitReportPlugin.CUCUMBER_HTML, Reports.SUMMARY_JSON,
            Reports.SUMMARY_MD, Reports.SUMMARY_HTML, Reports.BADGE_SVG);
    /** The files every attested run has. */
    static final List<String> REQUIRED = List.of(ScopekitReportPlugin.MESSAGES, Reports.RUN_JSON,
            Reports.SUMMARY_JSON);

    private Attestation() {}

    /**
     * The manifest.
     *
     * @param format    {@value #FORMAT}
     * @param runId     the run (or merged run) it describes
     * @param algorithm {@code SHA-256}
     * @param files     each bound file present in the run directory
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"format", "runId", "algorithm", "files"})
    public record Manifest(String format, String runId, String algorithm, List<Entry> files) {
        public Manifest {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /**
     * One bound file.
     *
     * @param path   file name in the run directory
     * @param sha256 lower-case hex SHA-256 of its bytes
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"path", "sha256"})
    public record Entry(String path, String sha256) {}

    /** The files whose hashes {@link Reports#writeSummary} takes before it writes the summaries. */
    static final List<String> BEFORE_SUMMARY = List.of(ScopekitReportPlugin.MESSAGES, Reports.RUN_JSON,
            ScopekitReportPlugin.JUNIT_XML, ScopekitReportPlugin.CUCUMBER_HTML);
    private static final List<String> RESULTS = List.of(ScopekitReportPlugin.MESSAGES, Reports.RUN_JSON);

    /** Returns the hashes of the results a summary of {@code dir} is built from, for its certificate. */
    static List<RunInfo.FileHash> results(Path dir) throws IOException {
        return results(sha256All(dir, RESULTS));
    }

    /** Returns the certificate's result hashes out of {@code hashes} (file name to hash, from {@link #sha256All}). */
    static List<RunInfo.FileHash> results(Map<String, String> hashes) {
        List<RunInfo.FileHash> out = new ArrayList<>();
        for (String name : RESULTS) {
            String hash = hashes.get(name);
            if (hash != null) {
                out.add(new RunInfo.FileHash(RESULT_KIND, name, hash));
            }
        }
        return out;
    }

    /**
     * Returns the SHA-256 of each of {@code names} that is a file in {@code dir}, by name.
     *
     * <p>On more than one core the files are hashed on two threads, the largest first: a full verify's
     * {@code cucumber.html} and {@code messages.ndjson} are 18 MB each, and SHA-256 under the launcher's client
     * compiler runs at about 30 MB/s, so hashing them one after the other held the end of every full verify for over
     * a second on one core (issue 23's profile).
     */
    static Map<String, String> sha256All(Path dir, List<String> names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        Map<String, String> out = new java.util.concurrent.ConcurrentHashMap<>();
        if (files.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
            for (Path file : files) {
                out.put(file.getFileName().toString(), sha256(file));
            }
            return out;
        }
        // Two lanes of about equal bytes: each file, largest first, goes to the lane with fewer bytes so far.
        files.sort(java.util.Comparator.comparingLong(Attestation::size).reversed());
        List<Path> mine = new ArrayList<>();
        List<Path> helper = new ArrayList<>();
        long mineBytes = 0;
        long helperBytes = 0;
        for (Path file : files) {
            if (helperBytes <= mineBytes) {
                helper.add(file);
                helperBytes += size(file);
            } else {
                mine.add(file);
                mineBytes += size(file);
            }
        }
        java.util.concurrent.FutureTask<Void> other = new java.util.concurrent.FutureTask<>(() -> {
            for (Path file : helper) {
                out.put(file.getFileName().toString(), sha256(file));
            }
            return null;
        });
        Thread thread = new Thread(other, "scopekit-hash");
        thread.setDaemon(true);
        thread.start();
        for (Path file : mine) {
            out.put(file.getFileName().toString(), sha256(file));
        }
        try {
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while hashing the reports of " + dir);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Writes {@value #MANIFEST} for the bound files of {@code dir}; a signature of an earlier manifest goes.
     *
     * @param known hashes (by file name) of files {@link #sha256All} hashed for this directory moments before, with
     *     nothing written to those files since; the others are hashed here
     */
    static void write(Path dir, String runId, Map<String, String> known) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String name : BOUND) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                String hash = known.get(name);
                entries.add(new Entry(name, hash != null ? hash : sha256(file)));
            }
        }
        Manifest manifest = new Manifest(FORMAT, runId, "SHA-256", entries);
        AtomicFiles.write(dir.resolve(MANIFEST), out -> JsonSummaryWriter.JSON.writeValue(out, manifest));
        // A signature over other bytes would only ever fail to verify; the certifier signs the new manifest.
        Files.deleteIfExists(dir.resolve(SIGNATURE));
    }

    /** Returns the lower-case hex SHA-256 of a file, read as a stream (a messages stream can be large). */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
