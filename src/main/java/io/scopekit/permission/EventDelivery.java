package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Asks whether a change event of a document reaches an app's subscription (seed 001 §权限类型: a subscription made
 * with a tenant token only sees documents the app owns or manages; with a user token, those that user owns or
 * manages).
 *
 * @param app        the subscribing app
 * @param identity   the identity the subscription was made with
 * @param subscriber for a user-token subscription, the user; {@code null} for a tenant token
 * @param owners     who owns or manages the changed document: app ids and user ids
 */
@API(status = EXPERIMENTAL)
public record EventDelivery(String app, Identity identity, @Nullable String subscriber, List<String> owners)
        implements PlatformRequest {
    public EventDelivery {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(identity, "identity");
        owners = List.copyOf(owners);
    }
}
