package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Reports that a bounded call did not finish in time; the message says what was waited for, how long, and which
 * bound ended the wait.
 */
@API(status = EXPERIMENTAL)
public final class TimedOutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration elapsed;
    private final transient Deadline deadline;

    /** Creates the exception for {@code what}, which was given up after {@code elapsed} under {@code deadline}. */
    public TimedOutException(String what, Duration elapsed, Deadline deadline) {
        // "what: no ..." would read as a key/value pair to the redactor (my.getAuthCode: no): the time comes first.
        super("timed out after " + seconds(elapsed) + " " + what + " (" + deadline.describe() + ")");
        this.elapsed = elapsed;
        this.deadline = deadline;
    }

    /** Returns how long was waited. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Returns the bound that ended the wait. */
    public Deadline deadline() {
        return deadline;
    }

    /** Writes a duration as seconds with one decimal, e.g. {@code 1.0 s}. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
