package io.scopekit.cli;

/**
 * Defines every exit code of the {@code scopekit} command, in one place.
 *
 * <ul>
 *   <li>{@value #OK} OK: success; specs valid, run conformant, no differences.</li>
 *   <li>{@value #FINDINGS} FINDINGS: the command worked and found something: non-conformance, differences.</li>
 *   <li>{@value #BAD_INPUT} BAD_INPUT: bad input or usage: unknown option or id, specs that do not load or lint.</li>
 *   <li>{@value #UNREACHABLE} UNREACHABLE: the target under test could not be reached.</li>
 *   <li>{@value #NOT_FINISHED} NOT_FINISHED: the command did not finish, something ended the JVM (a target calling
 *       {@code System.exit}); there is no verdict.</li>
 *   <li>{@value #REPORT_NOT_WRITTEN} REPORT_NOT_WRITTEN: a report file could not be written; no verdict.</li>
 *   <li>{@value #NOT_JUDGED} NOT_JUDGED: a platform the kit can judge had no check judged (all unsupported).</li>
 *   <li>{@value #NOT_ASSESSED} NOT_ASSESSED: conformant only where assessed; some or all selected platforms have
 *       nothing the kit can judge yet.</li>
 *   <li>{@value #INTERRUPTED} INTERRUPTED: stopped by SIGINT (Ctrl-C) or SIGTERM; the run is marked interrupted.</li>
 *   <li>{@value #INTERNAL} INTERNAL: a bug in ScopeKit (unexpected exception); please report it.</li>
 * </ul>
 */
public final class ExitCode {
    /** Success: ok, conformant, same. */
    public static final int OK = 0;
    /** Findings: non-conformant, different. */
    public static final int FINDINGS = 1;
    /** Bad input or usage (including every picocli usage error and specs that fail to load). */
    public static final int BAD_INPUT = 2;
    /** The target under test is unreachable. */
    public static final int UNREACHABLE = 3;
    /** The command did not finish: something (a target calling System.exit) ended the JVM; no verdict. */
    public static final int NOT_FINISHED = 4;
    /**
     * A report file could not be written (a full disk, a file size limit, no permission): there is no verdict, the
     * run's {@code run.json} says {@code failed} and {@code latest} is not moved.
     */
    public static final int REPORT_NOT_WRITTEN = 5;
    /**
     * Not judged: nothing failed, but on a selected platform where the kit has checks to judge, the target left every
     * one of them unjudged (declared its aspects unsupported); that platform is not conformant.
     */
    public static final int NOT_JUDGED = 6;
    /**
     * Conformant where assessed: every platform that was assessed is conformant, but at least one selected platform
     * was not assessed (the kit has nothing to judge there yet: every check unspecified by the sources), or none was.
     */
    public static final int NOT_ASSESSED = 7;
    /** Stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report Ctrl-C). */
    public static final int INTERRUPTED = 130;
    /** Unexpected internal error (EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCode() {}

    /**
     * Returns the exit code of a verdict ({@code verify}, {@code report merge}); an unreachable target is decided
     * before, by the caller.
     */
    static int of(io.scopekit.report.ConformanceSummary summary) {
        return switch (summary.verdict()) {
            case io.scopekit.report.ConformanceSummary.CONFORMANT -> OK;
            case io.scopekit.report.ConformanceSummary.CONFORMANT_WHERE_ASSESSED,
                    io.scopekit.report.ConformanceSummary.NOT_ASSESSED -> NOT_ASSESSED;
            case io.scopekit.report.ConformanceSummary.NOT_JUDGED -> NOT_JUDGED;
            default -> FINDINGS;
        };
    }
}
