package io.scopekit.simulator.internal;

import io.scopekit.simulator.AccessDecisions;
import io.scopekit.simulator.AdminRoute;
import io.scopekit.simulator.SimRequest;
import io.scopekit.simulator.SimResponse;
import io.scopekit.simulator.SimulatorAdmin;
import io.scopekit.simulator.SimulatorAdminException;
import io.scopekit.simulator.SimulatorConfig;
import io.scopekit.spec.PermissionModelSpec;
import java.time.Clock;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated platform: the one handler every request goes through (in-process and over HTTP). It sends a request
 * to the part that serves it — the admin API ({@link AdminRoutes} over {@link WorldAdmin}), the token issuer
 * ({@link TokenIssuer}) or the Feishu data plane ({@link FeishuApis}) — all over one {@link World}.
 */
public final class Platform {

    private final World world;
    private final WorldAdmin admin;
    private final AdminRoutes adminRoutes;
    private final TokenIssuer tokens;
    private final FeishuApis apis;

    /** Creates the platform for a configuration. */
    public Platform(PermissionModelSpec model, SimulatorConfig config, AccessDecisions decisions, Clock clock) {
        FeishuErrors errors = new FeishuErrors(model);
        this.world = new World(config);
        this.admin = new WorldAdmin(model, world, decisions);
        this.adminRoutes = new AdminRoutes(admin);
        this.tokens = new TokenIssuer(model, world, errors, clock);
        this.apis = new FeishuApis(model, world, tokens, decisions, errors);
    }

    /** Handles one request; never throws for bad input, which is answered with an error body. */
    public SimResponse handle(SimRequest request) {
        try {
            if (request.path().startsWith(AdminRoute.PREFIX)) {
                return adminRoutes.handle(request);
            }
            SimResponse token = tokens.handle(request);
            return token != null ? token : apis.handle(request);
        } catch (SimulatorAdminException e) {
            return refusal(e);
        }
    }

    /** The admin API in-process: the same operations the HTTP paths under {@code /scopekit/admin/} serve. */
    public SimulatorAdmin admin() {
        return admin;
    }

    /** A refusal as the admin API answers it; a refused batch import lists each refused permission. */
    private static SimResponse refusal(SimulatorAdminException e) {
        if (e.details().isEmpty()) {
            return FeishuErrors.admin(e.status(), e.msg());
        }
        ObjectNode out = FeishuErrors.JSON.createObjectNode();
        out.put("code", e.code());
        out.put("msg", e.msg());
        ArrayNode list = out.putObject("error").putArray("details");
        e.details().forEach(p -> list.addObject().put("key", "scope").put("value", p));
        return new SimResponse(e.status(), FeishuErrors.JSON.writeValueAsString(out));
    }

    /** For tests and the target: the app's applications by identity and state. */
    public Optional<String> describeApp(String appId) {
        AppState app = world.app(appId);
        if (app == null) {
            return Optional.empty();
        }
        synchronized (app) {
            return Optional.of(FeishuErrors.JSON.writeValueAsString(app.describe()));
        }
    }
}
