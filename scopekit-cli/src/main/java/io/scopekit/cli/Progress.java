package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.oracle.RunawayRulesException;
import io.scopekit.report.Redactor;
import io.scopekit.target.TargetUnreachableException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints run progress on stderr (scenarios done/total, failures so far) and notices an unreachable target.
 *
 * <p>On a terminal one line is rewritten in place; in CI logs a line is printed per tenth of the run so logs
 * stay short.
 */
final class Progress implements TestExecutionListener {

    private final PrintWriter err;
    private final boolean interactive;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile long total;
    private volatile int lastDecile = -1;
    private volatile String unreachable;
    private volatile String kitDefect;
    private volatile boolean frozen;

    Progress(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    private volatile long expected = -1;

    /** The system property the launcher sets to say whether stderr is a terminal ({@code [[ -t 2 ]]}). */
    static final String STDERR_TERMINAL = "scopekit.stderr.terminal";

    /**
     * Returns whether stderr is a terminal, so progress may rewrite one line: the launcher says so; without it the
     * JVM knows only whether a console is attached (stdin and stdout), and a log of stderr must never get
     * {@code \r} lines, so only both at once count.
     */
    static boolean stderrIsTerminal() {
        String said = System.getProperty(STDERR_TERMINAL);
        return said != null ? Boolean.parseBoolean(said) : System.console() != null;
    }

    /** Sets how many scenarios will run, when the plan lists more (Cucumber filters tags while it executes). */
    void expect(long scenarios) {
        expected = scenarios;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        total = expected >= 0 ? expected : plan.countTestIdentifiers(TestIdentifier::isTest);
        err.println("scopekit: running " + Plural.count(total, "scenario"));
        err.flush();
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getThrowable().isPresent()) {
            for (Throwable t = result.getThrowable().get(); t != null; t = t.getCause()) {
                if (t instanceof TargetUnreachableException && unreachable == null) {
                    unreachable = Redactor.redact(t.getMessage());
                    break;
                }
                if (t instanceof RunawayRulesException && kitDefect == null) {
                    kitDefect = t.getMessage();
                    break;
                }
            }
        }
        if (!id.isTest() || frozen) {
            return;
        }
        synchronized (this) {
            if (frozen) {
                return;
            }
            int d = done.incrementAndGet();
            int f = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? failed.get()
                    : failed.incrementAndGet();
            if (interactive) {
                err.print("\rscopekit: " + d + "/" + Plural.count(total, "scenario") + ", " + f + " failed");
                err.flush();
            } else {
                int decile = total == 0 ? 10 : (int) (d * 10 / total);
                if (decile > lastDecile) {
                    lastDecile = decile;
                    err.println("scopekit: " + d + "/" + Plural.count(total, "scenario") + ", " + f + " failed");
                    err.flush();
                }
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (interactive) {
            err.println();
        }
        err.flush();
    }

    int done() {
        return done.get();
    }

    /**
     * Stops counting and returns the scenarios finished so far: when a run is interrupted its threads go on while
     * the record is written, and the console and {@code run.json} must state the same number.
     */
    int freeze() {
        synchronized (this) {
            frozen = true;
            return done.get();
        }
    }

    int failed() {
        return failed.get();
    }

    /** Returns the message of the first kit defect (a runaway rule set) seen, or null. */
    String kitDefect() {
        return kitDefect;
    }

    /** Returns the message of the first TargetUnreachableException seen, or null. */
    String unreachable() {
        return unreachable;
    }
}
