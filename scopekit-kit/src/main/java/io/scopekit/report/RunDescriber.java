package io.scopekit.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Describes a run that no command described: what {@link ScopekitReportPlugin} writes to {@code run.json} when it
 * runs inside a build (Maven Surefire, an IDE) rather than under {@code scopekit verify}, so the certificate names
 * the kit, the target and the content there too.
 *
 * <p>Found with {@link java.util.ServiceLoader}; the kit registers one (it needs the run engine, which reports do
 * not depend on).
 */
@API(status = INTERNAL)
public interface RunDescriber {

    /**
     * Returns the description of the run now ending.
     *
     * @param runId     the id the plugin gave the run
     * @param startedAt ISO-8601 UTC start time
     */
    RunInfo describe(String runId, String startedAt);
}
