package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Lists permission keys by identity, as the batch import/export JSON does ({@code {"tenant":[...],"user":[...]}}).
 *
 * <p>In an import result a {@code null} list is an identity tab that is not shown: seed 001 §批量导入权限, "若此次
 * 导入权限不涉及某个身份类型，则不会展示该类型页签".
 *
 * @param tenant tenant-identity permission keys; {@code null} when absent
 * @param user   user-identity permission keys; {@code null} when absent
 */
@API(status = EXPERIMENTAL)
public record ScopeLists(@Nullable List<String> tenant, @Nullable List<String> user) {
    public ScopeLists {
        tenant = tenant == null ? null : List.copyOf(tenant);
        user = user == null ? null : List.copyOf(user);
    }

    /** Returns the list of {@code identity}, or {@code null} when absent. */
    public @Nullable List<String> of(Identity identity) {
        return identity == Identity.TENANT ? tenant : user;
    }
}
