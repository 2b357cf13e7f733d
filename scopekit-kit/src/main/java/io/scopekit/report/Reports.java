package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cucumber.messages.NdjsonToMessageIterable;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import io.scopekit.report.internal.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds and writes the conformance summary of a run directory, merges shard directories, and manages
 * {@code reports/<run-id>} and {@code reports/latest}.
 */
@API(status = EXPERIMENTAL)
public final class Reports {

    /** The run description file written next to the messages stream. */
    public static final String RUN_JSON = "run.json";
    /** The summary file names. */
    public static final String SUMMARY_JSON = "summary.json";
    public static final String SUMMARY_MD = "summary.md";
    public static final String SUMMARY_HTML = "summary.html";
    /** The conformance score badge (SVG) written with the summary. */
    public static final String BADGE_SVG = "badge.svg";
    /** The documentation site's folder in a report directory ({@code scopekit docs --report}), linked from the summary. */
    public static final String SITE_DIR = "site";
    /** The name of the pointer to the newest run in a report root. */
    public static final String LATEST = "latest";

    private static final ObjectMapper JSON = JsonSummaryWriter.JSON;
    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    // Envelopes folded while the run wrote them, so verify need not parse its own messages stream again.
    private static final java.util.Map<Path, MessageIndex> COLLECTED = new java.util.concurrent.ConcurrentHashMap<>();

    private Reports() {}

    // Report writes that failed while the run went on, so the command ends the run without a verdict.
    private static final java.util.Map<Path, IOException> FAILED_WRITES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The run's totals as summary.md and summary.html open with them: {@code 1 scenario (0 failed), 3 steps, 1 check}
     * (a template engine has no plural, so the writers' pages ask for this line).
     */
    static String runTotals(ConformanceSummary.Totals t) {
        return Plural.count(t.scenarios(), "scenario") + " (" + t.scenariosFailed() + " failed), "
                + Plural.count(t.steps(), "step") + ", " + Plural.count(t.checks().total(), "check");
    }

    static void collected(Path dir, MessageIndex index) {
        COLLECTED.put(dir.toAbsolutePath().normalize(), index);
    }

    static void writeFailed(Path dir, IOException e) {
        FAILED_WRITES.putIfAbsent(dir.toAbsolutePath().normalize(), e);
        COLLECTED.remove(dir.toAbsolutePath().normalize());
    }

    /**
     * Returns (and forgets) the first report write that failed in {@code dir} while a run wrote its Cucumber reports
     * ({@code messages.ndjson}, {@code cucumber.html}, {@code junit.xml}), or {@code null} when none failed.
     */
    public static IOException takeWriteFailure(Path dir) {
        return FAILED_WRITES.remove(dir.toAbsolutePath().normalize());
    }

    /** The most characters of an input's text an error message quotes. */
    public static final int QUOTED_CHARS = 200;

    /**
     * Returns {@code text} cut to {@value #QUOTED_CHARS} characters and an ellipsis: what an error quotes of an
     * input (a parser's message can hold a whole line, and a line of a messages stream can be megabytes).
     */
    public static String excerpt(String text) {
        if (text == null || text.length() <= QUOTED_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(QUOTED_CHARS - 1)) ? QUOTED_CHARS - 1 : QUOTED_CHARS;
        return text.substring(0, end) + "…";
    }

    /** Returns a new run id: UTC timestamp plus a short random suffix, sortable by time. */
    public static String newRunId(Instant now) {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return RUN_ID_TIME.format(now) + "-" + HexFormat.of().formatHex(suffix);
    }

    /** Writes {@code run.json} into {@code dir}. */
    public static void writeRunInfo(Path dir, RunInfo info) throws IOException {
        try {
            AtomicFiles.write(dir.resolve(RUN_JSON), out -> JSON.writeValue(out, info));
        } catch (IOException | RuntimeException e) {
            throw asIo(e);
        }
    }

    /** Reads the run descriptions of {@code dir}: one for a run, several for a merged directory. */
    public static List<RunInfo> readRunInfos(Path dir) {
        Path file = dir.resolve(RUN_JSON);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            List<RunInfo> infos = new ArrayList<>();
            if (node.isArray()) {
                for (JsonNode n : node) {
                    infos.add(JSON.treeToValue(n, RunInfo.class));
                }
            } else {
                infos.add(JSON.treeToValue(node, RunInfo.class));
            }
            return infos;
        } catch (JacksonException e) {
            throw new ReportInputException(file + ": not a ScopeKit run description ("
                    + excerpt(Redactor.redact(String.valueOf(e.getMessage()))) + ")", e);
        }
    }

