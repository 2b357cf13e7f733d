package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.privilege.Choice;
import io.scopekit.privilege.Coverage;
import io.scopekit.privilege.LeastPrivilege;
import io.scopekit.privilege.Need;
import io.scopekit.privilege.PlanException;
import io.scopekit.spec.PermissionModelSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** Prints a smallest set of permissions covering planned calls and fields, with what each covers and its source. */
@Command(name = "minimal", mixinStandardHelpOptions = true)
final class ScopesMinimalCommand extends PlanCommand {
    @Override
    public Integer call() {
        PermissionModelSpec model = plan.model();
        Coverage coverage;
        try {
            coverage = LeastPrivilege.minimal(model, plan.plan());
        } catch (PlanException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        if (!coverage.exact()) {
            PrintWriter err = command.commandLine().getErr();
            err.println(command.qualifiedName() + ": " + coverage.note() + " (" + coverage.limits()
                    + "); the set covers the plan but may not be minimal");
            err.flush();
        }
        print(() -> ScopesJson.minimal(model, coverage), out -> printText(model, coverage, out));
        return ExitCode.OK;
    }

    static void printText(PermissionModelSpec model, Coverage c, PrintWriter out) {
        out.println("model " + model.id() + ", " + c.identity().id() + " identity (" + c.identity().token() + "), "
                + Plural.count(c.plan().apis().size(), "planned call", "planned calls")
                + (c.plan().fields().isEmpty() ? "" : ", fields " + String.join(", ", c.plan().fields())));
        out.println((c.exact() ? "minimal (exact): " : "greedy approximation, not proven minimal: ")
                + Plural.count(c.chosen().size(), "permission"));
        for (Choice choice : c.chosen()) {
            out.println();
            out.println(choice.permission().id() + "  " + choice.permission().name());
            for (Need n : choice.covers()) {
                out.println("  covers " + n.describe() + " — " + n.requirement() + excluded(n, c.identity().id()));
                out.println("    source: " + ScopesJson.where(model, n.source()) + ": " + n.source().passage());
            }
            if (!choice.replaceableBy().isEmpty()) {
                out.println("  could be replaced by: " + String.join(", ", choice.replaceableBy())
                        + " (the spec does not rank permissions by breadth; ties go to catalog order)");
            }
            out.println("  level: " + choice.permission().levels().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                    + dataScope(choice, c.identity().id()));
            out.println("  defined: " + ScopesJson.where(model, choice.permission().source()));
        }
        if (!c.free().isEmpty()) {
            out.println();
            out.println("no permission needed:");
            for (Need n : c.free()) {
                out.println("  " + n.describe() + " — the spec lists no permission (anyOf: [])");
                out.println("    source: " + ScopesJson.where(model, n.source()) + ": " + n.source().passage());
            }
        }
    }

    private static String excluded(Need n, String identity) {
        List<String> other = n.anyOf().stream().filter(k -> !n.usable().contains(k)).toList();
        return other.isEmpty() ? "" : " (" + String.join(", ", other) + " cannot be held by the " + identity
                + " identity)";
    }

    private static String dataScope(Choice choice, String identity) {
        if (!"tenant".equals(identity)) {
            return "";
        }
        return choice.permission().dataScopeUnderTenant()
                .map(b -> b ? "; needs a configured data scope under tenant tokens" : "")
                .orElse("; whether it needs a data scope under tenant tokens: unspecified");
    }
}
