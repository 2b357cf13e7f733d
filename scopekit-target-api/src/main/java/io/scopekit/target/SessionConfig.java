package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Describes who and where a session runs: platform, app kind, client version, user and device.
 *
 * @param platform      platform spec id, e.g. {@code feishu-gadget}, {@code wechat-minigame}, {@code uni-authorize}
 * @param container     for a port (spec kind {@code port-matrix}) the container it runs in, e.g. {@code alipay};
 *                      {@code null} otherwise
 * @param appKind       {@code mini-program} or {@code mini-game}
 * @param clientVersion the host client's version (e.g. Feishu {@code 5.21}); {@code null} when it does not matter
 * @param app           the app (mini-program) id
 * @param user          the user id
 * @param device        the device id
 */
@API(status = STABLE, since = "0.1")
public record SessionConfig(
        String platform, @Nullable String container, String appKind, @Nullable String clientVersion, String app,
        String user, String device) {

    public SessionConfig {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(appKind, "appKind");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(device, "device");
    }
}
