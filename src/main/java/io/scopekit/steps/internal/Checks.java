package io.scopekit.steps.internal;

import io.cucumber.java.Scenario;
import io.scopekit.check.CheckCodec;
import io.scopekit.check.CheckRecord;
import io.scopekit.consent.Aspect;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.target.Observation;
import io.scopekit.target.Strictness;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares one aspect three ways — the scenario's statement, the oracle's decision, the target's observation —
 * and attaches the check record of docs/harness-contract.md.
 */
public final class Checks {
    /** The media type of check records. */
    public static final String MEDIA_TYPE = CheckRecord.MEDIA_TYPE;

    private static final int MAX_PASSAGE = 160;

    private final World world;

    public Checks(World world) {
        this.world = world;
    }

    /**
     * Checks one aspect of the last action.
     *
     * @param aspect   the aspect
     * @param stated   what the scenario says, or {@code null} when it says the sources leave it unspecified
     * @param expected reads the oracle's expectation from the decision ({@code null}: the decision has none)
     * @param observed reads the target's observation
     * @param matches  whether an observation matches the expectation, given the target's strictness
     */
    public <T> void check(Aspect aspect, T stated, Function<Decision, T> expected,
            Function<Observation, Object> observed, Matcher<T> matches) {
        Decision decision = world.lastDecision();
        String statedText = stated == null ? "unspecified" : Text.of(stated);
        if (decision.isUnspecified(aspect)) {
            String reason = decision.unspecified().get(aspect);
            if (stated != null) {
                fail(aspect, decision, "unspecified", null, statedText, "kit-defect",
                        "KIT DEFECT: the scenario states " + name(aspect) + " " + statedText
                                + " but the sources leave it unspecified (" + reason + ")" + because(decision));
            }
            attach(aspect, decision, "unspecified", "unspecified", null, statedText, reason);
            return;
        }
        T expectation = expected.apply(decision);
        String expectedText = expectation == null ? "none" : Text.of(expectation);
        if (stated == null || !Objects.equals(stated, expectation)) {
            fail(aspect, decision, expectedText, null, statedText, "kit-defect",
                    "KIT DEFECT: the scenario states " + name(aspect) + " " + statedText + " but the oracle expects "
                            + expectedText + because(decision));
        }
        Strictness strictness = world.target().capabilities().getOrDefault(aspect, Strictness.EXACT);
        if (strictness == Strictness.UNSUPPORTED) {
            attach(aspect, decision, "unsupported", expectedText, null, statedText,
                    "the target declares " + name(aspect) + " unsupported");
            return;
        }
        if (world.lastError() != null) {
            fail(aspect, decision, expectedText, "error: " + world.lastError().getMessage(), statedText, null,
                    name(aspect) + ": expected " + expectedText + " but the target raised: "
                            + world.lastError().getMessage() + because(decision));
        }
        Object observation = observed.apply(world.lastObservation());
        String observedText = observation == null ? "none" : Text.of(observation);
        if (!matches.test(expectation, observation, strictness)) {
            fail(aspect, decision, expectedText, observedText, statedText, null,
                    name(aspect) + ": expected " + expectedText + " but observed " + observedText + because(decision));
        }
        attach(aspect, decision, "passed", expectedText, observedText, statedText, null);
    }

    /** Decides whether an observation matches an expectation under a strictness. */
    @FunctionalInterface
    public interface Matcher<T> {
        boolean test(T expected, Object observed, Strictness strictness);
    }

    /** Returns " — rule 'x' (file): seed §section: passage" for the rules that fired, for failure messages. */
    public static String because(Decision decision) {
        if (decision.firedRules().isEmpty()) {
            return " (no rule fired)";
        }
        StringBuilder text = new StringBuilder();
        for (FiredRule rule : decision.firedRules()) {
            text.append(text.length() == 0 ? " — rule '" : "; rule '").append(rule.name()).append("' (")
                    .append(rule.file()).append("): ").append(rule.seed()).append(" §").append(rule.section())
                    .append(": \"").append(shorten(rule.passage())).append('"');
        }
        return text.toString();
    }

    private void fail(Aspect aspect, Decision decision, String expected, String observed, String stated, String note,
            String message) {
        attach(aspect, decision, "failed", expected, observed, stated, note);
        throw new AssertionError(message);
    }

    private void attach(Aspect aspect, Decision decision, String status, String expected, String observed,
            String stated, String note) {
        Scenario scenario = world.scenario();
        String platformTag = tag(scenario, "@platform-");
        CheckRecord record = new CheckRecord(tag(scenario, "@req-"),
                platformTag != null ? platformTag : world.platform().platform(), world.platform().container(),
                scope(decision), tag(scenario, "@behaviour-"), CheckCodec.checkName(aspect), status, expected,
                observed, stated, CheckRecord.Rule.of(decision.firedRules()), note);
        scenario.attach(CheckCodec.toJson(record), MEDIA_TYPE, "check");
    }

    private String scope(Decision decision) {
        if (decision.scope() != null) {
            return decision.scope();
        }
        return world.lastAction() == null ? null : world.lastAction().scope();
    }

    private static String tag(Scenario scenario, String prefix) {
        return scenario.getSourceTagNames().stream()
                .filter(tag -> tag.startsWith(prefix))
                .map(tag -> tag.substring(prefix.length()))
                .findFirst().orElse(null);
    }

    private static String name(Aspect aspect) {
        return aspect.name().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String passage) {
        if (passage == null) {
            return "";
        }
        return passage.length() <= MAX_PASSAGE ? passage : passage.substring(0, MAX_PASSAGE - 1) + "…";
    }

    /** Always-equal matcher for aspects compared by equality of their text forms. */
    public static <T> Matcher<T> equality() {
        return (expected, observed, strictness) -> Objects.equals(expected, observed);
    }

    /** Adapts a two-argument predicate that ignores strictness. */
    public static <T> Matcher<T> ignoringStrictness(BiPredicate<T, Object> predicate) {
        return (expected, observed, strictness) -> predicate.test(expected, observed);
    }
}
