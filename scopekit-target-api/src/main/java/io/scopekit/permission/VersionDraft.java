package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds the fields of a version as the developer saves it (seed 001 §步骤三：正式发布应用: 应用版本号、更新说明、
 * 权限变更、可用范围、申请理由).
 *
 * @param number       the version number, e.g. {@code 1.0.0}
 * @param notes        the update notes (更新说明)
 * @param changes      the permission changes the version carries (权限变更)
 * @param availability who may use the app (可用范围): user or department ids; empty when not edited
 * @param reason       the reason for the reviewers (申请理由); {@code null} when none was given
 */
@API(status = STABLE, since = "0.1")
public record VersionDraft(
        String number, String notes, List<PermissionRef> changes, List<String> availability, @Nullable String reason) {
    public VersionDraft {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(notes, "notes");
        changes = List.copyOf(changes);
        availability = List.copyOf(availability);
    }
}
