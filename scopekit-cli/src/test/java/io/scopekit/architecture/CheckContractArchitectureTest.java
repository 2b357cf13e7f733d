package io.scopekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import io.scopekit.testsupport.ProductionClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Keeps the check contract (docs/harness-contract.md) where both of its sides can reach it: below the step
 * definitions that write check records, the reports that read them and the command line that prints
 * explanations, and in one Jackson major.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: reads class files only")
@ResourceLock("CheckContractArchitectureTest") // its own fixtures: its methods stay in its thread, in order
class CheckContractArchitectureTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.all();

    @Test
    void should_keep_the_check_contract_below_steps_reports_cli_and_targets() {
        // GIVEN the production classes / WHEN checked / THEN the contract knows only oracle values and vocabulary
        noClasses().that().resideInAPackage("io.scopekit.check..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.scopekit.steps..", "io.scopekit.harness..", "io.scopekit.report..", "io.scopekit.cli..",
                        "io.scopekit.target..")
                .because("the writer (steps) and the readers (report, cli) of check records both depend on it")
                .check(PRODUCTION);
    }

    @Test
    void should_use_only_the_oracles_public_api_in_the_check_contract() {
        noClasses().that().resideInAPackage("io.scopekit.check..")
                .should().dependOnClassesThat().resideInAnyPackage("io.scopekit.oracle.internal..", "org.drools..",
                        "org.kie..", "io.cucumber..")
                .because("a check record is plain data that any runner can write, with or without Cucumber")
                .check(PRODUCTION);
    }

    @Test
    void should_write_and_read_json_with_jackson_3_everywhere_in_the_kit() {
        noClasses().that().resideInAnyPackage("io.scopekit..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..",
                        "com.fasterxml.jackson.dataformat..")
                .because("the kit's own code uses one Jackson major (3, tools.jackson); only the annotations keep "
                        + "their com.fasterxml.jackson.annotation package, which Jackson 3 shares")
                .check(PRODUCTION);
    }

    @Test
    void should_read_check_records_in_reports_only_through_the_codec() {
        noClasses().that().resideInAPackage("io.scopekit.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.scopekit.steps..", "io.scopekit.harness..")
                .because("reports know check records from io.scopekit.check, not from the code that writes them")
                .check(PRODUCTION);
    }
}
