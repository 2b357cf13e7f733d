package io.scopekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import io.scopekit.testsupport.ProductionClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 18: the engine, the check contract, the reports and the command line (with {@code run}, its kit part) are
 * the same for every domain, so a third domain is one package set beside {@code consent} and {@code permission} and
 * no edit to them. They may therefore name neither domain's vocabulary ({@code io.scopekit.consent}, {@code io.scopekit.permission}),
 * nor use a domain's package or oracle facade (the second rule; a test-only third domain,
 * {@code ThirdDomainAcceptanceTest}, shows what that leaves a domain to bring).
 *
 * <p>The rule was frozen while the engine still named the domains (471 violations in 16 classes at first); the last
 * ones went when the explanation types and their JSON moved to the domain packages and {@code explain} began to
 * dispatch through {@code domain.Domains}, so it is now checked plainly: any class of these packages that names a
 * domain's vocabulary fails the build.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: reads class files only")
@ResourceLock("DomainNeutralEngineArchitectureTest") // its own fixtures: its methods stay in its thread, in order
class DomainNeutralEngineArchitectureTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.all();

    static final ArchRule ENGINE_NAMES_NO_DOMAIN = noClasses()
            .that().resideInAnyPackage("io.scopekit.harness..", "io.scopekit.check..", "io.scopekit.report..",
                    "io.scopekit.run..", "io.scopekit.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.scopekit.consent..", "io.scopekit.permission..")
            .because("a domain is one package set (vocabulary, rules, SPI, reference, steps); the engine, the check "
                    + "contract, the reports and the CLI serve every domain without naming one (issue 18)");

    /**
     * What a domain brings besides its vocabulary: its package under {@code domain} and its oracle facade with the
     * facade's situation and decision types. The engine reaches them only through the neutral contracts
     * ({@code harness.RunResource} keys the domain holds, {@code harness.RunDomain}, {@code domain.Explainer},
     * {@code domain.Domains}); the shared oracle types ({@code FiredRule}, {@code RulesInvalidException},
     * {@code RunawayRulesException}) and the two vendor SPIs ({@code target}, {@code target.permission}, which
     * {@code serve} and the certificate's probe speak as the protocol defines them) stay allowed.
     */
    static final ArchRule ENGINE_USES_NO_DOMAIN_PACKAGE_OR_ORACLE_FACADE = noClasses()
            .that().resideInAnyPackage("io.scopekit.harness..", "io.scopekit.check..", "io.scopekit.report..",
                    "io.scopekit.run..", "io.scopekit.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.scopekit.domain.consent..",
                    "io.scopekit.domain.permission..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.ConsentOracle")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.ConsentOracles")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.Situation")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.Situations")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.Decision")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.PermissionOracle")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.PermissionOracles")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.PermissionSituation")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.PermissionSituations")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.scopekit.oracle.PermissionDecision")
            .because("a third domain is its own package set and one registration; harness, check, report, run and "
                    + "cli hold each domain's parts by neutral keys and contracts, so they need no edit for it "
                    + "(issue 18, docs/architecture.md \"A new domain\")");

    @Test
    void should_use_no_domain_package_or_oracle_facade_when_the_engine_check_report_run_and_cli_classes_are_checked() {
        // GIVEN the production classes / WHEN the engine, check, report, run and cli classes are checked
        // THEN none depends on domain.consent, domain.permission or a domain's oracle facade
        ENGINE_USES_NO_DOMAIN_PACKAGE_OR_ORACLE_FACADE.check(PRODUCTION);
    }

    @Test
    void should_catch_a_harness_class_when_it_uses_an_oracle_facade() throws ClassNotFoundException {
        // GIVEN a harness class (a test fixture) that names the consent oracle facade, as RunResources did
        JavaClasses fixture = new ClassFileImporter().importClasses(
                Class.forName("io.scopekit.harness.OracleFacadeUserFixture"));

        // WHEN the rule checks it / THEN it fails naming the facade
        thenThrownBy(() -> ENGINE_USES_NO_DOMAIN_PACKAGE_OR_ORACLE_FACADE.check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("io.scopekit.oracle.ConsentOracle");
    }

    @Test
    void should_name_no_domain_vocabulary_when_the_engine_check_report_and_cli_classes_are_checked() {
        // GIVEN the production classes / WHEN the engine, check, report and cli classes are checked
        // THEN none depends on io.scopekit.consent or io.scopekit.permission
        ENGINE_NAMES_NO_DOMAIN.check(PRODUCTION);
    }
}
