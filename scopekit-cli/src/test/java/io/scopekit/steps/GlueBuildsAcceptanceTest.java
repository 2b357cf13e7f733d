package io.scopekit.steps;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.VerifyRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cucumber builds a runner thread's glue again whenever the thread moves to a scenario of another runtime Locale, and
 * writes every step definition into the messages stream each time (issue 23: 62 builds in a full verify).
 */
class GlueBuildsAcceptanceTest {

    @Test
    void should_build_the_glue_once_per_runner_thread_when_english_and_chinese_scenarios_alternate(
            @TempDir Path reports) throws Exception {
        // GIVEN platforms whose features alternate English and Chinese files (14 features, run in file name order:
        // authorize.feature, authorize.zh-CN.feature, ...), run on the kit's runner threads against the reference;
        // before issue 23's fix each step definition was written 15 times
        VerifyRun run = VerifyRun.run("verify", "--platform", "alipay", "--platform", "kuaishou", "--platform",
                "kuaishou-minigame", "--report", reports.toString());
        then(run.exitCode()).as(run.err()).isZero();

        // WHEN the messages stream is read
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Integer> definitionsByPattern = new HashMap<>();
        Set<String> workers = new HashSet<>();
        Set<String> languages = new HashSet<>();
        List<String> lines = Files.readAllLines(reports.resolve("latest").resolve("messages.ndjson"));
        for (String line : lines) {
            JsonNode envelope = json.readTree(line);
            if (envelope.has("stepDefinition")) {
                definitionsByPattern.merge(envelope.get("stepDefinition").get("pattern").get("source").asString(), 1,
                        Integer::sum);
            }
            if (envelope.has("testCaseStarted")) {
                workers.add(envelope.get("testCaseStarted").path("workerId").asString(""));
            }
            if (envelope.has("pickle")) {
                languages.add(envelope.get("pickle").get("language").asString());
            }
        }

        // THEN the pickles keep their own languages, and no step definition was written more often than there were
        // threads running scenarios
        then(languages).containsExactlyInAnyOrder("en", "zh-CN");
        then(definitionsByPattern).isNotEmpty();
        then(definitionsByPattern.values()).allSatisfy(n -> then(n).isLessThanOrEqualTo(workers.size()));
    }
}
