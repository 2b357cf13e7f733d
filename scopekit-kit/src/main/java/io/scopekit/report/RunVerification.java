package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckCodec;
import io.scopekit.check.CheckComparison;
import io.scopekit.check.CheckRecord;
import io.scopekit.check.MalformedCheckRecordException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks a run directory against itself (docs/reports.md, "Verifying a run"): every check record's status derived
 * again from its own expected, stated and observed values under its recorded strictness
 * ({@link CheckComparison#recompute}, the harness's own comparison); the summary's counts and verdict rebuilt from
 * the messages stream; {@code run.json}'s scenario count; the hashes of {@value Attestation#MANIFEST} and of the
 * certificate; and, given a key, the signature over the manifest.
 */
@API(status = EXPERIMENTAL)
public final class RunVerification {

    /** At most this many check records are named one by one; the rest are counted. */
    static final int NAMED = 20;
    private static final int QUOTE = 120;

    private RunVerification() {}

    /**
     * What a verification found.
     *
     * @param findings  what does not agree, each naming the file (and line) and what differs; empty when verified
     * @param checks    check records recomputed
     * @param files     files whose hashes were checked
     * @param signature {@code verified}, {@code not checked} (a signature but no key) or {@code unsigned}
     */
    public record Result(List<String> findings, int checks, int files, String signature) {
        /** Returns true when nothing disagrees. */
        public boolean verified() {
            return findings.isEmpty();
        }
    }

    /**
     * Verifies a run directory.
     *
     * @param dir       a run directory written by {@code scopekit verify} or {@code report merge}
     * @param publicKey the certifier's public JWK, or {@code null} to check no signature
     * @throws ReportInputException when {@code dir} is no run directory or the key cannot be read
     */
    public static Result verify(Path dir, @Nullable Path publicKey) throws IOException {
        Path messages = dir.resolve(ScopekitReportPlugin.MESSAGES);
        if (!Files.isRegularFile(messages)) {
            throw new ReportInputException(dir + ": no " + ScopekitReportPlugin.MESSAGES
                    + " (expected a run directory written by 'scopekit verify' or 'scopekit report merge')");
        }
        List<String> findings = new ArrayList<>();
        int[] checks = {0};
        findings.addAll(recomputeChecks(messages, checks));
        int files = hashes(dir, findings);
        if (findings.isEmpty()) {
            // Counts and verdict are only worth comparing once every record agrees with its own values.
            summary(dir, findings);
        }
        String signature;
        if (publicKey != null) {
            String problem = RunSignature.check(dir, publicKey);
            if (problem != null) {
                findings.add(problem);
            }
            signature = problem == null ? "verified" : "invalid";
        } else {
            signature = Files.isRegularFile(dir.resolve(Attestation.SIGNATURE)) ? "not checked (no --key)" : "unsigned";
        }
        return new Result(List.copyOf(findings), checks[0], files, signature);
    }

    /**
     * Returns why a shard cannot be merged as it stands: check records whose status their values do not give, and,
     * when the shard has a manifest, files whose hashes differ from it.
     */
    static List<String> mergeFindings(Path dir) throws IOException {
        List<String> findings = new ArrayList<>(recomputeChecks(dir.resolve(ScopekitReportPlugin.MESSAGES)));
        if (Files.isRegularFile(dir.resolve(Attestation.MANIFEST))) {
            hashes(dir, findings);
        }
        return findings;
    }

    /**
     * Recomputes the status of every check record in a messages stream.
     *
     * @return one finding per record whose recorded status its own values do not give (the first {@value #NAMED}
     *     named with file and line, the rest counted), or whose strictness is missing
     */
    public static List<String> recomputeChecks(Path messages) throws IOException {
        return recomputeChecks(messages, new int[1]);
    }

    private static List<String> recomputeChecks(Path messages, int[] count) throws IOException {
        List<String> findings = new ArrayList<>();
        int disagreeing = 0;
        int unrecorded = 0;
        int lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (!line.contains(CheckRecord.MEDIA_TYPE)) {
                    continue;
                }
                String where = messages + ":" + lineNumber;
                CheckRecord record = checkOf(line, where);
                if (record == null) {
                    continue;
                }
                count[0]++;
                String recomputed;
                try {
                    recomputed = CheckComparison.recompute(record);
                } catch (MalformedCheckRecordException e) {
                    if (unrecorded++ == 0) {
                        findings.add(where + ": check " + name(record) + ": " + e.getMessage()
                                + "; its status cannot be derived again");
                    }
                    continue;
                }
                if (Objects.equals(recomputed, record.status()) || explainedByText(record, recomputed)) {
                    continue;
                }
                if (disagreeing++ < NAMED) {
                    findings.add(where + ": check " + name(record) + ": recorded " + quote(record.status())
                            + " but its values give " + recomputed + " (expected " + quote(record.expected())
                            + ", observed " + quote(record.observed()) + ", stated " + quote(record.statedInScenario())
                            + ", strictness " + record.strictness() + ")");
                }
            }
        }
        if (disagreeing > NAMED) {
            findings.add(messages + ": " + (disagreeing - NAMED) + " more check records whose status their values do "
                    + "not give");
        }
        if (unrecorded > 1) {
            findings.add(messages + ": " + (unrecorded - 1) + " more check records without a recorded strictness");
        }
        return findings;
    }

    /**
     * A record kept as {@code failed} whose recorded text now matches: the text cannot tell apart what the live
     * comparison could (a redacted secret, an absent value and the word "none"). Never a pass.
     */
    private static boolean explainedByText(CheckRecord record, String recomputed) {
        if (!"failed".equals(record.status()) || !"passed".equals(recomputed)) {
            return false;
        }
        String observed = Objects.requireNonNullElse(record.observed(), "");
        return observed.contains(Redactor.MASK) || "none".equals(observed);
    }

    private static @Nullable CheckRecord checkOf(String line, String where) {
        JsonNode attachment;
        try {
            attachment = JsonSummaryWriter.JSON.readTree(line).path("attachment");
        } catch (JacksonException e) {
            throw new ReportInputException(where + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (!CheckRecord.MEDIA_TYPE.equals(attachment.path("mediaType").asString(""))) {
            return null;
        }
        String body = attachment.path("body").asString("");
        if ("BASE64".equals(attachment.path("contentEncoding").asString(""))) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        try {
            return CheckCodec.readCheck(body);
        } catch (MalformedCheckRecordException e) {
            throw new ReportInputException(where + ": not a check record (" + Redactor.redact(e.getMessage()) + ")",
                    e);
        }
    }

    private static int hashes(Path dir, List<String> findings) throws IOException {
        Path file = dir.resolve(Attestation.MANIFEST);
        if (!Files.isRegularFile(file)) {
            findings.add(file + ": missing, so nothing binds the run's files (written by a kit before issue 24, "
                    + "or removed)");
            return 0;
        }
        Attestation.Manifest manifest;
        try {
            manifest = JsonSummaryWriter.JSON.readValue(file.toFile(), Attestation.Manifest.class);
        } catch (JacksonException e) {
            findings.add(file + ": not an attestation manifest (" + e.getOriginalMessage() + ")");
            return 0;
        }
        if (!Attestation.FORMAT.equals(manifest.format())) {
            findings.add(file + ": format " + quote(manifest.format()) + ", expected " + Attestation.FORMAT);
            return 0;
        }
        Map<String, String> listed = new TreeMap<>();
        int checked = 0;
        for (Attestation.Entry entry : manifest.files()) {
            // Only the run's own report files: a manifest naming ../anything is not followed.
            if (!Attestation.BOUND.contains(entry.path())) {
                findings.add(file + ": lists " + quote(entry.path()) + ", which is not a report file of a run");
                continue;
            }
            listed.put(entry.path(), entry.sha256());
            Path bound = dir.resolve(entry.path());
            if (!Files.isRegularFile(bound)) {
                findings.add(bound + ": listed in " + Attestation.MANIFEST + " but missing");
                continue;
            }
            checked++;
            String actual = Attestation.sha256(bound);
            if (!actual.equals(entry.sha256())) {
                findings.add(bound + ": SHA-256 " + actual + " differs from " + entry.sha256() + " in "
                        + Attestation.MANIFEST + " (the file was changed after the run)");
            }
        }
        for (String name : Attestation.BOUND) {
            boolean present = Files.isRegularFile(dir.resolve(name));
            if (!listed.containsKey(name) && (present || Attestation.REQUIRED.contains(name))) {
                findings.add(file + ": does not list " + name);
            }
        }
        certificate(dir, findings);
        return checked;
    }

    /** The certificate's hashes of the results must be those of the files beside it. */
    private static void certificate(Path dir, List<String> findings) throws IOException {
        Path file = dir.resolve(Reports.SUMMARY_JSON);
        if (!Files.isRegularFile(file)) {
            return;
        }
        ConformanceSummary summary = Reports.readSummary(file);
        if (summary.certificate() == null) {
            findings.add(file + ": has no certificate");
            return;
        }
        List<RunInfo.FileHash> bound = summary.certificate().files().stream()
                .filter(f -> Attestation.RESULT_KIND.equals(f.kind())).toList();
        for (RunInfo.FileHash actual : Attestation.results(dir)) {
            RunInfo.FileHash recorded = bound.stream().filter(f -> actual.path().equals(f.path())).findFirst()
                    .orElse(null);
            if (recorded == null) {
                findings.add(file + ": the certificate holds no SHA-256 of " + actual.path());
            } else if (!recorded.sha256().equals(actual.sha256())) {
                findings.add(file + ": the certificate's SHA-256 of " + actual.path() + " is " + recorded.sha256()
                        + ", the file's is " + actual.sha256());
            }
        }
    }

    /** The summary's counts and verdict, and run.json's scenario count, must be those the messages give. */
    private static void summary(Path dir, List<String> findings) throws IOException {
        Path file = dir.resolve(Reports.SUMMARY_JSON);
        if (!Files.isRegularFile(file)) {
            findings.add(file + ": missing");
            return;
        }
        ConformanceSummary recorded = Reports.readSummary(file);
        ConformanceSummary rebuilt = Reports.summarise(List.of(dir), List.of(), null, recorded.runId(),
                LocalDate.now(ZoneOffset.UTC));
        ConformanceSummary.Totals r = recorded.totals();
        ConformanceSummary.Totals b = rebuilt.totals();
        if (r == null) {
            findings.add(file + ": has no totals");
            return;
        }
        differs(findings, file, "totals.scenarios", r.scenarios(), b.scenarios());
        differs(findings, file, "totals.steps", r.steps(), b.steps());
        differs(findings, file, "totals.checks.passed", r.checks().passed(), b.checks().passed());
        // Waivers turn failed checks into waived ones; the messages know nothing of waivers.
        differs(findings, file, "totals.checks.failed + waived", r.checks().failed() + r.checks().waived(),
                b.checks().failed());
        differs(findings, file, "totals.checks.unspecified", r.checks().unspecified(), b.checks().unspecified());
        differs(findings, file, "totals.checks.unsupported", r.checks().unsupported(), b.checks().unsupported());
        if (r.checks().waived() == 0) {
            differs(findings, file, "totals.scenariosFailed", r.scenariosFailed(), b.scenariosFailed());
            if (!Objects.equals(recorded.verdict(), rebuilt.verdict())) {
                findings.add(file + ": verdict " + quote(recorded.verdict()) + ", but the messages give "
                        + quote(rebuilt.verdict()));
            }
            List<String> recordedPlatforms = recorded.platforms() == null ? List.of()
                    : recorded.platforms().stream().map(p -> p.platform() + " " + p.result()).toList();
            List<String> rebuiltPlatforms = rebuilt.platforms().stream().map(p -> p.platform() + " " + p.result())
                    .toList();
            if (!recordedPlatforms.equals(rebuiltPlatforms)) {
                findings.add(file + ": platform results " + quote(String.join(", ", recordedPlatforms))
                        + ", but the messages give " + quote(String.join(", ", rebuiltPlatforms)));
            }
        }
        List<RunInfo> runs = Reports.readRunInfos(dir);
        Path runJson = dir.resolve(Reports.RUN_JSON);
        if (runs.isEmpty()) {
            findings.add(runJson + ": missing");
            return;
        }
        int counted = 0;
        for (RunInfo run : runs) {
            if (!RunInfo.COMPLETE.equals(run.status()) || run.scenarios() == null) {
                findings.add(runJson + ": run " + run.runId() + " is not complete (status " + run.status() + ")");
                return;
            }
            counted += run.scenarios();
        }
        if (counted != b.scenarios()) {
            findings.add(runJson + ": counts " + counted + " scenarios, the messages hold " + b.scenarios());
        }
    }

    private static void differs(List<String> findings, Path file, String field, int recorded, int rebuilt) {
        if (recorded != rebuilt) {
            findings.add(file + ": " + field + " is " + recorded + ", the messages give " + rebuilt);
        }
    }

    private static String name(CheckRecord r) {
        return quote(r.requirement()) + " " + quote(r.platform())
                + (r.container() == null ? "" : " " + quote(r.container())) + " " + quote(r.aspect())
                + (r.scope() == null ? "" : " of " + quote(r.scope()));
    }

    /** Target text, redacted, with control characters visible and bounded (a finding is one readable line). */
    private static String quote(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        String shown = Redactor.visible(Redactor.redact(text)).replace("\n", "\\n").replace("\r", "\\r");
        return shown.length() <= QUOTE ? shown : shown.substring(0, QUOTE) + "… (" + text.length() + " characters)";
    }
}
