package io.scopekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import io.scopekit.testsupport.ProductionClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: reads class files only")
@ResourceLock("ConsoleOutputArchitectureTest") // its own fixtures: its methods stay in its thread, in order
class ConsoleOutputArchitectureTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.all();

    @Test
    void should_touch_system_out_and_err_only_in_cli_and_report_packages() {
        // GIVEN / WHEN / THEN
        ArchRule rule = noClasses().that().resideOutsideOfPackages("..cli..", "..report..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("only the command line and reports may write to the console");
        rule.check(PRODUCTION);
    }

    @Test
    void should_keep_the_spec_api_free_of_cli_dependencies() {
        noClasses().that().resideInAPackage("io.scopekit.spec..")
                .should().dependOnClassesThat().resideInAPackage("io.scopekit.cli..")
                .check(PRODUCTION);
    }
}
