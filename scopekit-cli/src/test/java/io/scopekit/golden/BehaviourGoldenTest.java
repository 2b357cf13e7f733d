package io.scopekit.golden;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds the domain refactoring of issue 18 behaviour-neutral: what a default {@code ./scopekit verify} and a
 * {@code --platform feishu-openplatform} run print as their verdict line, every check record they write to
 * {@code messages.ndjson}, and what {@code explain} prints for permission situations must not change by a byte.
 * These goldens were generated from the code before the refactoring (main at e3610a9) and exist for it; the
 * consent side of {@code explain --json} is pinned by {@code cli.ExplainGoldenTest} and the {@code specs} commands by
 * {@code cli.SpecsGoldenTest}, which the refactoring must keep passing as well.
 *
 * <p>Why the check records are kept as a digest and not verbatim: a default run writes about 2,100 records (2 MB),
 * too large to review in a diff. They are compared as a sorted multiset (Cucumber runs scenarios in an order the
 * refactoring may change, the set of records it may not), after taking only the record's own JSON (the attachment
 * body): the message envelope around it (test case ids, step ids, timestamps) is run-specific and not part of the
 * check contract. The golden {@code verify-<run>.txt} holds the summary line, the record count and SHA-256 over all
 * sorted records, and one line per platform and requirement (count and SHA-256 prefix of that group), so a failing
 * comparison names the requirements whose records changed; the full sorted records of the failing run are written to
 * {@code target/golden-actual/} for a plain diff against a run of the old code.
 *
 * <p>To regenerate after an intended behaviour change, run
 * {@code mvn -B test -Dtest=BehaviourGoldenTest -Dscopekit.golden.update=true} and review the diff. A refactoring
 * never regenerates them.
 */
class BehaviourGoldenTest {

    private static final Path GOLDEN = Path.of("scopekit-cli/src/test/resources/golden/behaviour");
    private static final Path ACTUAL = Path.of("target/golden-actual");
    private static final boolean UPDATE = Boolean.getBoolean("scopekit.golden.update");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String CHECK_MEDIA_TYPE = "application/vnd.scopekit.check+json";

    @TempDir
    Path reports;

    /** One verify run: the golden's name and the extra arguments. */
    record VerifyCase(String name, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<VerifyCase> verifyRuns() {
        return Stream.of(
                new VerifyCase("verify-default", List.of()),
                new VerifyCase("verify-feishu-openplatform", List.of("--platform", "feishu-openplatform")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifyRuns")
    void should_print_the_same_verdict_and_write_the_same_check_records_when_verify_runs(VerifyCase c)
            throws IOException {
        // GIVEN the reference target and the shipped kit content, reports in a fresh directory
        List<String> args = new ArrayList<>(List.of("verify", "--report", reports.toString()));
        args.addAll(c.args());

        // WHEN
        Result r = scopekit(args.toArray(String[]::new));

        // THEN the verdict line and the sorted check records are those of the golden
        then(r.exitCode()).as("exit code, stderr: %s", r.err()).isZero();
        String summary = r.out().lines().findFirst().orElse("");
        List<String> records = checkRecords(reports.resolve("latest").resolve("messages.ndjson"));
        then(records).as("check records of %s", c.name()).isNotEmpty();
        String digest = digest(summary, records);
        Path golden = GOLDEN.resolve(c.name() + ".txt");
        if (UPDATE) {
            write(golden, digest);
        }
        if (!digest.equals(read(golden))) {
            write(ACTUAL.resolve(c.name() + "-records.ndjson"), String.join("\n", records) + "\n");
        }
        then(digest).as("%s against %s (records of this run in %s)", c.name(), golden, ACTUAL)
                .isEqualTo(read(golden));
    }

    /** One explain command line and the golden file its stdout must equal. */
    record ExplainCase(String golden, List<String> args) {
        @Override
        public String toString() {
            return golden;
        }
    }

    static Stream<ExplainCase> permissionSituations() {
        String op = "feishu-openplatform";
        List<ExplainCase> cases = new ArrayList<>();
        List<List<String>> situations = List.of(
                List.of("--platform", op, "--action", "call-api", "--api", "contact.v3.users.get"),
                List.of("--platform", op, "--action", "call-api", "--api", "contact.v3.users.get",
                        "--has", "contact:contact.base:readonly=enabled", "--data-scope",
                        "--field", "user_id", "--field", "name"),
                List.of("--platform", op, "--action", "approve-version", "--reviewer", "tenant-admin",
                        "--has", "contact:contact.base:readonly=in-review", "--version-status", "in-review"),
                List.of("--platform", op, "--action", "deliver-event", "--owner", "ou_bob", "--owner", "app",
                        "--event-needs", "drive:drive", "--has", "user:drive:drive=enabled"),
                List.of("--platform", op, "--action", "call-api", "--api", "calendar.v4.calendars.list",
                        "--identity", "user", "--has", "calendar:calendar:read=enabled"));
        List<String> names = List.of("call-api-no-permissions", "call-api-granted-fields", "approve-version",
                "deliver-event-user-grant", "call-api-user-identity");
        for (int i = 0; i < situations.size(); i++) {
            List<String> text = new ArrayList<>(List.of("explain"));
            text.addAll(situations.get(i));
            List<String> json = new ArrayList<>(text);
            json.add("--json");
            cases.add(new ExplainCase("permission-" + names.get(i) + ".txt", text));
            cases.add(new ExplainCase("permission-" + names.get(i) + ".json", json));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("permissionSituations")
    void should_print_exactly_the_golden_explanation_when_a_permission_situation_is_explained(ExplainCase c) {
        // GIVEN a permission situation of the open platform
        // WHEN
        Result r = scopekit(c.args().toArray(String[]::new));

        // THEN
        then(r.exitCode()).as("exit code, stderr: %s", r.err()).isZero();
        then(r.err()).isEmpty();
        Path golden = GOLDEN.resolve("explain").resolve(c.golden());
        if (UPDATE) {
            write(golden, r.out());
        }
        then(r.out()).as("%s against %s", c.args(), golden).isEqualTo(read(golden));
    }

    /** The check records of a messages stream, each the attachment's own JSON, sorted. */
    private static List<String> checkRecords(Path messages) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<String> lines = Files.lines(messages, StandardCharsets.UTF_8)) {
            lines.filter(l -> l.contains(CHECK_MEDIA_TYPE)).forEach(l -> {
                JsonNode attachment = JSON.readTree(l).path("attachment");
                if (CHECK_MEDIA_TYPE.equals(attachment.path("mediaType").asString())) {
                    out.add(attachment.path("body").asString());
                }
            });
        }
        out.sort(null);
        return out;
    }

    private static String digest(String summary, List<String> records) {
        Map<String, List<String>> byRequirement = new TreeMap<>();
        for (String record : records) {
            JsonNode node = JSON.readTree(record);
            String key = node.path("platform").asString() + " " + node.path("requirement").asString();
            byRequirement.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
        }
        StringBuilder b = new StringBuilder();
        b.append("summary: ").append(summary).append('\n');
        b.append("records: ").append(records.size()).append(' ').append(sha256(records)).append('\n');
        byRequirement.forEach((key, group) -> b.append(key).append(' ').append(group.size()).append(' ')
                .append(sha256(group), 0, 16).append('\n'));
        return b.toString();
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String read(Path golden) {
        try {
            return Files.readString(golden, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing golden " + golden + " (generate with -Dscopekit.golden.update=true)", e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
