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
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Prints the structural diff of two specs directories, one line per change.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:same", "1:different", "2:either side fails to load"})
final class SpecsDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD_DIR", description = "Specs directory before.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW_DIR", description = "Specs directory after.")
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
