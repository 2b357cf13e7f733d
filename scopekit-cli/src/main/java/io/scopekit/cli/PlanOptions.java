package io.scopekit.cli;

import io.scopekit.privilege.PermissionPlan;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The plan options shared by {@code scopes minimal} and {@code scopes lint}: APIs, fields, identity, model. */
final class PlanOptions {
    @Option(names = "--api", paramLabel = "API", required = true,
            description = "A planned call, by API id (repeatable), e.g. contact.v3.users.get.")
    List<String> apis = new ArrayList<>();

    @Option(names = "--field", paramLabel = "FIELD",
            description = "A response field the app reads (repeatable), e.g. user_id; applies to every planned API "
                    + "whose spec entry has a field requirement for it.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--identity", paramLabel = "IDENTITY", defaultValue = "tenant",
            description = "Token identity of the calls: tenant (tenant_access_token) or user (user_access_token); "
                    + "default: ${DEFAULT-VALUE}.")
    String identity;

    @Option(names = "--model", paramLabel = "ID",
            description = "Permission model id (default: the only permission model of the specs).")
    String model;

    @Mixin
    SpecsDirOption specs;

    PermissionPlan plan() {
        return new PermissionPlan(identity, apis, fields);
    }

    PermissionModelSpec model() {
        SpecCatalog catalog = specs.load();
        List<PermissionModelSpec> models = catalog.permissionModels();
        String ids = models.isEmpty() ? "none" : models.stream().map(PermissionModelSpec::id)
                .collect(Collectors.joining(", "));
        if (model != null) {
            return catalog.permissionModel(model).orElseThrow(() -> CliFailure.badInput("unknown permission model '"
                    + model + "' in " + specs.describe() + " (expected one of: " + ids + ")"));
        }
        if (models.size() != 1) {
            throw CliFailure.badInput(specs.describe() + " hold " + models.size() + " permission models ("
                    + ids + "); expected exactly one, or name it with --model");
        }
        return models.get(0);
    }
}
