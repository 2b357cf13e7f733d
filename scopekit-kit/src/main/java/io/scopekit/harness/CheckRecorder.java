package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckRecord;
import io.scopekit.oracle.FiredRule;
import io.scopekit.target.Strictness;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Compares one aspect of a conversation's last exchange three ways — what the caller states, what the oracle
 * decided, what the target observed — and records the result as a {@link CheckRecord}.
 *
 * <p>Every comparison is recorded, passed or not, and handed to the sink before a failure is thrown, so the
 * reports hold the evidence of failed checks too. A statement that contradicts the oracle is a defect of the kit
 * itself: the message starts with {@code KIT DEFECT:} and the record's note is {@code kit-defect}.
 *
 * <p>A recorder is typed by its domain: it reads the conversation ({@link CheckSource}) it was made for, and reads
 * every domain's aspects the same way ({@link CheckedExchange}).
 *
 * @param <A> the domain's aspect type
 * @param <D> the domain's decision type
 * @param <O> the domain's observation type
 */
@API(status = EXPERIMENTAL)
public final class CheckRecorder<A, D, O> {
    private final CheckSource<A, D, O> conversation;
    private final ScenarioLabels labels;
    private final Consumer<CheckRecord> sink;
    private final boolean passesRecorded;

    /**
     * Creates a recorder for the checks of one conversation.
     *
     * @param labels what the records are filed under
     * @param sink   receives every record, before a failed check throws
     */
    public CheckRecorder(CheckSource<A, D, O> conversation, ScenarioLabels labels, Consumer<CheckRecord> sink) {
        this(conversation, labels, sink, true);
    }

