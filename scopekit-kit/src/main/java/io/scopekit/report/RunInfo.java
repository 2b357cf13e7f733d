package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Records what a run used, as written to {@code run.json} next to the messages stream: the inputs of the
 * certificate that the messages stream does not carry.
 *
 * @param runId      the run's id
 * @param kitVersion ScopeKit version
 * @param startedAt  ISO-8601 UTC start time
 * @param target     the target's identity
 * @param tags       the effective Cucumber tag expression, or {@code null}
 * @param shard      {@code K/N} or {@code null}
 * @param waivers    the waivers file, or {@code null}
 * @param files      SHA-256 of every spec, rule and feature file used
 * @param status     {@value #RUNNING} while the run goes on, {@value #COMPLETE} once its messages stream is
 *                   finished, {@value #INTERRUPTED} when it was stopped; {@code null} in records of older kits
 * @param scenarios  scenarios finished (retries left out) when complete or interrupted, else {@code null}
 */
@API(status = EXPERIMENTAL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunInfo(
        String runId, String kitVersion, String startedAt, TargetInfo target, String tags, String shard,
        String waivers, List<FileHash> files, String status, Integer scenarios) {

    /** The run is still going (or died without a word). */
    public static final String RUNNING = "running";
    /** The run finished and its messages stream holds every scenario it counted. */
    public static final String COMPLETE = "complete";
    /** The run was stopped (SIGTERM, Ctrl-C, the run timeout) before it finished. */
    public static final String INTERRUPTED = "interrupted";
    /** A report file could not be written (disk full, file size limit): the run has no verdict. */
    public static final String FAILED = "failed";

    public RunInfo {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Describes a run that has just started. */
    public RunInfo(String runId, String kitVersion, String startedAt, TargetInfo target, String tags, String shard,
            String waivers, List<FileHash> files) {
        this(runId, kitVersion, startedAt, target, tags, shard, waivers, files, RUNNING, null);
    }

    /** Returns this record with the run's end state and the number of scenarios it finished. */
    public RunInfo ended(String endStatus, int finishedScenarios) {
        return new RunInfo(runId, kitVersion, startedAt, target, tags, shard, waivers, files, endStatus,
                finishedScenarios);
    }

    /**
     * Names the target on the certificate.
     *
     * @param name        short name
     * @param version     implementation version
     * @param description one line
     * @param spec        what was passed as {@code --target}
     * @param platforms   the platforms the target declares it implements ({@code Target.coverage()}); {@code null}
     *                    when it declares none (every platform), and in records of older kits
     * @param containers  the containers of a port it declares ({@code null}: every one); the port's scenarios in
     *                    other containers are not run
     * @param appKinds    the app kinds it declares ({@code null}: every one); platforms of other app kinds are not run
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record TargetInfo(String name, String version, String description, String spec,
            @org.jspecify.annotations.Nullable List<String> platforms,
            @org.jspecify.annotations.Nullable List<String> containers,
            @org.jspecify.annotations.Nullable List<String> appKinds) {
        public TargetInfo {
            platforms = orNull(platforms);
            containers = orNull(containers);
            appKinds = orNull(appKinds);
        }

        /** Names a target that declares platforms only (every container and app kind of them). */
        public TargetInfo(String name, String version, String description, String spec,
                @org.jspecify.annotations.Nullable List<String> platforms) {
            this(name, version, description, spec, platforms, null, null);
        }

        /** Names a target that declares no platforms (it implements every one). */
        public TargetInfo(String name, String version, String description, String spec) {
            this(name, version, description, spec, null);
        }

        private static @org.jspecify.annotations.Nullable List<String> orNull(
                @org.jspecify.annotations.Nullable List<String> values) {
            return values == null || values.isEmpty() ? null : List.copyOf(values);
        }
    }

    /**
     * Fingerprints one file the run used.
     *
     * @param kind   {@code spec}, {@code rule} or {@code feature}
     * @param path   path relative to its kit directory
     * @param sha256 lower-case hex SHA-256 of the content
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileHash(String kind, String path, String sha256) {}
}
