package io.scopekit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.PortMatrixSpec;
import org.junit.jupiter.api.Test;

/**
 * Keeps the spec layer's own structure: the content reader at the bottom, and each spec kind in one unit ({@code spec.internal.*Kind}): loading, diffing and the specs commands reach a
 * kind's model only through its unit, so a new kind is one new unit and nothing else branches on the kind.
 */
class SpecLayerArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.scopekit.spec", "io.scopekit.cli");

    @Test
    void should_reach_the_model_of_a_kind_only_from_its_unit_when_loading_and_diffing_specs() {
        // GIVEN the production classes / WHEN checked / THEN only the units know the kinds' records
        noClasses().that().resideInAPackage("io.scopekit.spec.internal")
                .and(not(simpleNameEndingWith("Kind")))
                .should().dependOnClassesThat().belongToAnyOf(
                        ClientPlatformSpec.class, PortMatrixSpec.class, PermissionModelSpec.class)
                .because("each spec kind's binding, checks, diff and rendering live in its SpecKindUnit")
                .check(PRODUCTION);
    }

    @Test
    void should_keep_the_content_reader_at_the_bottom_with_only_the_jdk_and_apiguardian() {
        // GIVEN the content package / WHEN checked / THEN spec, oracle and cli can all use it
        classes().that().resideInAPackage("io.scopekit.content..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.scopekit.content..", "java..", "org.apiguardian..", "org.jspecify..")
                .because("the one reader of kit content sits below every layer that reads content")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.scopekit.content"));
    }

    @Test
    void should_keep_the_specs_commands_and_the_diff_free_of_kind_branches() {
        noClasses().that().haveSimpleNameStartingWith("Specs").and().resideInAPackage("io.scopekit.cli")
                .or().haveFullyQualifiedName("io.scopekit.spec.SpecDiff")
                .or().haveFullyQualifiedName("io.scopekit.spec.SpecView")
                .should().dependOnClassesThat().belongToAnyOf(
                        ClientPlatformSpec.class, PortMatrixSpec.class, PermissionModelSpec.class)
                .because("specs show, lint and diff ask the unit of the spec's kind")
                .check(PRODUCTION);
    }
}
