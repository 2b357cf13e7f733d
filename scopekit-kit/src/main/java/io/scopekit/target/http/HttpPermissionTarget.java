package io.scopekit.target.http;

import io.scopekit.permission.PermissionAspect;
import io.scopekit.target.WireExchange;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformControlOperation;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.time.Duration;
import java.util.function.Consumer;

/** The permission-platform side of a protocol target ({@code {base}/v1/platform/...}). */
final class HttpPermissionTarget extends WireTarget<PermissionAspect, PlatformControlOperation>
        implements PermissionTarget {

    private HttpPermissionTarget(Wire wire, Description description, Description.PermissionSide side) {
        super(wire, description.identity(), side.capabilities(), side.controlOperations());
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
    static HttpPermissionTarget connect(String url, Duration timeout, Consumer<WireExchange> probeLog) {
        Wire wire = new Wire(Description.base(url), timeout);
        Description description = Description.probe(wire, probeLog);
        if (description.permission() == null) {
            throw new IllegalArgumentException("no permission-platform target at '" + url + "' (its GET /v1/target "
                    + "has no 'permission' member)");
        }
        return new HttpPermissionTarget(wire, description, description.permission());
    }

    @Override
    public PlatformSession open(PlatformSessionConfig config) {
        return open(Route.OPEN_PLATFORM_SESSION, ProtocolJson.platformConfig(config), WireSession.PLATFORM,
                (id, opening) -> new HttpPlatformSession(wire, id, opening), HttpPlatformSession::new);
    }
}
