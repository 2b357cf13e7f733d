package io.scopekit.target.http;

import io.scopekit.permission.PermissionAspect;
import io.scopekit.target.Strictness;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.WireExchange;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformControlOperation;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The permission-platform side of a protocol target ({@code {base}/v1/platform/...}). */
final class HttpPermissionTarget implements PermissionTarget, io.scopekit.target.Reachability {
    private final Wire wire;
    private final TargetIdentity identity;
    private final Description.PermissionSide side;

    // The probe's calls, made before this target was built, are not calls of the run.
    private final Tally atStart;

    @Override
    public Tally callsSinceStart() {
        Tally now = wire.tally();
        return new Tally(now.calls() - atStart.calls(), now.failedToConnect() - atStart.failedToConnect());
    }

    private HttpPermissionTarget(Wire wire, TargetIdentity identity, Description.PermissionSide side) {
        this.atStart = wire.tally();
        this.wire = wire;
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
        List<WireExchange> opening = new ArrayList<>();
        ObjectNode body = ProtocolJson.body();
        body.set("config", ProtocolJson.platformConfig(config));
        PlatformError error;
        try {
            JsonNode answer = wire.call("POST", "/v1/platform/sessions", body, "platform-open-session.response",
                    opening::add);
            JsonNode e = answer.get("error");
            if (e == null || e.isNull()) {
                return new HttpPlatformSession(wire, ProtocolJson.text(answer, "session"), opening);
            }
            error = ProtocolJson.platformError(e);
            error = new PlatformError(error.kind(), "opening the session: " + error.message());
        } catch (Wire.ProtocolFault fault) {
            error = PlatformError.internal(fault.getMessage());
        }
        return new HttpPlatformSession(error, opening);
    }
}
