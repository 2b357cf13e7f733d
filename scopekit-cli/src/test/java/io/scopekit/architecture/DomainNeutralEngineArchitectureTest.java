package io.scopekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;
import io.scopekit.testsupport.ProductionClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 18: the engine, the check contract, the reports and the command line are the same for every domain, so a
 * third domain is one package set beside {@code consent} and {@code permission} and no edit to them. They may
 * therefore name neither domain's vocabulary ({@code io.scopekit.consent}, {@code io.scopekit.permission}).
 *
 * <p>The rule is frozen ({@link FreezingArchRule}): the violations that stood when it was written are listed in
 * {@code scopekit-cli/src/test/archunit-store/} and tolerated, every new one fails the build, and every one removed leaves the
 * store for good (ArchUnit rewrites the store when a recorded violation is gone, and never adds to it unless run with
 * {@code -Darchunit.freeze.refreeze=true}, which a change must not do). The store only shrinks; when it is empty the
 * freeze goes.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: reads class files only")
@ResourceLock("DomainNeutralEngineArchitectureTest") // its own fixtures: its methods stay in its thread, in order
class DomainNeutralEngineArchitectureTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.all();

    static final ArchRule ENGINE_NAMES_NO_DOMAIN = noClasses()
            .that().resideInAnyPackage("io.scopekit.harness..", "io.scopekit.check..", "io.scopekit.report..",
                    "io.scopekit.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.scopekit.consent..", "io.scopekit.permission..")
            .because("a domain is one package set (vocabulary, rules, SPI, reference, steps); the engine, the check "
                    + "contract, the reports and the CLI serve every domain without naming one (issue 18)");

    @Test
    void should_name_no_domain_vocabulary_in_engine_check_report_and_cli_beyond_the_frozen_violations() {
        // GIVEN the production classes / WHEN checked / THEN no violation beyond those in the shrinking store
        FreezingArchRule.freeze(ENGINE_NAMES_NO_DOMAIN).check(PRODUCTION);
    }
}
