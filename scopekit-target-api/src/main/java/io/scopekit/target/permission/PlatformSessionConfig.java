package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Describes which platform a session plays.
 *
 * @param model the permission-model spec id, e.g. {@code feishu-openplatform}
 */
@API(status = STABLE, since = "0.1")
public record PlatformSessionConfig(String model) {
    public PlatformSessionConfig {
        Objects.requireNonNull(model, "model");
    }
}
