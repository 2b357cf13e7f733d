package io.scopekit.oracle.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules name routes and behaviour keys through the typed constants ({@link Route},
 * {@link io.scopekit.consent.BehaviourKey}), never as strings: the compiler then rejects a misspelt one, where a
 * string would silently match nothing.
 */
class RuleVocabularyTest {

    /** A route or behaviour key compared with, or a route set to, a string literal. */
    private static final Pattern STRING_ROUTE_OR_KEY = Pattern.compile(
            "\\b(?:route|behaviourKey|key)\\s*(?:==|!=)\\s*\"|\\b(?:route|behaviourKey|key)\\s+in\\s*\\(\\s*\""
                    + "|setRoute\\(\\s*\"");

    private static final Pattern SET_ROUTE = Pattern.compile("setRoute\\(\\s*Route\\.(\\w+)\\s*\\)");

    @Test
    void should_use_typed_constants_when_a_rule_tests_a_route_or_a_behaviour_key() {
        // GIVEN the shipped DRL files
        Map<String, String> drl = ConsentRules.embedded().drl();

        // WHEN we look for routes and keys written as strings
        List<String> offending = new ArrayList<>();
        drl.forEach((file, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].trim().startsWith("//") && STRING_ROUTE_OR_KEY.matcher(lines[i]).find()) {
                    offending.add(file + ":" + (i + 1) + ": " + lines[i].trim());
                }
            }
        });

        // THEN there are none, and the files were read at all
        then(drl).isNotEmpty();
        then(offending).as("routes or behaviour keys written as strings").isEmpty();
    }

    @Test
    void should_move_requests_to_every_route_when_the_rules_fire() {
        // GIVEN the shipped DRL files
        Map<String, String> drl = ConsentRules.embedded().drl();

        // WHEN we collect the routes the consequences set
        Set<Route> set = EnumSet.noneOf(Route.class);
        drl.values().forEach(text -> {
            Matcher m = SET_ROUTE.matcher(text);
            while (m.find()) {
                set.add(Route.valueOf(m.group(1)));
            }
        });

        // THEN every route but the initial one is reached by some rule (no dead constant)
        then(set).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Route.values()).filter(r -> r != Route.START).toList());
    }
}
