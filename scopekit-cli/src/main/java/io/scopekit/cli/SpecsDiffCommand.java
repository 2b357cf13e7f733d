package io.scopekit.cli;

import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** Prints the structural differences between two specs directories, one line per change. */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class SpecsDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD_DIR", descriptionKey = "old-dir")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW_DIR", descriptionKey = "new-dir")
    Path after;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() {
        SpecCatalog a = SpecCatalog.load(before);
        SpecCatalog b = SpecCatalog.load(after);
        List<String> changes = SpecDiff.between(a, b);
        PrintWriter out = command.commandLine().getOut();
        changes.forEach(out::println);
        if (changes.isEmpty()) {
            out.println("no differences between " + before + " and " + after);
        }
        out.flush();
        return changes.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
