package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.VerifyRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --shard K/N} partitions the suite and {@code report merge} rebuilds the single-run summary. */
class ShardMergeAcceptanceTest {

    @TempDir
    Path root;

    @Test
    void should_partition_scenarios_and_merge_to_the_single_run_summary_when_run_in_three_shards() throws Exception {
        // GIVEN a full run and three shard runs of the same fixture suite
        VerifyRun full = VerifyRun.verifyFixtures(root.resolve("full"));
        ConformanceSummary single = Reports.readSummary(
                VerifyAcceptanceTest.latestRun(root.resolve("full")).resolve("summary.json"));
        List<Path> shardDirs = new ArrayList<>();
        List<Set<String>> shardScenarios = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path shardRoot = root.resolve("shard-" + k);
            VerifyRun shard = VerifyRun.verifyFixtures(shardRoot, "--shard", k + "/3");
            then(shard.exitCode()).as(shard.err()).isIn(ExitCode.OK, ExitCode.FINDINGS, ExitCode.NOT_ASSESSED);
            Path dir = VerifyAcceptanceTest.latestRun(shardRoot);
            shardDirs.add(dir);
            shardScenarios.add(scenarios(dir));
        }

        // THEN the shards are disjoint and together are the full suite
        Set<String> union = new HashSet<>();
        int total = 0;
        for (Set<String> s : shardScenarios) {
            union.addAll(s);
            total += s.size();
        }
        then(full.exitCode()).isEqualTo(ExitCode.FINDINGS);
        then(total).isEqualTo(union.size());
        then(union).isEqualTo(scenarios(VerifyAcceptanceTest.latestRun(root.resolve("full"))));
        then(shardScenarios).filteredOn(Set::isEmpty).hasSizeLessThan(3);

        // WHEN the shards are merged
        Path out = root.resolve("merged");
        VerifyRun merge = VerifyRun.run(concat(List.of("report", "merge"), shardDirs, List.of("--out", out.toString())));

        // THEN the merged summary equals the single run's, except run id, date and shard list
        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.FINDINGS);
        ConformanceSummary merged = Reports.readSummary(out.resolve("summary.json"));
        // the certificate's result hashes are those of each directory's own messages stream and run.json
        then(merged).usingRecursiveComparison().ignoringFields("runId", "certificate.date", "certificate.shards",
                "certificate.files").isEqualTo(single);
        then(merged.certificate().files().stream().filter(f -> !f.kind().equals("result")).toList())
                .isEqualTo(single.certificate().files().stream().filter(f -> !f.kind().equals("result")).toList())
                .isNotEmpty();
        then(merged.certificate().shards()).containsExactly("1/3", "2/3", "3/3");
        then(out.resolve("summary.html")).exists();
        then(scenarios(out)).isEqualTo(union);

        // AND Cucumber's JUnit XML and HTML are rebuilt for the merged run: as many test cases and failures as
        // the single run, one run start and finish, and no secret the target returned
        Path singleDir = VerifyAcceptanceTest.latestRun(root.resolve("full"));
        Document mergedXml = xml(out.resolve("junit.xml"));
        Document singleXml = xml(singleDir.resolve("junit.xml"));
        then(mergedXml.getElementsByTagName("testcase").getLength())
                .isEqualTo(singleXml.getElementsByTagName("testcase").getLength()).isEqualTo(union.size());
        then(mergedXml.getElementsByTagName("failure").getLength())
                .isEqualTo(singleXml.getElementsByTagName("failure").getLength()).isPositive();
        // (the page's script names these keys too, so the counts are compared with the single run's page)
        String html = Files.readString(out.resolve("cucumber.html"));
        String singleHtml = Files.readString(singleDir.resolve("cucumber.html"));
        for (String key : List.of("\"testCaseFinished\"", "\"testRunStarted\"", "\"testRunFinished\"", "\"meta\"")) {
            then(count(html, key)).as(key).isEqualTo(count(singleHtml, key));
        }
        String ndjson = Files.readString(out.resolve("messages.ndjson"));
        then(count(ndjson, "\"testRunFinished\"")).isEqualTo(1);
        for (String file : List.of("junit.xml", "cucumber.html", "messages.ndjson")) {
            then(Files.readString(out.resolve(file))).as(file).doesNotContain("4b1e2f9c7d").doesNotContain("eyJhbGciOi");
        }
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void should_exit_2_when_a_merged_directory_has_no_messages() throws Exception {
        Files.createDirectories(root.resolve("empty"));

        VerifyRun merge = VerifyRun.run("report", "merge", root.resolve("empty").toString(), "--out",
                root.resolve("out").toString());

        then(merge.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.err()).contains("no messages.ndjson");
    }

    // A scenario's identity across runs: message ids are random, so use feature, name and step texts.
    private static Set<String> scenarios(Path runDir) throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        java.util.Map<String, String> pickleByTestCase = new java.util.HashMap<>();
        java.util.Map<String, String> keyByPickle = new java.util.HashMap<>();
        List<String> started = new ArrayList<>();
        for (String line : Files.readAllLines(runDir.resolve("messages.ndjson"))) {
            var e = json.readTree(line);
            if (e.has("pickle")) {
                var p = e.get("pickle");
                StringBuilder key = new StringBuilder(p.get("uri").asString().replaceAll(".*features/", ""))
                        .append('#').append(p.get("name").asString());
                p.get("steps").forEach(step -> key.append('#').append(step.get("text").asString()));
                keyByPickle.put(p.get("id").asString(), key.toString());
            } else if (e.has("testCase")) {
                pickleByTestCase.put(e.get("testCase").get("id").asString(), e.get("testCase").get("pickleId").asString());
            } else if (e.has("testCaseStarted")) {
                started.add(e.get("testCaseStarted").get("testCaseId").asString());
            }
        }
        Set<String> keys = new HashSet<>();
        for (String tc : started) {
            keys.add(keyByPickle.get(pickleByTestCase.get(tc)));
        }
        return keys;
    }

    private static String[] concat(List<String> a, List<Path> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        b.forEach(p -> all.add(p.toString()));
        all.addAll(c);
        return all.toArray(String[]::new);
    }
}
