package io.scopekit.target.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PermissionTargetFactory;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Registers the permission-platform side of the HTTP adapter for {@link java.util.ServiceLoader}: an
 * {@code http(s)://} target that says in {@code GET /v1/target} that it serves {@code /v1/platform}.
 */
@API(status = EXPERIMENTAL)
public final class HttpPermissionTargetFactory implements PermissionTargetFactory {

    /** Creates the factory; called by {@link java.util.ServiceLoader}. */
    public HttpPermissionTargetFactory() {}

    @Override
    public String name() {
        return "http";
    }

    @Override
    public boolean accepts(String spec) {
        return HttpTargetFactory.isUrl(spec);
    }

    /** Without a URL there is nothing to reach. */
    @Override
    public PermissionTarget create() {
        throw new IllegalArgumentException("target 'http': give the target's URL, e.g. --target http://127.0.0.1:8080");
    }

    @Override
    public PermissionTarget create(String spec, Duration timeout) {
        return HttpPermissionTarget.connect(spec, timeout);
    }
}
