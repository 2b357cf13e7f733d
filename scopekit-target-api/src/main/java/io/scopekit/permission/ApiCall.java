package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Describes one server API call: which app calls which API with which token, asking for which response fields.
 *
 * @param app    the calling app's id
 * @param identity the identity of the token ({@code tenant_access_token} or {@code user_access_token})
 * @param token  what the token is like (valid, missing, invalid, expired)
 * @param owner  for a user token, the user it stands for; {@code null} for a tenant token
 * @param api    the API id of the spec's catalog, e.g. {@code contact.v3.users.get}
 * @param fields the response fields the caller asks for (e.g. {@code user_id}); empty for the API's defaults
 */
@API(status = STABLE, since = "0.1")
public record ApiCall(String app, Identity identity, TokenStatus token, @Nullable String owner, String api,
        List<String> fields) implements PlatformRequest {
    public ApiCall {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(api, "api");
        fields = List.copyOf(fields);
    }

    /** A call with a valid tenant access token. */
    public static ApiCall asTenant(String app, String api, String... fields) {
        return new ApiCall(app, Identity.TENANT, TokenStatus.VALID, null, api, List.of(fields));
    }

    /** A call with a valid user access token of {@code user}. */
    public static ApiCall asUser(String app, String user, String api, String... fields) {
        return new ApiCall(app, Identity.USER, TokenStatus.VALID, user, api, List.of(fields));
    }
}
