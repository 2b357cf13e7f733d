package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.report.Reports;
import io.scopekit.report.RunInfo;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Makes sure a {@code scopekit} process never ends with a verdict it did not reach.
 *
 * <p>A target or step that calls {@code System.exit(0)} would otherwise end the JVM with 0 — a green CI job with no
 * summary. Java 17+ has no usable SecurityManager to forbid the call, so a shutdown hook notices that the command
 * did not finish, says why (and who called {@code System.exit}), and halts with {@link ExitCode#NOT_FINISHED}.
 * SIGINT and SIGTERM are caught the same way: the run's record is marked interrupted, unfinished temp files are
 * removed, {@code latest} is not moved, and the process exits {@link ExitCode#INTERRUPTED}.
 */
final class RunGuard {
    private static volatile boolean installed;
    private static volatile boolean finished;
    private static volatile String signal;
    private static volatile Path runDir;
    private static volatile RunInfo runInfo;
    private static volatile Progress progress;

    private RunGuard() {}

    /** Installs the hook and the signal handlers; for {@link Main#main} only, never for in-process runs. */
    static void install() {
        installed = true;
        Runtime.getRuntime().addShutdownHook(new Thread(RunGuard::onShutdown, "scopekit-run-guard"));
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                    signal = "SIG" + s.getName();
                    // exit from another thread: the signal thread must return for the hooks to run
                    new Thread(() -> System.exit(ExitCode.INTERRUPTED), "scopekit-signal").start();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // a platform without this signal: the default handling stays
            }
        }
    }

    /** The command returned normally: the JVM may now exit with its code. */
    static void finished() {
        finished = true;
    }

    static void running(Path dir, RunInfo info, Progress p) {
        runDir = dir;
        runInfo = info;
        progress = p;
    }

    static void ended() {
        runDir = null;
        runInfo = null;
        progress = null;
    }

    private static void onShutdown() {
        // before anything that may halt the JVM: a Node host (and a port spinning in it) must not outlive the kit
        NodeHostProcess.killAll();
        if (!installed || finished) {
            return;
        }
        // System.err may be a PrintWriter's target that a target replaced; write to the original descriptor too.
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        Path dir = runDir;
        RunInfo info = runInfo;
        Progress p = progress;
        // One count for both the record and the console line: scenarios still finish while this hook runs.
        int finishedScenarios = p == null ? 0 : p.freeze();
        if (dir != null && info != null) {
            try {
                Reports.removeUnfinishedWrites(dir);
                Reports.writeRunInfo(dir, info.ended(RunInfo.INTERRUPTED, finishedScenarios));
            } catch (java.io.IOException | RuntimeException e) {
                err.println("scopekit: could not mark " + dir + " as interrupted: " + e);
            }
        }
        String where = dir == null ? "" : "; run " + dir + " is marked interrupted ("
                + Plural.count(finishedScenarios, "scenario") + " finished), " + Reports.LATEST + " not moved";
        if (signal != null) {
            err.println("scopekit: interrupted by " + signal + where);
            err.flush();
            Runtime.getRuntime().halt(ExitCode.INTERRUPTED);
        }
        err.println("scopekit: the command did not finish: the JVM is exiting before a verdict"
                + exitCaller() + where + " (exit " + ExitCode.NOT_FINISHED + ")");
        err.flush();
        Runtime.getRuntime().halt(ExitCode.NOT_FINISHED);
    }

    /** Names the code that called System.exit: its thread is waiting in Shutdown while hooks run. */
    private static String exitCaller() {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = e.getValue();
            for (int i = 0; i < stack.length - 1; i++) {
                if (stack[i].getClassName().equals("java.lang.Runtime") && stack[i].getMethodName().equals("exit")) {
                    int caller = i + 1;
                    if (caller < stack.length && stack[caller].getClassName().equals("java.lang.System")) {
                        caller++;
                    }
                    if (caller < stack.length) {
                        StackTraceElement at = stack[caller];
                        return ": System.exit was called by " + at.getClassName() + "." + at.getMethodName() + "("
                                + at.getFileName() + ":" + at.getLineNumber() + ") (thread " + e.getKey().getName() + ")";
                    }
                }
            }
        }
        return "";
    }
}
