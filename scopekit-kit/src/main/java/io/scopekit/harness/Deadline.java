package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * A point in time by which something must be done, with the bound it came from (for messages).
 *
 * <p>Monotonic ({@link System#nanoTime()}), so a clock change cannot stretch or shorten a timeout.
 *
 * @param endNanos  when it expires, in {@link System#nanoTime()} terms
 * @param limit     the bound it was made from
 * @param name      what the bound is called in messages, e.g. {@code step timeout}
 */
@API(status = EXPERIMENTAL)
public record Deadline(long endNanos, Duration limit, String name) {

    /** Returns a deadline {@code limit} from now, called {@code name} in messages. */
    public static Deadline after(Duration limit, String name) {
        long nanos = limit.toNanos();
        long now = System.nanoTime();
        // A bound of centuries must not overflow into the past.
        long end = nanos > Long.MAX_VALUE - now - 1 ? Long.MAX_VALUE : now + nanos;
        return new Deadline(end, limit, name);
    }

    /** Returns the earliest of {@code first} and {@code others}: the bound that applies. */
    public static Deadline earliest(Deadline first, Deadline... others) {
        Deadline min = first;
        for (Deadline d : others) {
            if (d != null && d.endNanos - min.endNanos < 0) {
                min = d;
            }
        }
        return min;
    }

    /** Returns how long is left; zero once expired. */
    public Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** Returns true once the deadline has passed. */
    public boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** Says the bound in words, e.g. {@code step timeout 30s}. */
    public String describe() {
        return name + " " + Timeouts.format(limit);
    }
}
