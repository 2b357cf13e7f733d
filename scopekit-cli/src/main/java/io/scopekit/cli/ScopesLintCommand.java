package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.privilege.BatchExport;
import io.scopekit.privilege.ExportFormatException;
import io.scopekit.privilege.Finding;
import io.scopekit.privilege.LeastPrivilege;
import io.scopekit.privilege.LintReport;
import io.scopekit.privilege.PlanException;
import io.scopekit.spec.Identity;
import io.scopekit.spec.PermissionModelSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Lints an app's batch export of permissions against planned calls and fields (least privilege). */
@Command(name = "lint", mixinStandardHelpOptions = true)
final class ScopesLintCommand extends PlanCommand {

    @Parameters(index = "0", paramLabel = "EXPORT.json", descriptionKey = "export-json")
    Path file;

    @Override
    public Integer call() {
        PermissionModelSpec model = plan.model();
        String content = exportText();
        LintReport report;
        try {
            BatchExport export = BatchExport.parse(file.toString(), content,
                    model.identities().stream().map(Identity::id).toList());
            report = LeastPrivilege.lint(model, plan.plan(), export);
        } catch (ExportFormatException | PlanException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        print(() -> ScopesJson.lint(model, report), out -> {
            out.println("export " + file + " against " + Plural.count(plan.plan().apis().size(), "planned call", "planned calls")
                    + (plan.plan().fields().isEmpty() ? "" : ", fields " + String.join(", ", plan.plan().fields()))
                    + ", " + report.minimal().identity().id() + " identity, model " + model.id());
            for (Finding f : report.findings()) {
                out.println(f.kind().label() + "  " + f.identity() + "  " + f.subject() + ": " + f.reason());
            }
            out.println(report.findings().isEmpty()
                    ? "clean: every applied permission is needed and every planned call and field is covered"
                    : Plural.count(report.findings().size(), "finding")
                            + "; a minimal set for the plan: " + String.join(", ", report.minimal().keys()));
        });
        return report.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** Reads the export as strict UTF-8: a byte that is not UTF-8 is bad input, not a replacement character. */
    private String exportText() {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw CliFailure.badInput(file + ": no such file (expected a batch export JSON file)");
        } catch (CharacterCodingException e) {
            throw CliFailure.badInput(file + ": not UTF-8 text (expected a batch export JSON file)");
        } catch (IOException e) {
            throw CliFailure.badInput(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
