package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Holds the batch export/import document, {@code {"scopes":{"tenant":[...],"user":[...]}}} (seed 001 §批量导入导出
 * API 权限; the format of the console's 导出 tab).
 *
 * @param scopes the permission keys by identity
 */
@API(status = EXPERIMENTAL)
public record ScopesExport(ScopeLists scopes) {
    public ScopesExport {
        Objects.requireNonNull(scopes, "scopes");
    }
}
