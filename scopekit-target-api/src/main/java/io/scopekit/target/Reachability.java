package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Says whether a target across a wire was lost after it started: a target that answered the start-up probe and
 * then died makes every later call fail to connect, and that is an unreachable target, not a non-conformant one.
 */
@API(status = EXPERIMENTAL)
public interface Reachability {

    /**
     * Returns how many calls were made after the start-up probe, and how many of them failed to connect (refused,
     * reset, closed or timed out before an answer began).
     */
    Tally callsSinceStart();

    /**
     * Counts calls to a target.
     *
     * @param calls           calls made
     * @param failedToConnect calls that failed to connect
     */
    record Tally(long calls, long failedToConnect) {
        /** Returns true when calls were made and every one of them failed to connect. */
        public boolean lost() {
            return calls > 0 && failedToConnect == calls;
        }

        /** Adds {@code other}. */
        public Tally plus(Tally other) {
            return new Tally(calls + other.calls, failedToConnect + other.failedToConnect);
        }
    }
}
