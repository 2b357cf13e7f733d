package io.scopekit.cli;

import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Validates every spec (schema and cross-references); prints a summary, or every finding on stderr and exits
 * {@link ExitCode#BAD_INPUT}.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Validate specs against the schemas and cross-reference checks.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all specs valid", "2:findings (printed on stderr as file:line:column: message)"})
final class SpecsLintCommand implements Callable<Integer> {

    @Mixin
    SpecsDirOption specs;

    @picocli.CommandLine.Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SpecCatalog catalog = specs.load();
        int scopes = 0;
        int apis = 0;
        int permissions = 0;
        for (Spec s : catalog.specs()) {
            if (s instanceof ClientPlatformSpec p) {
                scopes += p.scopes().size();
                apis += p.scopes().stream().mapToInt(x -> x.apis().size()).sum();
            } else if (s instanceof PortMatrixSpec m) {
                scopes += m.scopes().size();
                apis += m.scopes().stream().mapToInt(x -> x.apis().size()).sum();
            } else if (s instanceof PermissionModelSpec m) {
                apis += m.apis().size();
                permissions += m.permissions().size();
            }
        }
        spec.commandLine().getOut().printf("OK: %d specs, %d scopes, %d APIs, %d permissions%n",
                catalog.size(), scopes, apis, permissions);
        return ExitCode.OK;
    }
}
