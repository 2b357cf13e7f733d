package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Holds the result of linting a batch export against a plan.
 *
 * @param export the export
 * @param needs the plan's requirements that need a permission
 * @param findings every finding, in export order then requirement order; empty when the export is least privilege
 * @param minimal a smallest set covering the plan, for comparison
 */
@API(status = EXPERIMENTAL)
public record LintReport(BatchExport export, List<Need> needs, List<Finding> findings, Coverage minimal) {
    /** Creates the report; lists are copied. */
    public LintReport {
        needs = List.copyOf(needs);
        findings = List.copyOf(findings);
    }
}
