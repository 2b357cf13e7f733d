package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.permission.AppState;
import io.scopekit.permission.PlatformRequest;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Describes one app's state on an open platform and the request about to happen.
 *
 * @param model   permission-model spec id, e.g. {@code feishu-openplatform}
 * @param app     the state of the app the request concerns
 * @param request what happens; its {@code app()} must be {@code app.id()}
 */
@API(status = EXPERIMENTAL)
public record PermissionSituation(String model, AppState app, PlatformRequest request) {
    public PermissionSituation {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(request, "request");
        if (!request.app().equals(app.id())) {
            throw new IllegalArgumentException("the request concerns app '" + request.app()
                    + "' but the situation describes app '" + app.id() + "'");
        }
    }
}
