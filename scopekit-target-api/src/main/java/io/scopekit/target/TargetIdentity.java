package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Names a target on reports and certificates.
 *
 * @param name        short name, e.g. {@code reference}
 * @param version     the implementation's version
 * @param description one line saying what it is
 */
@API(status = STABLE, since = "0.1")
public record TargetIdentity(String name, String version, String description) {
    public TargetIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
