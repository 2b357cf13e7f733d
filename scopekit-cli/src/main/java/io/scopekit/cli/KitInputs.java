package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.ParseError;
import io.scopekit.oracle.RulesInvalidException;
import io.scopekit.report.ReportInputException;
import io.scopekit.spec.SpecException;
import io.scopekit.spec.SpecProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects every problem of the kit's input — specs, rules, features, waivers, options — before anything runs, so
 * a broken input is reported once as bad input (exit 2, each finding as {@code file:line:column: message}) and never
 * as a failing target.
 */
final class KitInputs {
    // Gherkin's messages start with their own "(line:column): ".
    private static final Pattern GHERKIN_AT = Pattern.compile("^\\((\\d+):(\\d+)\\):\\s*");

    private final List<String> problems = new ArrayList<>();

    /** Adds the problems a failure to load specs, rules or waivers stands for; rethrows anything else. */
    void add(Throwable failure) {
        if (failure instanceof SpecException e) {
            e.problems().stream().map(SpecProblem::toString).forEach(problems::add);
        } else if (failure instanceof RulesInvalidException e) {
            problems.addAll(e.problems());
        } else if (failure instanceof ReportInputException e) {
            problems.add(e.getMessage());
        } else if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        } else {
            throw new IllegalStateException(failure);
        }
    }

    /** Adds the problems of rules that do not compile; other failures were reported already. */
    void addIfRules(RuntimeException failure) {
        if (failure instanceof RulesInvalidException e) {
            problems.addAll(e.problems());
        }
    }

    /** Adds one problem in words. */
    void add(String problem) {
        problems.add(problem);
    }

    /** Parses every feature file and adds its syntax errors. */
    void checkFeatures(Map<String, byte[]> features, Path dir) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        features.forEach((name, bytes) -> {
            String file = dir == null ? "scopekit/features/" + name : dir.resolve(name).toString();
            parser.parse(file, bytes).forEach((Envelope e) -> e.getParseError().ifPresent(
                    (ParseError p) -> problems.add(featureProblem(file, p))));
        });
    }

    private static String featureProblem(String file, ParseError p) {
        String message = p.getMessage();
        long line = p.getSource().getLocation().map(l -> l.getLine()).orElse(0L);
        long column = p.getSource().getLocation().flatMap(l -> l.getColumn()).orElse(0L);
        Matcher m = GHERKIN_AT.matcher(message);
        if (m.find()) {
            line = line > 0 ? line : Long.parseLong(m.group(1));
            column = column > 0 ? column : Long.parseLong(m.group(2));
            message = message.substring(m.end());
        }
        return file + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": " + message.strip();
    }

    /** Returns true when a problem was found. */
    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws one bad-input failure listing every problem, if there is any. */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        throw CliFailure.badInput(Plural.count(problems.size(), "problem")
                + " in the kit's input; nothing was run and no report was written\n" + String.join("\n", problems));
    }
}
