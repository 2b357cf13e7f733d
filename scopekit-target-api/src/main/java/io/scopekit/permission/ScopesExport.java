package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Holds the batch export/import document as the kit's target protocol carries it,
 * {@code {"scopes":{"tenant":[...],"user":[...]}}}. Seed 001 §批量导入导出 API 权限 shows the console's format only as a
 * screenshot, so only the lists by identity are judged, not this shape.
 *
 * @param scopes the permission keys by identity
 */
@API(status = EXPERIMENTAL)
public record ScopesExport(ScopeLists scopes) {
    public ScopesExport {
        Objects.requireNonNull(scopes, "scopes");
    }
}
