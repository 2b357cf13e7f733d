package io.scopekit.oracle;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rules DIR} as docs/reports.md describes it: a copy of the repository's {@code rules/} (consent rules in
 * {@code consent/}, the permission platforms' in {@code review/} and {@code access/}), or a folder of consent rules
 * alone. Either way a fired rule cites its file as the embedded rules do, {@code consent/<file>}.
 */
class CustomRulesLayoutTest {

    private static final String[] QUESTION = {"explain", "--platform", "wechat-miniprogram", "--scope",
            "scope.userLocation", "--action", "call-api"};

    @Test
    void should_cite_consent_files_as_the_embedded_rules_do_when_the_rules_folder_is_a_copy_of_rules(
            @TempDir Path rules) throws IOException {
        // GIVEN a copy of the repository's rules/ folder, laid out by domain
        copyTree(Path.of("rules"), rules);

        // WHEN explain decides with it and with the embedded rules
        CliRun.Result custom = CliRun.scopekit(with(QUESTION, "--rules", rules.toString()));
        CliRun.Result embedded = CliRun.scopekit(QUESTION);

        // THEN the same rules fire, cited by the same files (not consent/consent/…)
        then(custom.exitCode()).as(custom.err()).isZero();
        then(custom.out()).contains("[consent/calls.drl]").doesNotContain("consent/consent/");
        then(custom.out()).isEqualTo(embedded.out());
    }

    @Test
    void should_cite_consent_files_below_the_folder_when_it_holds_consent_rules_only(@TempDir Path rules)
            throws IOException {
        // GIVEN a folder with the kit's consent rules and nothing else
        copyTree(Path.of("rules/consent"), rules);

        // WHEN explain decides with it
        CliRun.Result custom = CliRun.scopekit(with(QUESTION, "--rules", rules.toString()));

        // THEN the rules are cited as consent/<file>, as before
        then(custom.exitCode()).as(custom.err()).isZero();
        then(custom.out()).contains("[consent/calls.drl]").doesNotContain("consent/consent/");
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