    /**
     * Builds the summary of one or more run directories from their messages streams and run descriptions.
     *
     * @param runDirs     directories each holding {@code messages.ndjson} (and normally {@code run.json})
     * @param waivers     waivers to apply
     * @param waiversFile the waivers file named in the summary, or {@code null}
     * @param runId       id of the summary's run
     * @param today       the day waiver expiry is judged against
     * @throws ReportInputException when a directory has no readable messages stream
     */
    public static ConformanceSummary summarise(List<Path> runDirs, List<Waiver> waivers, String waiversFile,
            String runId, LocalDate today) {
        List<RunInfo> runs = new ArrayList<>();
        if (runDirs.size() == 1) {
            MessageIndex live = COLLECTED.remove(runDirs.get(0).toAbsolutePath().normalize());
            if (live != null) {
                return VerdictPolicy.summarise(live.scenarios(), runId, readRunInfos(runDirs.get(0)), waivers,
                        waiversFile, today);
            }
        }
        MessageIndex index = new MessageIndex();
        for (Path dir : runDirs) {
            Path messages = dir.resolve(ScopekitReportPlugin.MESSAGES);
            if (!Files.isRegularFile(messages)) {
                throw new ReportInputException(dir + ": no " + ScopekitReportPlugin.MESSAGES
                        + " (expected a report directory written by 'scopekit verify')");
            }
            readMessages(messages, index);
            runs.addAll(readRunInfos(dir));
        }
        return VerdictPolicy.summarise(index.scenarios(), runId, runs, waivers, waiversFile, today);
    }

    /**
     * Reads the scenarios of one run directory with their check records and captured attachments.
     *
     * @throws ReportInputException when the directory has no readable messages stream
     */
    public static List<ScenarioResult> readScenarios(Path runDir) {
        Path messages = runDir.resolve(ScopekitReportPlugin.MESSAGES);
        if (!Files.isRegularFile(messages)) {
            throw new ReportInputException(runDir + ": no " + ScopekitReportPlugin.MESSAGES
                    + " (expected a report directory written by 'scopekit verify')");
        }
        MessageIndex index = new MessageIndex();
        readMessages(messages, index);
        return index.results();
    }

    private static void readMessages(Path messages, MessageIndex index) {
        try (InputStream in = Files.newInputStream(messages);
                NdjsonToMessageIterable envelopes = new NdjsonToMessageIterable(in, new Deserializer())) {
            for (Envelope e : envelopes) {
                index.accept(e);
            }
        } catch (IOException | RuntimeException e) {
            throw new ReportInputException(messages + ": not a Cucumber messages stream ("
                    + excerpt(Redactor.redact(String.valueOf(e.getMessage()))) + ")", e);
        }
    }

    /**
     * Writes {@code summary.json}, {@code summary.md}, {@code summary.html} and {@code badge.svg} into {@code dir}:
     * their certificate holding the SHA-256 of the run's {@code messages.ndjson} and {@code run.json}, then
     * {@value Attestation#MANIFEST} over every report file of the run (docs/reports.md, "Verifying a run"):
     * all of them or, when one cannot be written, none (the ones already written are removed), so a directory never
     * holds the verdict of one file without the others.
     */
    public static void writeSummary(ConformanceSummary unbound, Path dir) throws IOException {
        try {
            java.util.Map<String, String> hashes = Attestation.sha256All(dir, Attestation.BEFORE_SUMMARY);
            ConformanceSummary summary = unbound.withResults(Attestation.results(hashes));
            AtomicFiles.write(dir.resolve(SUMMARY_JSON), out -> JsonSummaryWriter.write(summary, out));
            AtomicFiles.writeString(dir.resolve(SUMMARY_MD), MarkdownSummaryWriter.render(summary));
            AtomicFiles.writeString(dir.resolve(SUMMARY_HTML), HtmlSummaryWriter.render(summary));
            AtomicFiles.writeString(dir.resolve(BADGE_SVG), Badge.svg(summary));
            Attestation.write(dir, summary.runId(), hashes);
        } catch (IOException | RuntimeException e) {
            removeVerdict(dir);
            throw asIo(e);
        }
    }

