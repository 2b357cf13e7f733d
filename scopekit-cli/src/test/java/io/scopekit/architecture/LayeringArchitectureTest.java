package io.scopekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import io.scopekit.testsupport.ProductionClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Keeps the package layout an honest picture of the architecture: the oracle and the reference runtime are two
 * independent encodings of the documents, the Target SPI knows no adapter, and the core knows no front end.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: reads class files only")
@ResourceLock("LayeringArchitectureTest") // its own fixtures: its methods stay in its thread, in order
class LayeringArchitectureTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.all();

    @Test
    void should_keep_the_oracle_free_of_targets_steps_reports_and_cli() {
        // GIVEN the production classes / WHEN checked / THEN the oracle depends only on specs and the vocabulary
        noClasses().that().resideInAPackage("io.scopekit.oracle..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.scopekit.target..", "io.scopekit.steps..", "io.scopekit.report..", "io.scopekit.cli..")
                .because("the oracle says what must happen; it never depends on adapters or front ends")
                .check(PRODUCTION);
    }

    @Test
    void should_keep_the_reference_runtime_independent_of_the_oracle() {
        noClasses().that().resideInAPackage("io.scopekit.target.reference..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.scopekit.oracle..", "org.drools..", "org.kie..")
                .because("the reference runtime is a second, independent encoding checked against the oracle")
                .check(PRODUCTION);
    }

    @Test
    void should_keep_the_target_spi_free_of_adapters() {
        noClasses().that().resideInAPackage("io.scopekit.target")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.scopekit.target.reference..", "io.scopekit.oracle..", "io.scopekit.steps..",
                        "io.scopekit.report..", "io.scopekit.cli..")
                .because("adapters plug into the SPI through ServiceLoader, not the other way round")
                .check(PRODUCTION);
    }

    @Test
    void should_keep_specs_and_vocabulary_at_the_bottom() {
        noClasses().that().resideInAnyPackage("io.scopekit.spec..", "io.scopekit.consent..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.scopekit.oracle..", "io.scopekit.target..", "io.scopekit.steps..",
                        "io.scopekit.report..", "io.scopekit.cli..")
                .check(PRODUCTION);
    }

    @Test
    void should_use_no_other_package_internals() {
        // GIVEN the production classes / WHEN checked / THEN x.internal is used only by x and its sub-packages
        classes().should(new ArchCondition<JavaClass>("use only their own package's internals") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (!target.startsWith("io.scopekit.") || internal < 0) {
                        continue;
                    }
                    String owner = target.substring(0, internal);
                    String source = item.getPackageName();
                    if (!source.equals(owner) && !source.startsWith(owner + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).because("a package's internals may change without notice; other packages use its public API")
                .check(PRODUCTION);
    }

    @Test
    void should_keep_the_run_engine_free_of_cucumber_and_front_ends() {
        noClasses().that().resideInAPackage("io.scopekit.harness..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.cucumber..", "io.scopekit.steps..", "io.scopekit.report..", "io.scopekit.cli..",
                        "io.scopekit.target.reference..")
                .because("Cucumber scenarios, generated sequences and remote targets all drive the same engine")
                .check(PRODUCTION);
    }

    @Test
    void should_let_the_command_line_reach_scenarios_only_through_the_run_engine() {
        noClasses().that().resideInAPackage("io.scopekit.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.scopekit.steps..")
                .because("verify starts runs through io.scopekit.harness.FeatureRun")
                .check(PRODUCTION);
    }

    @Test
    void should_let_step_definitions_reach_targets_only_through_the_spi() {
        noClasses().that().resideInAPackage("io.scopekit.steps..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.scopekit.target.reference..", "io.scopekit.report..", "io.scopekit.cli..")
                .because("step definitions talk only to the Target SPI")
                .check(PRODUCTION);
    }
}
