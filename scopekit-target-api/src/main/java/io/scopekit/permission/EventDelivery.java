package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Asks whether a change event of a document reaches an app's subscription (seed 001 §权限类型: subscribing with a
 * tenant or user token needs a permission of that identity; a tenant-token subscription only sees documents the app
 * owns or manages, a user-token one those that user owns or manages).
 *
 * @param app        the subscribing app
 * @param identity   the identity the subscription was made with
 * @param subscriber for a user-token subscription, the user; {@code null} for a tenant token
 * @param owners     who owns or manages the changed document: app ids and user ids
 * @param anyOf      the permissions the event's own page lists (any one suffices, as for an API's 权限要求); empty
 *                   when the situation does not say which the event needs (seed 001 names none)
 */
@API(status = STABLE, since = "0.1")
public record EventDelivery(String app, Identity identity, @Nullable String subscriber, List<String> owners,
        List<String> anyOf) implements PlatformRequest {
    public EventDelivery {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(identity, "identity");
        owners = List.copyOf(owners);
        anyOf = List.copyOf(anyOf);
    }

    /** An event whose permissions the situation does not name. */
    public EventDelivery(String app, Identity identity, @Nullable String subscriber, List<String> owners) {
        this(app, identity, subscriber, owners, List.of());
    }
}
