package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckCodec;
import io.scopekit.check.CheckRecord;
import io.scopekit.consent.Aspect;
import io.scopekit.oracle.Decision;
import io.scopekit.target.Observation;
import io.scopekit.target.Strictness;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Compares one aspect of a conversation's last exchange three ways — what the caller states, what the oracle
 * decided, what the target observed — and records the result as a {@link CheckRecord}.
 *
 * <p>Where the sources leave the aspect unspecified the check is not judged, but the record keeps what the target
 * observed, so that reports can show what targets do where the documents are silent.
 *
 * <p>Every comparison is recorded, passed or not, and handed to the sink before a failure is thrown, so the
 * reports hold the evidence of failed checks too. A statement that contradicts the oracle is a defect of the kit
 * itself: the message starts with {@code KIT DEFECT:} and the record's note is {@code kit-defect}.
 */
@API(status = EXPERIMENTAL)
public final class CheckRecorder {
    private final Conversation conversation;
    private final ScenarioLabels labels;
    private final Consumer<CheckRecord> sink;

    /**
     * Creates a recorder for the checks of one conversation.
     *
     * @param labels what the records are filed under
     * @param sink   receives every record, before a failed check throws
     */
    public CheckRecorder(Conversation conversation, ScenarioLabels labels, Consumer<CheckRecord> sink) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Checks one aspect of the last exchange and records the result.
     *
     * @param aspect   the aspect
     * @param stated   what the caller states, or {@code null} when it states that the sources leave it unspecified
     * @param expected reads the oracle's expectation from the decision ({@code null}: the decision has none)
     * @param observed reads the target's observation
     * @param matches  whether an observation matches the expectation, given the target's strictness
     * @return the record, with status {@code passed}, {@code unspecified} or {@code unsupported}
     * @throws AssertionError after recording a {@code failed} check
     */
    public <T> CheckRecord check(Aspect aspect, @Nullable T stated, Function<Decision, @Nullable T> expected,
            Function<Observation, @Nullable Object> observed, AspectMatcher<T> matches) {
        Exchange exchange = conversation.last();
        Decision decision = exchange.decision();
        String statedText = stated == null ? "unspecified" : Text.of(stated);
        if (decision.isUnspecified(aspect)) {
            String reason = decision.unspecified().get(aspect);
            if (stated != null) {
                fail(exchange, aspect, "unspecified", null, statedText, "kit-defect",
                        "KIT DEFECT: the scenario states " + name(aspect) + " " + statedText
                                + " but the sources leave it unspecified (" + reason + ")" + Because.of(decision));
            }
            // Unjudged, but the evidence is kept: what the target did where the documents are silent
            return record(exchange, aspect, "unspecified", "unspecified", observedText(exchange, observed),
                    statedText, reason);
        }
        T expectation = expected.apply(decision);
        String expectedText = expectation == null ? "none" : Text.of(expectation);
        if (stated == null || !Objects.equals(stated, expectation)) {
            fail(exchange, aspect, expectedText, null, statedText, "kit-defect",
                    "KIT DEFECT: the scenario states " + name(aspect) + " " + statedText + " but the oracle expects "
                            + expectedText + Because.of(decision));
        }
        Strictness strictness = conversation.target().capabilities().getOrDefault(aspect, Strictness.EXACT);
        if (strictness == Strictness.UNSUPPORTED) {
            return record(exchange, aspect, "unsupported", expectedText, null, statedText,
                    "the target declares " + name(aspect) + " unsupported");
        }
        if (exchange.failedOnTarget()) {
            fail(exchange, aspect, expectedText, "error: " + exchange.targetError().message(), statedText, null,
                    name(aspect) + ": expected " + expectedText + " but the target raised: "
                            + exchange.targetError().message() + Because.of(decision));
        }
        Object observation = observed.apply(exchange.observation());
        String observedText = observation == null ? "none" : Text.of(observation);
        if (!matches.test(expectation, observation, strictness)) {
            fail(exchange, aspect, expectedText, observedText, statedText, null,
                    name(aspect) + ": expected " + expectedText + " but observed " + observedText
                            + Because.of(decision));
        }
        return record(exchange, aspect, "passed", expectedText, observedText, statedText, null);
    }

    /** The observation as recorded text: {@code error: …} when the target raised an error, {@code none} when empty. */
    private static String observedText(Exchange exchange, Function<Observation, @Nullable Object> observed) {
        if (exchange.failedOnTarget()) {
            return "error: " + exchange.targetError().message();
        }
        Object observation = exchange.observation() == null ? null : observed.apply(exchange.observation());
        return observation == null ? "none" : Text.of(observation);
    }

    private void fail(Exchange exchange, Aspect aspect, String expected, @Nullable String observed, String stated,
            @Nullable String note, String message) {
        record(exchange, aspect, "failed", expected, observed, stated, note);
        throw new AssertionError(message);
    }

    private CheckRecord record(Exchange exchange, Aspect aspect, String status, String expected,
            @Nullable String observed, String stated, @Nullable String note) {
        Where where = conversation.where();
        Decision decision = exchange.decision();
        CheckRecord record = new CheckRecord(labels.requirement(),
                labels.platform() != null ? labels.platform() : where.platform(), where.container(),
                decision.scope() != null ? decision.scope() : exchange.action().scope(), labels.behaviour(),
                name(aspect), status, expected, observed, stated, CheckRecord.Rule.of(decision.firedRules()), note);
        sink.accept(record);
        return record;
    }

    private static String name(Aspect aspect) {
        return CheckCodec.checkName(aspect);
    }
}
