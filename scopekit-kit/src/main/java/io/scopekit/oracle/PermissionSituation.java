package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.LifecycleStep;
import io.scopekit.permission.PlatformRequest;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Describes one app's state on an open platform and the request about to happen.
 *
 * @param model   permission-model spec id, e.g. {@code feishu-openplatform}
 * @param app     the state of the app the request concerns
 * @param request what happens; its {@code app()} must be {@code app.id()}
 * @param plan    the calls the app plans (API and identity), against which least privilege (seed 001
 *                §权限申请原则) judges an export; empty for every other request
 */
@API(status = EXPERIMENTAL)
public record PermissionSituation(String model, AppState app, PlatformRequest request, List<ApiCall> plan) {
    public PermissionSituation {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(request, "request");
        plan = plan == null ? List.of() : List.copyOf(plan);
        if (!request.app().equals(app.id())) {
            throw new IllegalArgumentException("the request concerns app '" + request.app()
                    + "' but the situation describes app '" + app.id() + "'");
        }
        if (!plan.isEmpty() && !(request instanceof LifecycleAction a && a.step() == LifecycleStep.EXPORT)) {
            throw new IllegalArgumentException("a plan is judged against an export only, not " + request);
        }
    }

    /** A situation without a plan. */
    public PermissionSituation(String model, AppState app, PlatformRequest request) {
        this(model, app, request, List.of());
    }
}
