package io.scopekit.oracle.internal;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.oracle.FiredRule;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the oracle cites where its behaviour comes from: a seed file or a public address, a section, a passage.
 *
 * <p>The one rule that fires where no source speaks (unspecified.drl) cites the kit's own policy document.
 */
class RuleSourcesTest {

    private static final Pattern SEED_OR_URL = Pattern.compile("^(\\d{3}_[0-9a-f]{16}\\.txt|https://\\S+|platform-specs/\\S+|docs/\\S+\\.md)$");

    @Test
    void should_name_seed_section_and_passage_when_any_shipped_rule_is_loaded() {
        // GIVEN the shipped rules
        ConsentRules rules = ConsentRules.embedded();

        // WHEN we collect the rules that lack a complete citation
        List<String> uncited = rules.rules().values().stream()
                .filter(r -> r.seed() == null || !SEED_OR_URL.matcher(r.seed()).matches()
                        || r.section() == null || r.section().isBlank()
                        || r.passage() == null || r.passage().isBlank())
                .map(FiredRule::name)
                .toList();

        // THEN there are none, and there are rules at all
        then(rules.rules()).isNotEmpty();
        then(uncited).as("rules without seed/section/passage metadata").isEmpty();
    }
}
