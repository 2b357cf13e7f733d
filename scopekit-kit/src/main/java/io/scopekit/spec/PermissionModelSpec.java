package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes the server-side API permissions of an open platform ({@code kind: permission-model}): identities, app
 * types and their review levels, permissions, APIs, error codes and lifecycle rules.
 *
 * @param id model id, e.g. {@code feishu-openplatform}
 * @param name human-readable name
 * @param documents cited documents
 * @param identities identities (token types)
 * @param appTypes app types and their levels
 * @param permissions permissions in file order
 * @param apis APIs in file order
 * @param errors error codes
 * @param rules lifecycle statements by name, in file order
 * @param origin file the spec came from
 */
@API(status = EXPERIMENTAL)
public record PermissionModelSpec(
        String id,
        String name,
        List<Document> documents,
        List<Identity> identities,
        List<AppType> appTypes,
        List<Permission> permissions,
        List<OpenApi> apis,
        List<ErrorCode> errors,
        Map<String, Rule> rules,
        SpecOrigin origin) implements Spec {

    /** Creates the spec; collections are copied preserving order. */
    public PermissionModelSpec {
        documents = List.copyOf(documents);
        identities = List.copyOf(identities);
        appTypes = List.copyOf(appTypes);
        permissions = List.copyOf(permissions);
        apis = List.copyOf(apis);
        errors = List.copyOf(errors);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    @Override
    public SpecKind kind() {
        return SpecKind.PERMISSION_MODEL;
    }

    /** Finds a permission by key. */
    public Optional<Permission> permission(String key) {
        return permissions.stream().filter(p -> p.id().equals(key)).findFirst();
    }

    /** Finds an API by id. */
    public Optional<OpenApi> api(String apiId) {
        return apis.stream().filter(a -> a.id().equals(apiId)).findFirst();
    }

    /** Finds an app type by id. */
    public Optional<AppType> appType(String appTypeId) {
        return appTypes.stream().filter(a -> a.id().equals(appTypeId)).findFirst();
    }

    /** Finds an error by code. */
    public Optional<ErrorCode> error(long code) {
        return errors.stream().filter(e -> e.code() == code).findFirst();
    }

    /**
     * The console's message for an import entry it refuses: the statement {@code importErrorMessage} (seed 001
     * §批量导入权限). The simulator and the reference platform both answer with it, so the text lives in the spec
     * only. A model that states none gets a message saying so rather than an invented platform text.
     */
    public String importErrorMessage() {
        Rule rule = rules.get("importErrorMessage");
        return rule != null && rule.value() instanceof String text ? text
                : "import refused (the permission model " + id + " states no importErrorMessage)";
    }
}
