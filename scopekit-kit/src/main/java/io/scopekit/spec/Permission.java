package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes an open-platform API permission: who may hold it and its level per app type.
 *
 * @param id the permission key, e.g. {@code contact:user.base:readonly}
 * @param name display name
 * @param identities ids of identities that may hold it
 * @param levels app type id to level id, or {@link #UNKNOWN_LEVEL}
 * @param userTokenDebugFree review-free debugging with the developer's user_access_token; empty when the documents
 *        do not say
 * @param dataScopeUnderTenant needs a configured data scope under tenant tokens; empty when the documents do not say
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record Permission(
        String id, String name, List<String> identities, Map<String, String> levels, Optional<Boolean> userTokenDebugFree,
        Optional<Boolean> dataScopeUnderTenant, Source source) {

    /** The level value used when the documents do not say. */
    public static final String UNKNOWN_LEVEL = "unknown";

    /** Creates the permission; collections are copied preserving order. */
    public Permission {
        identities = List.copyOf(identities);
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
}
