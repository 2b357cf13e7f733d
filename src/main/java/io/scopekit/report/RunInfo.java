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
 */
@API(status = EXPERIMENTAL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunInfo(
        String runId, String kitVersion, String startedAt, TargetInfo target, String tags, String shard,
        String waivers, List<FileHash> files) {

    public RunInfo {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /**
     * Names the target on the certificate.
     *
     * @param name        short name
     * @param version     implementation version
     * @param description one line
     * @param spec        what was passed as {@code --target}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TargetInfo(String name, String version, String description, String spec) {}

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