    private CheckRecorder(CheckSource<A, D, O> conversation, ScenarioLabels labels, Consumer<CheckRecord> sink,
            boolean passesRecorded) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.passesRecorded = passesRecorded;
    }

    /**
     * Returns a recorder that compares every check the same way but builds and hands to {@code sink} only the record
     * of a failed check; the others return {@code null}. For generated sequences (explore), which keep only the
     * failure and would otherwise render the texts of every passing check of every step.
     */
    public static <A, D, O> CheckRecorder<A, D, O> failuresOnly(CheckSource<A, D, O> conversation,
            ScenarioLabels labels, Consumer<CheckRecord> sink) {
        return new CheckRecorder<>(conversation, labels, sink, false);
    }

    /**
     * Checks one aspect of the conversation's last exchange and records the result.
     *
     * @param aspect   the aspect
     * @param stated   what the caller states, or {@code null} when it states that the sources leave it unspecified
     * @param expected reads the oracle's expectation from the decision ({@code null}: the decision has none)
     * @param observed reads the target's observation
     * @param matches  whether an observation matches the expectation, given the target's strictness
     * @return the record, with status {@code passed}, {@code unspecified} or {@code unsupported}; {@code null} from a
     *     {@link #failuresOnly} recorder
     * @throws AssertionError after recording a {@code failed} check
     */
    public <T> @Nullable CheckRecord check(A aspect, @Nullable T stated, Function<D, @Nullable T> expected,
            Function<O, @Nullable Object> observed, AspectMatcher<T> matches) {
        return check(aspect, stated, expected, observed, matches, d -> false);
    }

    /**
     * Checks one aspect as {@link #check(Object, Object, Function, Function, AspectMatcher)} does, comparing it even
     * where the decision leaves the aspect open as a whole when {@code partlyStated} says the decision still states
     * the part the caller reads (e.g. a rejected version's permissions are not enabled while their exact state is
     * unspecified).
     */
    public <T> @Nullable CheckRecord check(A aspect, @Nullable T stated, Function<D, @Nullable T> expected,
            Function<O, @Nullable Object> observed, AspectMatcher<T> matches, Predicate<D> partlyStated) {
        CheckedExchange<D, O> last = conversation.lastFor(aspect);
        D decision = last.decision();
        Subject subject = new Subject(labels.platform() != null ? labels.platform() : last.platform(),
                last.container(), last.scope(), last.aspect(), last.rules(), last.unspecifiedReason(),
                last.unspecified() && !partlyStated.test(decision));
        return compare(subject, stated, () -> expected.apply(decision), last.strictness(), last.targetError(),
                () -> observed.apply(last.observation()), matches, last.evidence());
    }

    /** What one check is about, whichever kind of conversation it reads. */
    private record Subject(String platform, @Nullable String container, @Nullable String scope, String aspect,
            List<FiredRule> rules, @Nullable String unspecifiedReason, boolean unspecified) {}

    /** The observation as recorded text: {@code error: …} when the target raised an error, {@code none} when empty. */
    private static String evidence(@Nullable String targetError, Supplier<@Nullable Object> observed) {
        if (targetError != null) {
            return "error: " + targetError;
        }
        Object observation = observed.get();
        return observation == null ? "none" : Text.of(observation);
    }

    private <T> @Nullable CheckRecord compare(Subject subject, @Nullable T stated, Supplier<@Nullable T> expected,
            Strictness strictness, @Nullable String targetError, Supplier<@Nullable Object> observed,
            AspectMatcher<T> matches, @Nullable String portEvidence) {
        // Only a failure's message cites the rules; a passing check (nearly all of them) never builds the text.
        Supplier<String> because = () -> Because.of(subject.rules());
        if (subject.unspecified()) {
            String reason = subject.unspecifiedReason();
            if (stated != null) {
                String statedText = Text.of(stated);
                fail(subject, strictness, "unspecified", null, statedText, "kit-defect",
                        "KIT DEFECT: the scenario states " + subject.aspect() + " " + statedText
                                + " but the sources leave it unspecified (" + reason + ")" + because.get());
            }
            if (!passesRecorded) {
                return null;
            }
            // Unjudged, but the evidence is kept: what the target did where the documents are silent.
            return record(subject, strictness, "unspecified", "unspecified", evidence(targetError, observed),
                    stated(stated), reason);
        }
        T expectation = expected.get();
        if (stated == null || !Objects.equals(stated, expectation)) {
            String expectedText = expected(expectation);
            String statedText = stated(stated);
            fail(subject, strictness, expectedText, null, statedText, "kit-defect",
                    "KIT DEFECT: the scenario states " + subject.aspect() + " " + statedText
                            + " but the oracle expects " + expectedText + because.get());
        }
        if (strictness == Strictness.UNSUPPORTED) {
            return !passesRecorded ? null : record(subject, strictness, "unsupported", expected(expectation), null,
                    stated(stated), "the target declares " + subject.aspect() + " unsupported");
        }
        if (targetError != null) {
            String expectedText = expected(expectation);
            fail(subject, strictness, expectedText, "error: " + targetError, stated(stated), null,
                    subject.aspect() + ": expected " + expectedText + " but the target raised: " + targetError
                            + because.get());
        }
        Object observation = observed.get();
        if (!matches.test(expectation, observation, strictness)) {
            String expectedText = expected(expectation);
            String observedText = observed(observation);
            fail(subject, strictness, expectedText, observedText, stated(stated), portEvidence,
                    subject.aspect() + ": expected " + expectedText + " but observed " + observedText + because.get()
                            + (portEvidence == null ? "" : " (" + portEvidence + ")"));
        }
        return !passesRecorded ? null : record(subject, strictness, "passed", expected(expectation),
                observed(observation), stated(stated), null);
    }

    private static String stated(@Nullable Object stated) {
        return stated == null ? "unspecified" : Text.of(stated);
    }

    private static String expected(@Nullable Object expectation) {
        return expectation == null ? "none" : Text.of(expectation);
    }

    private static String observed(@Nullable Object observation) {
        return observation == null ? "none" : Text.of(observation);
    }

    private void fail(Subject subject, Strictness strictness, String expected, @Nullable String observed,
            String stated, @Nullable String note, String message) {
        record(subject, strictness, "failed", expected, observed, stated, note);
        throw new AssertionError(message);
    }

    // Spelt once: every check records its strictness.
    private static final String[] STRICTNESS = java.util.Arrays.stream(Strictness.values()).map(Strictness::wireName)
            .toArray(String[]::new);

    private CheckRecord record(Subject subject, Strictness strictness, String status, String expected,
            @Nullable String observed, String stated, @Nullable String note) {
        // The strictness is recorded so that report verify can derive the status again from the record alone.
        CheckRecord record = new CheckRecord(labels.requirement(), subject.platform(), subject.container(),
                subject.scope(), labels.behaviour(), subject.aspect(), status, expected, observed, stated,
                CheckRecord.Rule.of(subject.rules()), note, STRICTNESS[strictness.ordinal()]);
        sink.accept(record);
        return record;
    }
}
