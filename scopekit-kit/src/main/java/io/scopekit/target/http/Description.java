package io.scopekit.target.http;

import io.scopekit.consent.Aspect;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.Coverage;
import io.scopekit.target.Strictness;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetUnreachableException;
import io.scopekit.target.WireExchange;
import io.scopekit.target.permission.PlatformControlOperation;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a target says about itself at {@code GET {base}/v1/target}: the answer the kit probes before any scenario.
 *
 * @param coverage   the platforms (containers, app kinds) it implements; {@link Coverage#EVERYTHING} when it says none
 * @param permission the permission-platform side; {@code null} when the target does not serve it
 */
record Description(TargetIdentity identity, Map<Aspect, Strictness> capabilities,
        Set<ControlOperation> controlOperations, Coverage coverage, @Nullable PermissionSide permission) {

    /** The permission-platform side of a target. */
    record PermissionSide(Map<PermissionAspect, Strictness> capabilities,
            Set<PlatformControlOperation> controlOperations) {}

    /**
     * Asks the target at {@code wire} to describe itself.
     *
     * @throws TargetUnreachableException with a one-line reason when there is no good answer
     */
    static Description probe(Wire wire, Consumer<WireExchange> log) {
        JsonNode n;
        try {
            n = wire.call(Route.DESCRIBE, null, log);
        } catch (Wire.ProtocolFault fault) {
            throw new TargetUnreachableException(fault.getMessage());
        }
        try {
            JsonNode p = n.get("permission");
            PermissionSide side = p == null || p.isNull() ? null
                    : new PermissionSide(ProtocolJson.permissionCapabilities(p.get("capabilities")),
                            ProtocolJson.platformOperations(p.get("controlOperations")));
            Set<ControlOperation> operations = ProtocolJson.operations(n.get("controlOperations"));
            // Scripting answers is required of every target, whether or not it says so.
            operations.add(ControlOperation.SCRIPT_ANSWERS);
            return new Description(ProtocolJson.identity(n.get("identity")),
                    ProtocolJson.capabilities(n.get("capabilities")), operations,
                    ProtocolJson.coverage(n.get("coverage")), side);
        } catch (RuntimeException e) {
            throw new TargetUnreachableException("GET /v1/target: the answer cannot be read: " + e.getMessage());
        }
    }

    /** Parses the {@code --target} URL: http or https, a host, no query or fragment; the base keeps its path. */
    static URI base(String spec) {
        URI uri;
        try {
            uri = URI.create(spec.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target '" + spec + "' is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("target '" + spec + "': expected http(s)://host:port[/base]");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("target '" + spec + "': a base URL has no query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }
}
