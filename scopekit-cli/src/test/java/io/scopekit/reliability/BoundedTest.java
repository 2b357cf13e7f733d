package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.harness.Bounded;
import io.scopekit.harness.Deadline;
import io.scopekit.harness.TimedOutException;
import io.scopekit.harness.Timeouts;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The engine's bound on calls into code the kit does not control. */
class BoundedTest {

    @Test
    @Timeout(10)
    void should_throw_with_the_elapsed_time_when_a_call_blocks_past_its_deadline() {
        // GIVEN a call that never returns
        try (Bounded bounded = new Bounded("test")) {
            // WHEN it is bounded by 200 ms
            Deadline deadline = Deadline.after(Duration.ofMillis(200), "step timeout");
            Throwable t = catchThrowable(() -> bounded.call(deadline,
                    "calling wx.startRecord", () -> {
                        new CountDownLatch(1).await();
                        return null;
                    }));

            // THEN it times out, saying what, how long and which bound
            then(t).isInstanceOf(TimedOutException.class)
                    .hasMessageMatching("timed out after \\d+\\.\\d s calling wx.startRecord \\(step timeout 200ms\\)");
            // AND it gave up only once the deadline had passed; the elapsed time counts from the call, which
            // starts a little after the deadline was set, so it may read just under the bound
            then(deadline.expired()).isTrue();
            then(((TimedOutException) t).elapsed()).isGreaterThan(Duration.ofMillis(100));

            // AND the next call runs on a fresh thread
            then(bounded.call(Deadline.after(Duration.ofSeconds(5), "step timeout"), "next", () -> "ok"))
                    .isEqualTo("ok");
        }
    }

    @Test
    void should_run_every_call_of_one_instance_on_the_same_thread() {
        try (Bounded bounded = new Bounded("test")) {
            Deadline d = Deadline.after(Duration.ofSeconds(5), "step timeout");
            Thread first = bounded.call(d, "a", Thread::currentThread);
            then(bounded.call(d, "b", Thread::currentThread)).isSameAs(first).isNotSameAs(Thread.currentThread());
        }
    }

    @Test
    void should_rethrow_what_the_call_throws_unchanged() {
        try (Bounded bounded = new Bounded("test")) {
            IllegalStateException boom = new IllegalStateException("boom");
            then(catchThrowable(() -> bounded.call(Deadline.after(Duration.ofSeconds(5), "step timeout"), "x",
                    () -> {
                        throw boom;
                    }))).isSameAs(boom);
        }
    }

    @Test
    void should_pick_the_earliest_deadline() {
        Deadline step = Deadline.after(Duration.ofSeconds(30), "step timeout");
        Deadline scenario = Deadline.after(Duration.ofMillis(10), "scenario timeout");
        then(Deadline.earliest(step, scenario).name()).isEqualTo("scenario timeout");
    }

    @Test
    void should_parse_and_format_timeouts_and_reject_others() {
        then(Timeouts.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        then(Timeouts.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        then(Timeouts.format(Duration.ofSeconds(90))).isEqualTo("90s");
        then(Timeouts.defaults()).isEqualTo(new Timeouts(Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(30)));
        then(catchThrowable(() -> Timeouts.parse("0s"))).hasMessageContaining("500ms, 30s, 2m or 1h");
        then(catchThrowable(() -> Timeouts.parse("soon"))).isInstanceOf(IllegalArgumentException.class);
    }
}
