package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Names where a conversation runs: a platform spec id, the container of a port, and the app kind.
 *
 * @param platform  platform spec id
 * @param container port container id, or {@code null} on a client platform
 * @param appKind   app kind id, e.g. {@code mini-program} or {@code mini-game}
 */
@API(status = EXPERIMENTAL)
public record Where(String platform, @Nullable String container, String appKind) {
    /** The spec id of the {@code @uni/authorize} port. */
    public static final String UNI_AUTHORIZE = "uni-authorize";

    public Where {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(appKind, "appKind");
    }

    /** Returns the {@code @uni/authorize} port running in {@code container}. */
    public static Where uniAuthorize(String container) {
        return new Where(UNI_AUTHORIZE, Objects.requireNonNull(container, "container"), "mini-program");
    }

    public String describe() {
        return platform + (container == null ? "" : " in container " + container);
    }
}
