package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.report.Reports;
import io.scopekit.testsupport.HostileTargets;
import io.scopekit.testsupport.SecretCorpus;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every secret form of the corpus (scopekit-cli/src/test/resources/secrets) planted through a real run — in the target's
 * identity, its errors and its observations — and looked for in every file the run wrote and in the site built
 * from it (issue 24 item 6).
 */
class SecretCorpusAcceptanceTest {
    private static final List<String> FILES = List.of("messages.ndjson", "cucumber.html", "junit.xml", "run.json",
            "summary.json", "summary.md", "summary.html");

    @TempDir
    Path tmp;

    @Test
    void should_leave_no_planted_secret_in_any_file_when_a_target_leaks_every_form_of_the_corpus()
            throws IOException {
        // GIVEN a target carrying every secret form of the corpus in its identity, errors and observations
        String target = "class:" + HostileTargets.SecretCorpusTarget.class.getName();

        // WHEN scopekit verify runs it and scopekit docs builds the site from the run
        VerifyRun run = VerifyRun.run("verify", "--target", target, "--tags",
                "@platform-wechat-minigame and @behaviour-denied-call", "--report", tmp.toString());
        Path dir = tmp.resolve(Reports.LATEST).toRealPath();
        VerifyRun docs = VerifyRun.run("docs", "--report", dir.toString(), "--out", dir.resolve("site").toString());

        // THEN the run found failures and wrote every file, the site too
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(docs.exitCode()).as(docs.err()).isEqualTo(ExitCode.OK);
        for (String name : FILES) {
            then(dir.resolve(name)).as(name).isRegularFile();
        }
        then(dir.resolve("site/index.html")).isRegularFile();

        // AND no planted value survives in any file nor on the console
        List<String> leaks = new ArrayList<>();
        String console = run.out() + run.err() + docs.out() + docs.err();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String secret : SecretCorpus.secrets()) {
                    if (content.contains(secret)) {
                        leaks.add(dir.relativize(f) + ": " + secret);
                    }
                }
            }
        }
        for (String secret : SecretCorpus.secrets()) {
            if (console.contains(secret)) {
                leaks.add("console: " + secret);
            }
        }
        then(leaks).isEmpty();

        // AND ordinary words about tokens and passwords stay readable beside them
        String messages = Files.readString(dir.resolve("messages.ndjson"));
        then(messages).contains("token status: fine", "password policy requires 8 characters", "t-shirt and u-turn",
                "[REDACTED]");
    }
}
