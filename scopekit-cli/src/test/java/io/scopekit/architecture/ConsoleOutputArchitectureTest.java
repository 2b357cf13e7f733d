package io.scopekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class ConsoleOutputArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.scopekit");

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
