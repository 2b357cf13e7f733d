package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Names an identity an open-platform API is called as, and its access token.
 *
 * @param id identity id, e.g. {@code tenant}
 * @param token token type, e.g. {@code tenant_access_token}
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record Identity(String id, String token, Source source) {}
