package io.scopekit.target.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PermissionTargetFactory;
import org.apiguardian.api.API;

/**
 * Registers the permission-platform side of the HTTP adapter for {@link java.util.ServiceLoader}: an
 * {@code http(s)://} target that says in {@code GET /v1/target} that it serves {@code /v1/platform}.
 */
@API(status = EXPERIMENTAL)
public final class HttpPermissionTargetFactory extends UrlTargetFactory<PermissionTarget>
        implements PermissionTargetFactory {

    /** Creates the factory; called by {@link java.util.ServiceLoader}. */
    public HttpPermissionTargetFactory() {
        super(HttpPermissionTarget::connect);
    }
}
