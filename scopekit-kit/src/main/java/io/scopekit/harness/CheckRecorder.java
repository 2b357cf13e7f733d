package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckCodec;
import io.scopekit.check.CheckRecord;
import io.scopekit.consent.Aspect;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.target.Observation;
import io.scopekit.target.PortRun;
import io.scopekit.target.Strictness;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * <p>One recorder serves a consent {@link Conversation} ({@link #check}) or a permission-platform
 * {@link PlatformConversation} ({@link #checkPlatform}); both write the same check records.
 */
@API(status = EXPERIMENTAL)
public final class CheckRecorder {
    private final @Nullable Conversation conversation;
    private final @Nullable PlatformConversation platform;
    private final ScenarioLabels labels;
    private final Consumer<CheckRecord> sink;

    /**
     * Creates a recorder for the checks of one conversation.
     *
     * @param labels what the records are filed under
     * @param sink   receives every record, before a failed check throws
     */
    public CheckRecorder(Conversation conversation, ScenarioLabels labels, Consumer<CheckRecord> sink) {
        this(labels, sink, Objects.requireNonNull(conversation, "conversation"), null);
    }

    /**
     * Creates a recorder for the checks of one permission-platform conversation.
     *
     * @param labels what the records are filed under
     * @param sink   receives every record, before a failed check throws
     */
    public CheckRecorder(PlatformConversation platform, ScenarioLabels labels, Consumer<CheckRecord> sink) {
        this(labels, sink, null, Objects.requireNonNull(platform, "platform"));
    }

    /**
     * Creates a recorder for a scenario that may talk to either kind of target; each check reads the conversation
     * of its kind.
     */
    public CheckRecorder(Conversation conversation, PlatformConversation platform, ScenarioLabels labels,
            Consumer<CheckRecord> sink) {
        this(labels, sink, Objects.requireNonNull(conversation, "conversation"),
                Objects.requireNonNull(platform, "platform"));
    }

    private CheckRecorder(ScenarioLabels labels, Consumer<CheckRecord> sink, @Nullable Conversation conversation,
            @Nullable PlatformConversation platform) {
        this.conversation = conversation;
        this.platform = platform;
        this.labels = Objects.requireNonNull(labels, "labels");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Checks one aspect of the consent conversation's last exchange and records the result.
     *
     * @param aspect   the aspect
     * @param stated   what the caller states, or {@code null} when it states that the sources leave it unspecified
     * @param expected reads the oracle's expectation from the decision ({@code null}: the decision has none)
     * @param observed reads the target's observation
     * @param matches  whether an observation matches the expectation, given the target's strictness
     * @return the record, with status {@code passed}, {@code unspecified} or {@code unsupported}
     * @throws AssertionError after recording a {@code failed} check
     * @throws IllegalStateException when this recorder serves no consent conversation
     */
    public <T> CheckRecord check(Aspect aspect, @Nullable T stated, Function<Decision, @Nullable T> expected,
            Function<Observation, @Nullable Object> observed, AspectMatcher<T> matches) {
        if (conversation == null) {
            throw new IllegalStateException("this recorder checks a permission platform, not consent");
        }
        Exchange exchange = conversation.last();
        Decision decision = exchange.decision();
        Where where = conversation.where();
        Subject subject = new Subject(labels.platform() != null ? labels.platform() : where.platform(),
                where.container(), decision.scope() != null ? decision.scope() : exchange.action().scope(),
                CheckCodec.checkName(aspect), decision.firedRules(), decision.unspecified().get(aspect),
                decision.isUnspecified(aspect));
        Strictness strictness = conversation.target().capabilities().getOrDefault(aspect, Strictness.EXACT);
        // A hosted port's native calls are the evidence of a deviation (docs/node-host.md): kept in the note.
        PortRun port = exchange.observation() == null ? null : exchange.observation().portRun();
        return compare(subject, stated, () -> expected.apply(decision), strictness,
                exchange.failedOnTarget() ? exchange.targetError().message() : null,
                () -> observed.apply(exchange.observation()), matches,
                port == null ? null : "port native calls: " + port.evidence());
    }

    /**
     * Checks one aspect of the permission-platform conversation's last exchange and records the result; the
     * record's {@code aspect} is the aspect's lower-case snake_case name ({@code version_status}).
     *
     * @param aspect   the aspect
     * @param stated   what the caller states, or {@code null} when it states that the sources leave it unspecified
     * @param expected reads the oracle's expectation from the decision ({@code null}: the decision has none)
     * @param observed reads the platform's answer
     * @param matches  whether an observation matches the expectation, given the target's strictness
     * @return the record, with status {@code passed}, {@code unspecified} or {@code unsupported}
     * @throws AssertionError after recording a {@code failed} check
     * @throws IllegalStateException when this recorder serves no permission-platform conversation
     */
    public <T> CheckRecord checkPlatform(PermissionAspect aspect, @Nullable T stated,
            Function<PermissionDecision, @Nullable T> expected,
            Function<PlatformObservation, @Nullable Object> observed, AspectMatcher<T> matches) {
        return checkPlatform(aspect, stated, expected, observed, matches, d -> false);
    }

    /**
     * Checks one aspect as {@link #checkPlatform(PermissionAspect, Object, Function, Function, AspectMatcher)} does,
     * comparing it even where the decision leaves the aspect open as a whole when {@code partlyStated} says the
     * decision still states the part the caller reads (e.g. a rejected version's permissions are not enabled while
     * their exact state is unspecified).
     */
    public <T> CheckRecord checkPlatform(PermissionAspect aspect, @Nullable T stated,
            Function<PermissionDecision, @Nullable T> expected,
            Function<PlatformObservation, @Nullable Object> observed, AspectMatcher<T> matches,
            java.util.function.Predicate<PermissionDecision> partlyStated) {
        if (platform == null) {
            throw new IllegalStateException("this recorder checks consent, not a permission platform");
        }
        PlatformExchange exchange = platform.last();
        PermissionDecision decision = exchange.decision();
        Subject subject = new Subject(labels.platform() != null ? labels.platform() : PlatformConversation.MODEL,
                null, PlatformConversation.subject(exchange.request()), checkName(aspect), decision.firedRules(),
                decision.unspecified().get(aspect), decision.isUnspecified(aspect) && !partlyStated.test(decision));
        Strictness strictness = platform.target().capabilities().getOrDefault(aspect, Strictness.EXACT);
        return compare(subject, stated, () -> expected.apply(decision), strictness,
                exchange.failedOnTarget() ? exchange.targetError().message() : null,
                () -> observed.apply(exchange.observation()), matches, null);
    }

    /** Returns the name of a permission aspect in check records: lower case with underscores. */
    public static String checkName(PermissionAspect aspect) {
        return aspect.name().toLowerCase(Locale.ROOT);
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

    private <T> CheckRecord compare(Subject subject, @Nullable T stated, Supplier<@Nullable T> expected,
            Strictness strictness, @Nullable String targetError, Supplier<@Nullable Object> observed,
            AspectMatcher<T> matches, @Nullable String portEvidence) {
        String statedText = stated == null ? "unspecified" : Text.of(stated);
        // Only a failure's message cites the rules; a passing check (nearly all of them) never builds the text.
        Supplier<String> because = () -> Because.of(subject.rules());
        if (subject.unspecified()) {
            String reason = subject.unspecifiedReason();
            if (stated != null) {
                fail(subject, strictness, "unspecified", null, statedText, "kit-defect",
                        "KIT DEFECT: the scenario states " + subject.aspect() + " " + statedText
                                + " but the sources leave it unspecified (" + reason + ")" + because.get());
            }
            // Unjudged, but the evidence is kept: what the target did where the documents are silent.
            return record(subject, strictness, "unspecified", "unspecified", evidence(targetError, observed), statedText, reason);
        }
        T expectation = expected.get();
        String expectedText = expectation == null ? "none" : Text.of(expectation);
        if (stated == null || !Objects.equals(stated, expectation)) {
            fail(subject, strictness, expectedText, null, statedText, "kit-defect",
                    "KIT DEFECT: the scenario states " + subject.aspect() + " " + statedText
                            + " but the oracle expects " + expectedText + because.get());
        }
        if (strictness == Strictness.UNSUPPORTED) {
            return record(subject, strictness, "unsupported", expectedText, null, statedText,
                    "the target declares " + subject.aspect() + " unsupported");
        }
        if (targetError != null) {
            fail(subject, strictness, expectedText, "error: " + targetError, statedText, null,
                    subject.aspect() + ": expected " + expectedText + " but the target raised: " + targetError
                            + because.get());
        }
        Object observation = observed.get();
        String observedText = observation == null ? "none" : Text.of(observation);
        if (!matches.test(expectation, observation, strictness)) {
            fail(subject, strictness, expectedText, observedText, statedText, portEvidence,
                    subject.aspect() + ": expected " + expectedText + " but observed " + observedText + because.get()
                            + (portEvidence == null ? "" : " (" + portEvidence + ")"));
        }
        return record(subject, strictness, "passed", expectedText, observedText, statedText, null);
    }

    private void fail(Subject subject, Strictness strictness, String expected, @Nullable String observed,
            String stated, @Nullable String note, String message) {
        record(subject, strictness, "failed", expected, observed, stated, note);
        throw new AssertionError(message);
    }

    private CheckRecord record(Subject subject, Strictness strictness, String status, String expected,
            @Nullable String observed, String stated, @Nullable String note) {
        // The strictness is recorded so that report verify can derive the status again from the record alone.
        CheckRecord record = new CheckRecord(labels.requirement(), subject.platform(), subject.container(),
                subject.scope(), labels.behaviour(), subject.aspect(), status, expected, observed, stated,
                CheckRecord.Rule.of(subject.rules()), note, strictness.wireName());
        sink.accept(record);
        return record;
    }
}