    /** The files of a run directory that state a verdict; a run without a verdict must not keep them. */
    private static final List<String> VERDICT_FILES = List.of(SUMMARY_JSON, SUMMARY_MD, SUMMARY_HTML, BADGE_SVG,
            "rerun.txt", Attestation.MANIFEST, Attestation.SIGNATURE);

    /** Removes the files that state a verdict ({@code summary.*}, {@code badge.svg}, {@code rerun.txt}). */
    public static void removeVerdict(Path dir) {
        for (String name : VERDICT_FILES) {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                // a file that cannot be removed stays; run.json, not the summary, says whether the run finished
            }
        }
    }

    // Jackson 3 reports a failed write as an unchecked JacksonIOException: a write failure is an IOException here.
    private static IOException asIo(Exception e) {
        if (e instanceof IOException io) {
            return io;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        throw (RuntimeException) e;
    }

    /** Writes {@code summary} as the JSON of {@code summary.json} to {@code out} (e.g. {@code verify --json}). */
    public static void writeSummaryJson(ConformanceSummary summary, java.io.OutputStream out) {
        JsonSummaryWriter.write(summary, out);
    }

    /**
     * Returns the run directory {@code dir} stands for: {@code dir} itself when it holds a messages stream, else the
     * run its {@code latest} points at (a report root such as {@code reports/shard-1}), else {@code dir}.
     */
    public static Path runDirOf(Path dir) {
        if (Files.isRegularFile(dir.resolve(ScopekitReportPlugin.MESSAGES))) {
            return dir;
        }
        Path latest = dir.resolve(LATEST);
        try {
            if (Files.isSymbolicLink(latest) || Files.isDirectory(latest)) {
                return latest.toRealPath();
            }
            if (Files.isRegularFile(latest)) {
                Path run = dir.resolve(Files.readString(latest).trim());
                return Files.isDirectory(run) ? run : dir;
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return dir;
        }
        return dir;
    }

    /**
     * Removes all but the newest {@code keep} run directories of report root {@code root}; the run {@code latest}
     * points at is always kept. Run directories are recognised by their id ({@code 20261122T033015Z-031944}), so
     * nothing else in the root is touched.
     *
     * @return the directories removed, oldest first
     */
    public static List<Path> prune(Path root, int keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Path latest = runDirOf(root);
        List<Path> runs;
        try (Stream<Path> children = Files.list(root)) {
            runs = children.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}"))
                    // the id orders by second only; runs started in the same second order by their start instant
                    .sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString().substring(0, 16))
                            .thenComparing(Reports::startedAt))
                    .toList();
        }
        List<Path> removed = new ArrayList<>();
        for (int i = 0; i < runs.size() - Math.max(0, keep); i++) {
            Path run = runs.get(i);
            if (run.toRealPath().equals(latest.toRealPath())) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(run)) {
                for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            removed.add(run);
        }
        return removed;
    }

    private static Instant startedAt(Path runDir) {
        try {
            List<RunInfo> infos = readRunInfos(runDir);
            if (infos.size() == 1 && infos.get(0).startedAt() != null) {
                return Instant.parse(infos.get(0).startedAt());
            }
        } catch (RuntimeException e) {
            // an unreadable run description orders first: it is pruned before any readable run
        }
        return Instant.EPOCH;
    }

    /** Reads a {@code summary.json}. */
    public static ConformanceSummary readSummary(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), ConformanceSummary.class);
        } catch (JacksonException e) {
            throw new IOException(file + ": not a ScopeKit summary (" + excerpt(e.getOriginalMessage()) + ")", e);
        }
    }

    /**
     * Merges shard report directories into {@code out}: one messages stream, Cucumber's HTML and JUnit XML
     * rebuilt from it, the run descriptions and a summary rebuilt from the same envelopes.
     *
     * <p>The merged stream holds every shard's envelopes in shard order, but as one run: the first shard's
     * {@code meta}, the earliest {@code testRunStarted}, and one {@code testRunFinished} at the latest finish that
     * succeeds only when every shard did; test cases are re-pointed at the kept run.
     *
     * @throws ReportInputException when a directory has no readable messages stream, or the directories are not
     *     the complete shards of one run (different kits, content, targets or selections, a shard twice or
     *     missing, an incomplete run or messages stream), or a shard does not verify (a check record whose status
     *     its own values do not give, a file whose hash differs from the shard's {@value Attestation#MANIFEST})
     */
    public static ConformanceSummary merge(List<Path> shardDirs, Path out, List<Waiver> waivers, String waiversFile,
            String runId, LocalDate today) throws IOException {
        List<List<Envelope>> shards = new ArrayList<>();
        List<List<RunInfo>> infos = new ArrayList<>();
        List<RunInfo> runs = new ArrayList<>();
        for (Path dir : shardDirs) {
            shards.add(readEnvelopes(dir));
            infos.add(readRunInfos(dir));
            runs.addAll(infos.get(infos.size() - 1));
        }
        MergeCheck.check(shardDirs, shards, infos);
        // A shard whose records say more than their own values give (an edited stream) is refused, not merged.
        List<String> tampered = new ArrayList<>();
        for (Path dir : shardDirs) {
            tampered.addAll(RunVerification.mergeFindings(dir));
        }
        if (!tampered.isEmpty()) {
            throw new ReportInputException("cannot merge: " + String.join("; ", tampered));
        }
        Files.createDirectories(out);
        CucumberReportWriter writer = new CucumberReportWriter(out, new MessageIndex());
        try {
            for (Envelope e : ShardStreams.asOneRun(shards)) {
                writer.write(e);
            }
            writer.finish();
        } catch (IOException | RuntimeException e) {
            writer.abandon();
            throw e;
        }
        ConformanceSummary summary = VerdictPolicy.summarise(writer.index().scenarios(), runId, runs, waivers,
                waiversFile, today);
        AtomicFiles.write(out.resolve(RUN_JSON), o -> JSON.writeValue(o, runs));
        writeSummary(summary, out);
        return summary;
    }

    private static List<Envelope> readEnvelopes(Path dir) {
        Path messages = dir.resolve(ScopekitReportPlugin.MESSAGES);
        if (!Files.isRegularFile(messages)) {
            throw new ReportInputException(dir + ": no " + ScopekitReportPlugin.MESSAGES
                    + " (expected a report directory written by 'scopekit verify')");
        }
        List<Envelope> envelopes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(messages);
                NdjsonToMessageIterable iterable = new NdjsonToMessageIterable(in, new Deserializer())) {
            iterable.forEach(envelopes::add);
        } catch (IOException | RuntimeException e) {
            throw new ReportInputException(messages + ": not a Cucumber messages stream ("
                    + excerpt(Redactor.redact(String.valueOf(e.getMessage()))) + ")", e);
        }
        return envelopes;
    }

    /**
     * Points {@code root/latest} at run {@code runId}: a relative symlink, or where links are not possible a
     * file holding the run id.
     */
    public static void pointLatest(Path root, String runId) throws IOException {
        Path latest = root.resolve(LATEST);
        Path tempLink = root.resolve(AtomicFiles.TEMP_PREFIX + "latest-" + runId);
        try {
            Files.deleteIfExists(tempLink);
            Files.createSymbolicLink(tempLink, Path.of(runId));
            if (Files.isDirectory(latest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(latest + " is a directory");
            }
            AtomicFiles.move(tempLink, latest);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            Files.deleteIfExists(tempLink);
            if (Files.isSymbolicLink(latest)) {
                Files.delete(latest);
            }
            AtomicFiles.writeString(latest, runId + "\n");
        }
    }

    /**
     * Removes temp files that killed runs left in {@code root} and its run directories: those not touched for longer
     * than {@code olderThan} (the run timeout), so a run still writing next to this one keeps its files.
     *
     * @return how many were removed
     */
    public static int removeStaleWrites(Path root, java.time.Duration olderThan) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        java.nio.file.attribute.FileTime limit = java.nio.file.attribute.FileTime.from(
                Instant.now().minus(olderThan));
        int removed = 0;
        List<Path> dirs = new ArrayList<>(List.of(root));
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).forEach(dirs::add);
        }
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)
                            && Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).compareTo(limit) < 0
                            && Files.deleteIfExists(p)) {
                        removed++;
                    }
                }
            }
        }
        return removed;
    }

    /** Removes temp files an interrupted run left in {@code dir}; returns how many. */
    public static int removeUnfinishedWrites(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        return removed;
    }

}
