package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecCounts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Validates every spec (schema and cross-references); prints a summary, or every finding on stderr and exits
 * {@link ExitCode#BAD_INPUT}.
 */
@Command(name = "lint", mixinStandardHelpOptions = true)
final class SpecsLintCommand implements Callable<Integer> {

    @Mixin
    SpecsDirOption specs;

    @picocli.CommandLine.Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SpecCounts counts = specs.load().counts();
        if (counts.specs() == 0) {
            // Nothing validated is not "all valid": a wrong path must not pass CI.
            throw CliFailure.badInput(specs.describe() + ": no spec files (expected *.yaml platform specs directly "
                    + "in this folder)");
        }
        spec.commandLine().getOut().println("OK: " + Plural.count(counts.specs(), "spec") + ", "
                + Plural.count(counts.scopes(), "scope") + ", " + Plural.count(counts.apis(), "API") + ", "
                + Plural.count(counts.permissions(), "permission"));
        return ExitCode.OK;
    }
}
