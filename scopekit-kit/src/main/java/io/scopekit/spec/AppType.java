package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

/**
 * Describes a type of open-platform app ({@code custom} or {@code store}) and its permission levels.
 *
 * @param id app type id
 * @param levels its levels
 */
@API(status = EXPERIMENTAL)
public record AppType(String id, List<PermissionLevel> levels) {
    /** Creates the app type; the list is copied. */
    public AppType {
        levels = List.copyOf(levels);
    }

    /** Finds a level by id. */
    public Optional<PermissionLevel> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }
}
