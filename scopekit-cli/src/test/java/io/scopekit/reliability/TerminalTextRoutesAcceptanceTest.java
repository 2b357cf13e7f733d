package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.report.Reports;
import io.scopekit.report.TerminalText;
import io.scopekit.testsupport.CliRun;
import io.scopekit.testsupport.HostileTargets;
import io.scopekit.testsupport.NodeJs;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Target text on the console and in certificates (issue 24 item 8): control characters shown as escapes, never
 * interpreted; each piece bounded; bidi overrides visible in the certificate (Markdown, HTML) and the site.
 */
class TerminalTextRoutesAcceptanceTest {

    @TempDir
    Path tmp;

    @Test
    void should_print_the_identity_escaped_and_bounded_when_a_target_names_itself_with_control_characters()
            throws IOException {
        // GIVEN a target whose name carries ESC, a CR forging a verdict line, NUL and 5 MB, and a bidi version
        String target = "class:" + HostileTargets.TerminalIdentity.class.getName();

        // WHEN scopekit verify runs it and scopekit docs builds the site
        VerifyRun run = VerifyRun.run("verify", "--target", target, "--tags",
                "@platform-wechat-minigame and @behaviour-denied-call", "--report", tmp.toString());
        Path dir = tmp.resolve(Reports.LATEST).toRealPath();
        VerifyRun docs = VerifyRun.run("docs", "--report", dir.toString(), "--out", dir.resolve("site").toString());

        // THEN the console shows the escapes, never the characters, and no line is longer than the bound allows
        then(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        thenTerminalSafe(run.out() + run.err());
        then(run.err()).contains("evil\\u001b[2J\\u001b[31m\\rconformant: 681 scenarios forged\\u0000");
        then(run.err()).contains("1.0 \\u202egnp.exe");

        // AND the certificate (Markdown and HTML) and the site show the bidi override as text
        then(docs.exitCode()).as(docs.err()).isEqualTo(ExitCode.OK);
        for (Path f : new Path[] {dir.resolve(Reports.SUMMARY_MD), dir.resolve(Reports.SUMMARY_HTML),
                dir.resolve("site/certificate.html")}) {
            String page = Files.readString(f);
            then(page).as(f.toString()).doesNotContain("\u202E", "\u2066", "\u2069").contains("\\u202egnp.exe");
        }
    }

    @Test
    void should_print_the_error_escaped_and_bounded_when_a_target_fails_with_control_characters() {
        // GIVEN a target whose construction fails with a hostile 1 MB message
        String target = "class:" + HostileTargets.TerminalFailure.class.getName();

        // WHEN
        VerifyRun run = VerifyRun.run("verify", "--target", target, "--tags", "@platform-wechat-minigame",
                "--report", tmp.toString());

        // THEN it fails as bad input (a class: target that cannot be created), the message shown escaped and cut
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        thenTerminalSafe(run.out() + run.err());
        then(run.err()).contains("evil\\u001b[2J").contains(TerminalText.ELLIPSIS);
    }

    @Test
    void should_print_the_port_name_escaped_when_certify_port_reports_a_port_named_with_control_characters()
            throws IOException {
        NodeJs.assumeHost();
        // GIVEN a port (adapters/node/fixtures/terminal-name-port) whose package name carries ESC, CR, NUL, RLO
        Path port = Path.of("adapters/node/fixtures/terminal-name-port").toAbsolutePath();

        // WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", port.toString(), "--judge", "matrix", "--report", tmp.toString());

        // THEN the line names the port with visible escapes, and the certificate shows the override as text
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        thenTerminalSafe(run.out() + run.err());
        then(run.out()).startsWith("deviations: evil\\u001b[2J\\rcertified: forged 0 findings\\u0000\\u202egnp");
        then(Files.readString(tmp.resolve("certification.md"))).doesNotContain("\u202E", "\u001b", "\u0000");
    }

    private static void thenTerminalSafe(String console) {
        then(console.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f
                || TerminalText.isBidi((char) c))).as("control or bidi characters on the console").isEmpty();
        then(console.lines().mapToInt(String::length).max().orElse(0)).as("longest console line")
                .isLessThan(TerminalText.MAX_LINE + 200);
        then(console.lines()).noneMatch(l -> l.startsWith("conformant: 681"));
    }
}
