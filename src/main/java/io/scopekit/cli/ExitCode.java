package io.scopekit.cli;

/** The exit codes shared by every command (README, "Exit codes"). */
public final class ExitCode {
    /** ok / conformant / no differences. */
    public static final int OK = 0;
    /** findings / non-conformant / different. */
    public static final int FINDINGS = 1;
    /** bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** target unreachable. */
    public static final int TARGET_UNREACHABLE = 3;

    private ExitCode() {}
}
