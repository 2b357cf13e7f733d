package io.scopekit.cli;

import io.scopekit.report.Plural;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import io.scopekit.testsupport.SpecFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every count the command line prints takes its noun in the right number (issue 21, item 10). */
class PluralTest {

    @TempDir
    Path temp;

    @Test
    void should_name_the_noun_in_the_singular_when_the_count_is_one() {
        then(Plural.count(1, "tenant")).isEqualTo("1 tenant");
        then(Plural.count(1, "directory", "directories")).isEqualTo("1 directory");
    }

    @Test
    void should_name_the_noun_in_the_plural_when_the_count_is_zero_or_more_than_one() {
        then(Plural.count(0, "app")).isEqualTo("0 apps");
        then(Plural.count(2, "scenario error")).isEqualTo("2 scenario errors");
        then(Plural.count(3, "directory", "directories")).isEqualTo("3 directories");
    }

    @Test
    void should_count_in_the_singular_when_specs_lint_reads_one_spec_of_one_scope_and_one_api() throws Exception {
        // GIVEN a specs directory of one platform with one scope and one API
        Files.copy(SpecFixtures.validDir().resolve("alipay.yaml"), temp.resolve("alipay.yaml"));

        // WHEN
        Result r = scopekit("specs", "lint", "--specs", temp.toString());

        // THEN each count names its noun in the number it has
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        then(r.out()).isEqualTo("OK: 1 spec, 1 scope, 1 API, 0 permissions" + System.lineSeparator());
    }
}
