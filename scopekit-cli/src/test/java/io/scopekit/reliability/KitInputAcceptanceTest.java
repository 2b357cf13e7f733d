package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken kit input — specs, rules, features, waivers, the report root — is bad input: every problem is reported
 * before anything runs, as {@code file:line:column: message}, with exit 2, no report and {@code latest} untouched.
 */
class KitInputAcceptanceTest {
    private static final String ONE_SCENARIO = "@req-AP-SILENT-CALL";

    @TempDir
    Path tmp;

    @Test
    void should_exit_2_listing_every_problem_without_a_report_when_specs_rules_and_waivers_are_broken()
            throws IOException {
        // GIVEN a spec that does not load, a rule that does not compile and a waiver without a reason
        Path specs = copyOf(Path.of("platform-specs"), tmp.resolve("specs"), ".yaml");
        Files.writeString(specs.resolve("alipay.yaml"), Files.readString(specs.resolve("alipay.yaml"))
                .replaceFirst("kind: client-platform", "kind: client-platform\nkind: again"));
        Path rules = copyOf(Path.of("rules/consent"), tmp.resolve("rules"), ".drl");
        Files.writeString(rules.resolve("broken.drl"), "package scopekit.rules.consent;\n\nrule \"broken\"\n  when\n"
                + "    Nonsense( \n  then\nend\n");
        Path waivers = tmp.resolve("waivers.yaml");
        Files.writeString(waivers, "- requirement: AP-SILENT-CALL\n");
        Path root = tmp.resolve("reports");

        // WHEN verify runs with them
        VerifyRun run = VerifyRun.run("verify", "--specs", specs.toString(), "--rules", rules.toString(),
                "--waivers", waivers.toString(), "--platform", "alipay", "--report", root.toString());

        // THEN it exits 2 naming each problem at its file, line and column, and writes nothing
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).containsPattern("alipay\\.yaml:\\d+:\\d+: duplicate key 'kind'")
                .containsPattern("broken\\.drl:\\d+:\\d+: ")
                .contains(waivers + ":1: ")
                .contains("nothing was run and no report was written");
        then(run.out()).doesNotContain("conformant");
        then(Files.exists(root)).isFalse();
    }

    @Test
    void should_exit_2_with_the_position_of_each_error_when_a_feature_is_malformed() throws IOException {
        // GIVEN a features directory with a feature that is not Gherkin
        Path features = Files.createDirectories(tmp.resolve("features"));
        Files.writeString(features.resolve("broken.feature"), "Feature: broken\n  Scenario: one\n    Given x\n"
                + "  this line is not gherkin\n");

        // WHEN verify runs it
        VerifyRun run = VerifyRun.verify(tmp.resolve("reports"), features);

        // THEN it is bad input (not an internal error), said once, at line and column
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains(features.resolve("broken.feature") + ":4:3: ").doesNotContain("internal error");
        then(run.err().split("broken.feature:4", -1)).hasSize(2);
        then(Files.exists(tmp.resolve("reports"))).isFalse();
    }

    @Test
    void should_exit_2_without_a_report_or_moving_latest_when_nothing_is_selected() throws IOException {
        // GIVEN a report root whose latest points at an earlier run
        Path root = tmp.resolve("reports");
        VerifyRun first = VerifyRun.run("verify", "--platform", "alipay", "--tags", ONE_SCENARIO, "--report",
                root.toString());
        then(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        Path latestBefore = root.resolve("latest").toRealPath();

        // WHEN a run selects nothing
        VerifyRun run = VerifyRun.run("verify", "--platform", "alipay", "--tags", "@no-such-tag", "--report",
                root.toString());

        // THEN it exits 2, writes no certificate and leaves latest alone
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("no scenario matched");
        then(run.out()).doesNotContain("conformant");
        then(root.resolve("latest").toRealPath()).isEqualTo(latestBefore);
        try (Stream<Path> runs = Files.list(root)) {
            then(runs.filter(p -> !p.getFileName().toString().equals("latest")).count()).isEqualTo(1);
        }
    }

    @Test
    void should_exit_2_before_running_when_latest_is_a_directory() throws IOException {
        Path root = tmp.resolve("reports");
        Files.createDirectories(root.resolve("latest"));

        VerifyRun run = VerifyRun.run("verify", "--platform", "alipay", "--tags", ONE_SCENARIO, "--report",
                root.toString());

        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("latest: is a directory");
        try (Stream<Path> entries = Files.list(root)) {
            then(entries.count()).isEqualTo(1);
        }
    }

    @Test
    void should_exit_2_naming_the_link_when_features_contain_a_symlink_loop() throws IOException {
        // GIVEN a features folder with a link back to itself
        Path features = Files.createDirectories(tmp.resolve("features"));
        Files.copy(Path.of("scopekit-cli/src/test/resources/fixtures/features/wechat.feature"), features.resolve("wechat.feature"));
        Files.createSymbolicLink(features.resolve("loop"), features);

        // WHEN verify reads it
        VerifyRun run = VerifyRun.verify(tmp.resolve("reports"), features);

        // THEN the loop is reported
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("loop").contains("symbolic link loop");
    }

    @Test
    void should_exit_2_naming_the_rule_when_a_rule_in_a_subfolder_loops_for_ever() throws IOException {
        // GIVEN the kit's rules, plus (in a subfolder, read too) a rule that modifies its own fact for ever
        Path rules = copyOf(Path.of("rules/consent"), tmp.resolve("rules"), ".drl");
        Files.createDirectories(rules.resolve("extra"));
        Files.writeString(rules.resolve("extra/loop.drl"), """
                package scopekit.rules.consent;
                import io.scopekit.oracle.internal.Request;
                rule "Touches the request for ever"
                    when
                        $r : Request() @watch( * )
                    then
                        modify( $r ) { setRoute( $r.getRoute() ) }
                end
                """);

        // WHEN explain decides a situation
        VerifyRun run = VerifyRun.run("explain", "--platform", "alipay", "--scope", "auth_base", "--action",
                "call-api", "--rules", rules.toString());

        // THEN the run stops and names the rule as a kit defect
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("KIT DEFECT").contains("runaway").contains("Touches the request for ever");
    }

    @Test
    void should_exit_2_and_not_move_latest_when_a_rule_loops_during_verify() throws IOException {
        // GIVEN the kit's rules plus a rule that modifies its own fact for ever
        Path rules = copyOf(Path.of("rules/consent"), tmp.resolve("rules"), ".drl");
        Files.writeString(rules.resolve("loop.drl"), LOOP);

        // WHEN one scenario is verified with them
        VerifyRun run = VerifyRun.run("verify", "--rules", rules.toString(), "--platform", "alipay", "--tags",
                ONE_SCENARIO, "--report", tmp.resolve("reports").toString());

        // THEN the rules are the defect, not the target: exit 2 naming the rule, no verdict, latest not pointed
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("KIT DEFECT: runaway rules").contains("Touches the request for ever");
        then(run.out()).doesNotContain("conformant");
        then(Files.exists(tmp.resolve("reports/latest"))).isFalse();
    }

    private static final String LOOP = """
            package scopekit.rules.consent;
            import io.scopekit.oracle.internal.Request;
            rule "Touches the request for ever"
                when
                    $r : Request() @watch( * )
                then
                    modify( $r ) { setRoute( $r.getRoute() ) }
            end
            """;

    @Test
    void should_exit_2_when_lint_finds_no_spec_files() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        VerifyRun run = VerifyRun.run("specs", "lint", "--specs", empty.toString());

        then(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).contains("no spec files");
        then(run.out()).doesNotContain("OK");
    }

    @Test
    void should_exit_2_at_the_alias_when_a_spec_uses_a_yaml_alias() throws IOException {
        // GIVEN a spec whose field is an alias (read as the anchor's name by the YAML parser)
        Path specs = copyOf(Path.of("platform-specs"), tmp.resolve("specs"), ".yaml");
        String text = Files.readString(specs.resolve("alipay.yaml"));
        Files.writeString(specs.resolve("alipay.yaml"), text.replaceFirst("(?m)^name: ", "name: &L1 ")
                .replaceFirst("(?m)^clientName: Alipay$", "clientName: *L1"));

        // WHEN the specs are linted
        VerifyRun run = VerifyRun.run("specs", "lint", "--specs", specs.toString());

        // THEN the alias is a problem at its position
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(run.err()).containsPattern("alipay\\.yaml:\\d+:\\d+: YAML alias '\\*L1' is not supported");
    }

    private static Path copyOf(Path from, Path to, String suffix) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(suffix)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }
}
