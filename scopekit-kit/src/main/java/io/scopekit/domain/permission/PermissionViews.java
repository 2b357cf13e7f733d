package io.scopekit.domain.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.permission.Identity;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reduces what a permission platform reports to the values its checks compare; the Gherkin steps and generated
 * sequences read an observation the same way, so one reading lives here.
 */
@API(status = EXPERIMENTAL)
public final class PermissionViews {

    private PermissionViews() {}

    /** Returns the state {@code o} reports for {@code ref}; a permission it does not list was never applied for. */
    public static PermissionState observedState(PlatformObservation o, PermissionRef ref) {
        return o.states().stream().filter(s -> s.ref().equals(ref)).map(PermissionStatus::state)
                .findFirst().orElse(PermissionState.NOT_APPLIED);
    }

    /** Returns the list of {@code identity}'s tab, or {@code null} when there are no lists or no such tab. */
    public static @Nullable List<String> tab(@Nullable ScopeLists lists, Identity identity) {
        return lists == null ? null : lists.of(identity);
    }

    /** Returns an export as {@code tenant=[...] user=[...]} with each tab sorted, so the order of keys never matters. */
    public static @Nullable String normalise(@Nullable ScopesExport export) {
        if (export == null) {
            return null;
        }
        return "tenant=" + sorted(export.scopes().tenant()) + " user=" + sorted(export.scopes().user());
    }

    /** Returns the non-null values sorted, or {@code null} for no list. */
    public static @Nullable List<String> sorted(@Nullable List<String> values) {
        return values == null ? null : values.stream().filter(Objects::nonNull).sorted().toList();
    }
}
