package io.scopekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.scopekit.target.SpiRuleProbe;
import org.junit.jupiter.api.Test;
import io.scopekit.testsupport.ProductionClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Keeps the Target SPI ({@code io.scopekit.target}, without its adapter sub-packages) and the consent vocabulary
 * ({@code io.scopekit.consent}), and likewise the permission SPI ({@code io.scopekit.target.permission}) and its
 * vocabulary ({@code io.scopekit.permission}), free of everything but the JDK, apiguardian and JSpecify, so that the SPI can be
 * spoken over a wire and implemented without the kit's own dependencies (docs/target-api.md).
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: reads class files only")
@ResourceLock("SpiDependenciesArchitectureTest") // its own fixtures: its methods stay in its thread, in order
class SpiDependenciesArchitectureTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.all();

    /** The SPI's rule; {@code "io.scopekit.target"} without {@code ..} leaves {@code target.reference} out. */
    static final ArchRule SPI_DEPENDS_ONLY_ON_JDK_APIGUARDIAN_AND_JSPECIFY = classes()
            .that().resideInAnyPackage("io.scopekit.target", "io.scopekit.consent",
                    "io.scopekit.target.permission", "io.scopekit.permission", "io.scopekit.wire")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.apiguardian.api..", "org.jspecify.annotations..",
                    "io.scopekit.target", "io.scopekit.consent",
                    "io.scopekit.target.permission", "io.scopekit.permission", "io.scopekit.wire")
            .because("the SPI crosses the wire: a host in another language, or a vendor's build, must not need the "
                    + "kit's dependencies to implement it");

    @Test
    void should_depend_only_on_the_jdk_apiguardian_and_jspecify_when_in_the_spi_packages() {
        // GIVEN the production classes / WHEN checked / THEN the SPI and the vocabulary reach nothing else
        SPI_DEPENDS_ONLY_ON_JDK_APIGUARDIAN_AND_JSPECIFY.check(PRODUCTION);
    }

    @Test
    void should_report_a_violation_when_an_spi_class_depends_on_the_kit() {
        // GIVEN a class of the SPI package that reaches into the spec layer (a test class, imported on its own)
        JavaClasses offending = new ClassFileImporter().importClasses(SpiRuleProbe.class);

        // WHEN the same rule is evaluated
        EvaluationResult result = SPI_DEPENDS_ONLY_ON_JDK_APIGUARDIAN_AND_JSPECIFY.evaluate(offending);

        // THEN it reports the dependency, so the rule above is not vacuous
        then(result.hasViolation()).isTrue();
        then(result.getFailureReport().getDetails()).anySatisfy(
                line -> then(line).contains("io.scopekit.spec.SpecCatalog"));
    }
}
