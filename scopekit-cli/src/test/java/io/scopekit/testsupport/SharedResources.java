package io.scopekit.testsupport;

/**
 * Keys of {@code @ResourceLock} for what test classes share while they run in parallel (junit-platform.properties):
 * two classes that name the same key never run at the same time.
 */
public final class SharedResources {

    /** {@code ServeCommand.STOP}: the latch a test releases to stop the {@code serve} it started in-process. */
    public static final String SERVE_STOP = "scopekit.ServeCommand.STOP";

    /** The working directory's {@code reports/} (the default report root), which README examples write and read. */
    public static final String WORKING_DIRECTORY_REPORTS = "scopekit.working-directory.reports";

    /** A headless chromium: one at a time, so that a page load is not starved of both cores. */
    public static final String CHROMIUM = "scopekit.chromium";

    private SharedResources() {}
}
