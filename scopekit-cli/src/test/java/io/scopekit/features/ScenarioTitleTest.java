package io.scopekit.features;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A scenario asserts what its title promises: a title that promises a prompt, no prompt, a record, a callback
 * outcome or an unspecified verdict has a Then step (or an And/But after one) that checks it. The vocabulary of
 * promises is small on purpose; the Chinese twins mirror the English scenarios and are not read here. A title that
 * says the sources leave something open ("… is not described") promises only the unspecified verdict.
 */
class ScenarioTitleTest {
    private static final Path FEATURES = Path.of("features");

    /** One promise: the words in a title that make it, and the Then steps that check it. */
    record Promise(String name, Pattern title, Pattern thenStep) {
        Promise(String name, String title, String thenStep) {
            this(name, Pattern.compile(title), Pattern.compile(thenStep));
        }
    }

    static final List<Promise> PROMISES = List.of(
            new Promise("a prompt",
                    "\\basks (the user|for)\\b|\\bis asked for\\b|\\bshows? a prompt\\b|\\bguides the user\\b|\\bprompt first\\b",
                    "the user is asked to allow|a prompt guides the user|the prompt for .* is shown before"),
            new Promise("no prompt",
                    "\\bwithout (a prompt|one|asking)\\b|\\bnot asked again\\b|\\bno prompt\\b",
                    "no prompt is shown"),
            new Promise("a record",
                    "\\brecorded\\b|\\bremembered\\b|\\brecords?\\b|\\blists\\b|\\breports\\b",
                    "the settings report|the settings page lists|no prompt is shown|a prompt guides the user|"
                            + "the user is asked to allow"
                            // the open platform keeps applications: their states and the export list them
                            + "|the export is|\" is (enabled|not enabled|pending release|in review|not applied)\\b"),
            new Promise("a success callback",
                    "\\b(proceeds?|succeeds|resolves)\\b|\\bcalled directly\\b",
                    "(call|request) succeeds|the Promise resolves"),
            new Promise("a fail callback",
                    "\\b(fails?|rejects)\\b",
                    "(call|request) fails|the Promise rejects"
                            // the open platform answers a failed call or import with an error, not a callback
                            + "|the API call is refused with code|the import fails"),
            new Promise("response fields",
                    "\\breturns\\b",
                    "the response carries"),
            new Promise("an unspecified verdict",
                    "\\bnot described\\b|\\bunspecified\\b|\\bnot judged\\b",
                    "unspecified by the sources"));

    /** A scenario's title and its Then steps (And/But after a Then included). */
    record Scenario(String where, String title, List<String> thenSteps) {}

    @Test
    void should_check_every_promise_of_the_title_when_a_scenario_runs() {
        // GIVEN every English scenario of features/
        List<Scenario> scenarios = scenarios();

        // WHEN each title's promises are matched against its Then steps
        List<String> unchecked = new ArrayList<>();
        Promise unspecified = PROMISES.get(PROMISES.size() - 1);
        for (Scenario s : scenarios) {
            // "What the settings page lists is not described" promises the verdict, not a list
            boolean silent = unspecified.title().matcher(s.title()).find();
            for (Promise p : PROMISES) {
                if ((!silent || p == unspecified) && p.title().matcher(s.title()).find()
                        && s.thenSteps().stream().noneMatch(step -> p.thenStep().matcher(step).find())) {
                    unchecked.add(s.where() + " \"" + s.title() + "\" promises " + p.name()
                            + " but no Then step checks it");
                }
            }
        }

        // THEN none is left unchecked
        then(scenarios).hasSizeGreaterThan(60);
        then(unchecked).isEmpty();
    }

    @Test
    void should_report_a_promise_when_no_then_step_checks_it() {
        // GIVEN a scenario whose title promises a prompt and whose Then steps check only the outcome
        Scenario s = new Scenario("x.feature:1", "The first call asks the user", List.of("the call succeeds"));

        // WHEN the prompt promise is matched
        Promise prompt = PROMISES.get(0);
        boolean checked = s.thenSteps().stream().anyMatch(step -> prompt.thenStep().matcher(step).find());

        // THEN the title promises it and nothing checks it
        then(prompt.title().matcher(s.title()).find()).isTrue();
        then(checked).isFalse();
    }

    static List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FEATURES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature") && !p.toString().endsWith(".zh-CN.feature"))
                    .sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                String title = null;
                String where = null;
                List<String> steps = new ArrayList<>();
                String keyword = "";
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("Scenario")) {
                        if (title != null) {
                            out.add(new Scenario(where, title, steps));
                        }
                        title = line.substring(line.indexOf(':') + 1).strip();
                        where = f + ":" + (i + 1);
                        steps = new ArrayList<>();
                        keyword = "";
                    } else if (title != null) {
                        String word = line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
                        switch (word) {
                            case "Given", "When", "Then" -> keyword = word;
                            case "And", "But" -> { }
                            default -> {
                                continue;
                            }
                        }
                        if (keyword.equals("Then")) {
                            steps.add(line.substring(word.length()).strip());
                        }
                    }
                }
                if (title != null) {
                    out.add(new Scenario(where, title, steps));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
