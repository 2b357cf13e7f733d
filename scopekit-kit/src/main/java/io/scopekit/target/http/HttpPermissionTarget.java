package io.scopekit.target.http;

import io.scopekit.permission.PermissionAspect;
import io.scopekit.target.Strictness;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.WireExchange;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformControlOperation;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** The permission-platform side of a protocol target ({@code {base}/v1/platform/...}). */
final class HttpPermissionTarget extends WireTarget implements PermissionTarget {
    private final TargetIdentity identity;
    private final Description.PermissionSide side;

    private HttpPermissionTarget(Wire wire, TargetIdentity identity, Description.PermissionSide side) {
        super(wire);
        this.identity = identity;
        this.side = side;
    }

    /**
     * Connects to the target at {@code url}.
     *
     * @throws IllegalArgumentException when the target serves no permission platform (or the URL is not one)
     * @throws io.scopekit.target.TargetUnreachableException when it gives no good description
     */
    static HttpPermissionTarget connect(String url, Duration timeout) {
        return connect(url, timeout, exchange -> {});
    }

    /** Connects as {@link #connect(String, Duration)} does, handing the probe's exchange to {@code probeLog}. */
    static HttpPermissionTarget connect(String url, Duration timeout, java.util.function.Consumer<WireExchange> probeLog) {
        Wire wire = new Wire(Description.base(url), timeout);
        Description description = Description.probe(wire, probeLog);
        if (description.permission() == null) {
            throw new IllegalArgumentException("no permission-platform target at '" + url + "' (its GET /v1/target "
                    + "has no 'permission' member)");
        }
        return new HttpPermissionTarget(wire, description.identity(), description.permission());
    }

    @Override
    public TargetIdentity identity() {
        return identity;
    }

    @Override
    public Map<PermissionAspect, Strictness> capabilities() {
        return side.capabilities();
    }

    @Override
    public Set<PlatformControlOperation> controlOperations() {
        return side.controlOperations();
    }

    @Override
    public PlatformSession open(PlatformSessionConfig config) {
        ObjectNode body = ProtocolJson.body();
        body.set("config", ProtocolJson.platformConfig(config));
        return open(Route.OPEN_PLATFORM_SESSION, body, WireSession.PLATFORM,
                (id, opening) -> new HttpPlatformSession(wire, id, opening), HttpPlatformSession::new);
    }
}
