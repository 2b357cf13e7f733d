package io.scopekit.cli;

import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecView;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows one spec as tables (scopes, behaviour, matrix, permissions) or, with {@code --json}, as a JSON document. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class SpecsShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLATFORM", descriptionKey = "platform")
    String id;

    @Option(names = "--json")
    boolean json;

    @Mixin
    SpecsDirOption specs;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() {
        SpecCatalog catalog = specs.load();
        Spec spec = catalog.spec(id).orElseThrow(() -> CliFailure.badInput("unknown spec '" + id + "' in "
                + specs.describe() + " (valid ids: " + (catalog.ids().isEmpty() ? "none" : String.join(", ", catalog.ids()))
                + ")"));
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(SpecView.json(spec));
        } else {
            SpecView.printText(spec, out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
