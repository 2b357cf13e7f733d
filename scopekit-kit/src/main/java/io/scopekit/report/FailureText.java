package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A scenario error's message taken apart for the reader: what failed (a set-up step's expected and observed values,
 * or a target error) and the rules behind the expectation, each with its source. The harness writes one line of the
 * form {@code <what>: expected <aspect> <value> but observed <value> — rule 'R' (file): source §section: "passage";
 * rule ...}; a message of another form keeps its whole text in {@link #summary()} and has no rules.
 *
 * @param summary  the message without its rules, e.g. {@code setting up 'scope.record granted' by calling
 *                 wx.startRecord: expected prompts [consent(scope.record)] but observed []}
 * @param context  what was being done when it failed ({@code setting up ... by calling ...}), or {@code null}
 * @param aspect   the aspect compared, or {@code null} when the message states no comparison
 * @param expected the expected value, or {@code null}
 * @param observed the observed value (target text), or {@code null}
 * @param rules    the rules named, in order, with source and passage
 */
@API(status = EXPERIMENTAL)
public record FailureText(String summary, String context, String aspect, String expected, String observed,
        List<Rule> rules) {

    /**
     * One rule named in a message.
     *
     * @param name    rule name
     * @param file    its DRL file
     * @param source  seed file or public address
     * @param section section of the source
     * @param passage the passage (as the harness shortened it)
     */
    @API(status = EXPERIMENTAL)
    public record Rule(String name, String file, String source, String section, String passage) {}

    private static final Pattern RULE = Pattern.compile(
            "rule '(.*?)' \\(([^()]*)\\): (\\S+) §([^:]*): \"(.*?)\"(?=; rule '|$)", Pattern.DOTALL);
    private static final Pattern COMPARISON = Pattern.compile(
            "^(.*?): expected (\\S+) (.*) but observed (.*)$", Pattern.DOTALL);

    /** Returns the rule names, for a line that names them without their passages. */
    public List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }

    /** Parses {@code message}; {@code null} reads as an empty summary. */
    public static FailureText parse(String message) {
        if (message == null) {
            return new FailureText("", null, null, null, null, List.of());
        }
        String head = message;
        List<Rule> rules = new ArrayList<>();
        int because = message.indexOf(" — rule '");
        if (because >= 0) {
            head = message.substring(0, because);
            Matcher m = RULE.matcher(message.substring(because + " — ".length()));
            while (m.find()) {
                rules.add(new Rule(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
            }
        } else if (message.endsWith(" (no rule fired)")) {
            head = message.substring(0, message.length() - " (no rule fired)".length());
        }
        Matcher c = COMPARISON.matcher(head);
        if (c.matches()) {
            return new FailureText(head, c.group(1), c.group(2), c.group(3), c.group(4), List.copyOf(rules));
        }
        return new FailureText(head, null, null, null, null, List.copyOf(rules));
    }
}
