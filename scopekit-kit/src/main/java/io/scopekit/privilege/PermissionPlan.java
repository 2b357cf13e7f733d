package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Describes what an app plans to do with one token identity: the APIs it calls and the response fields it reads.
 *
 * @param identity identity id of the model, e.g. {@code tenant} or {@code user}
 * @param apis API ids, e.g. {@code contact.v3.users.get}; duplicates are ignored
 * @param fields response field names, e.g. {@code user_id}; each applies to every planned API documenting it
 */
@API(status = EXPERIMENTAL)
public record PermissionPlan(String identity, List<String> apis, List<String> fields) {
    /** Creates the plan; lists are copied without duplicates, keeping order. */
    public PermissionPlan {
        Objects.requireNonNull(identity, "identity");
        apis = apis.stream().distinct().toList();
        fields = fields.stream().distinct().toList();
    }
}
