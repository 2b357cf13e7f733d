package io.scopekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the least-privilege commands ({@code scopes minimal}, {@code scopes lint}) share: the plan they judge, the
 * choice between text and one JSON document, and printing it.
 */
// picocli requires a @Command around a @Spec field; each subclass names itself in its own @Command.
@Command
abstract class PlanCommand implements Callable<Integer> {
    @Mixin
    PlanOptions plan;

    @Option(names = "--json", description = "Print a JSON document instead of text.")
    boolean json;

    @Spec
    CommandSpec command;

    /** Prints {@code document} with {@code --json}, else what {@code text} writes; then flushes. */
    final void print(Supplier<String> document, Consumer<PrintWriter> text) {
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(document.get());
        } else {
            text.accept(out);
        }
        out.flush();
    }
}
