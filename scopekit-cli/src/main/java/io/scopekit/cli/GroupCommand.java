package io.scopekit.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code specs}, {@code scopes}): run without one it is a usage error (exit
 * 2) naming them in their declared order, taken from the command's own list so the message cannot fall behind it.
 */
// picocli requires a @Command around a @Spec field; each subclass names itself in its own @Command.
@Command
abstract class GroupCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        List<String> names = List.copyOf(spec.subcommands().keySet());
        String last = names.get(names.size() - 1);
        String listed = names.size() == 1 ? last
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + last;
        throw new ParameterException(spec.commandLine(), "missing subcommand (" + listed + ")");
    }
}
