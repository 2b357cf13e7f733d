package io.scopekit.report;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.TestCase;
import io.cucumber.messages.types.TestRunFinished;
import io.cucumber.messages.types.TestRunHookStarted;
import io.cucumber.messages.types.TestRunStarted;
import io.cucumber.messages.types.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Joins the messages streams of shard runs into the stream of one run.
 *
 * <p>Cucumber's HTML and JUnit XML writers expect one {@code meta}, one {@code testRunStarted} and one
 * {@code testRunFinished}; every other envelope is keyed by ids that are unique across runs, so it is kept as
 * it is.
 */
final class ShardStreams {
    private static final Comparator<Timestamp> TIME =
            Comparator.comparing(Timestamp::getSeconds).thenComparing(Timestamp::getNanos);

    private ShardStreams() {}

    static List<Envelope> asOneRun(List<List<Envelope>> shards) {
        Envelope meta = null;
        TestRunStarted start = null;
        List<TestRunFinished> finishes = new ArrayList<>();
        for (List<Envelope> shard : shards) {
            for (Envelope e : shard) {
                if (meta == null && e.getMeta().isPresent()) {
                    meta = e;
                }
                Optional<TestRunStarted> s = e.getTestRunStarted();
                if (s.isPresent() && (start == null || TIME.compare(s.get().getTimestamp(), start.getTimestamp()) < 0)) {
                    start = s.get();
                }
                e.getTestRunFinished().ifPresent(finishes::add);
            }
        }
        String runId = start == null ? null : start.getId().orElse(null);
        List<Envelope> out = new ArrayList<>();
        if (meta != null) {
            out.add(meta);
        }
        if (start != null) {
            out.add(Envelope.of(start));
        }
        for (List<Envelope> shard : shards) {
            for (Envelope e : shard) {
                if (e.getMeta().isPresent() || e.getTestRunStarted().isPresent() || e.getTestRunFinished().isPresent()) {
                    continue;
                }
                out.add(runId == null ? e : repoint(e, runId));
            }
        }
        if (!finishes.isEmpty()) {
            out.add(Envelope.of(finished(finishes, runId)));
        }
        return out;
    }

    private static Envelope repoint(Envelope e, String runId) {
        if (e.getTestCase().isPresent()) {
            TestCase tc = e.getTestCase().get();
            return Envelope.of(new TestCase(tc.getId(), tc.getPickleId(), tc.getTestSteps(), runId));
        }
        if (e.getTestRunHookStarted().isPresent()) {
            TestRunHookStarted h = e.getTestRunHookStarted().get();
            return Envelope.of(new TestRunHookStarted(h.getId(), runId, h.getHookId(), h.getWorkerId().orElse(null),
                    h.getTimestamp()));
        }
        return e;
    }

    private static TestRunFinished finished(List<TestRunFinished> finishes, String runId) {
        TestRunFinished last = finishes.stream().max(Comparator.comparing(TestRunFinished::getTimestamp, TIME))
                .orElseThrow();
        TestRunFinished firstFailure = finishes.stream().filter(f -> !Boolean.TRUE.equals(f.getSuccess()))
                .findFirst().orElse(null);
        return firstFailure == null
                ? new TestRunFinished(null, true, last.getTimestamp(), null, runId)
                : new TestRunFinished(firstFailure.getMessage().orElse(null), false, last.getTimestamp(),
                        firstFailure.getException().orElse(null), runId);
    }
}
