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

    /** Returns the hashes of the results a summary of {@code dir} is built from, for its certificate. */
    static List<RunInfo.FileHash> results(Path dir) throws IOException {
        List<RunInfo.FileHash> out = new ArrayList<>();
        for (String name : List.of(ScopekitReportPlugin.MESSAGES, Reports.RUN_JSON)) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                out.add(new RunInfo.FileHash(RESULT_KIND, name, sha256(file)));
            }
        }
        return out;
    }

    /**
     * Writes {@value #MANIFEST} for the bound files of {@code dir}; a signature of an earlier manifest goes.
     *
     * @param results the hashes {@link #results} gave for this directory moments before, with nothing written to
     *     those files since: the messages stream is the largest file of a run (17 MB for a full verify), and hashing
     *     it a second time was a tenth of a full verify's CPU (issue 23's profile)
     */
    static void write(Path dir, String runId, List<RunInfo.FileHash> results) throws IOException {
        java.util.Map<String, String> known = new java.util.HashMap<>();
        results.forEach(r -> known.put(r.path(), r.sha256()));
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
