package io.scopekit.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import io.scopekit.testsupport.ProductionClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Holds the package table of docs/architecture.md: each package depends only on the packages its row names. A
 * change here is a change of the architecture, and the document changes with it.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: reads class files only")
@ResourceLock("ArchitectureLayersTest") // its own fixtures: its methods stay in its thread, in order
class ArchitectureLayersTest {

    private static final JavaClasses PRODUCTION = ProductionClasses.all();

    @Test
    void should_depend_only_as_docs_architecture_md_says_when_the_production_classes_are_imported() {
        // GIVEN the layers of docs/architecture.md / WHEN the production classes are checked / THEN no other arrow
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("io.scopekit.cli..")
                .layer("run").definedBy("io.scopekit.run..")
                .layer("explore").definedBy("io.scopekit.explore..")
                .layer("steps").definedBy("io.scopekit.steps..")
                .layer("domain").definedBy("io.scopekit.domain..")
                .layer("report").definedBy("io.scopekit.report..")
                .layer("site").definedBy("io.scopekit.site..")
                .layer("harness").definedBy("io.scopekit.harness..")
                .layer("check").definedBy("io.scopekit.check..")
                .layer("oracle").definedBy("io.scopekit.oracle..")
                .layer("privilege").definedBy("io.scopekit.privilege..")
                .layer("target.reference").definedBy("io.scopekit.target.reference..")
                .layer("simulator").definedBy("io.scopekit.simulator..")
                .layer("target.simulator").definedBy("io.scopekit.target.simulator..")
                .layer("target.http").definedBy("io.scopekit.target.http..")
                .layer("spec").definedBy("io.scopekit.spec..")
                .layer("target").definedBy("io.scopekit.target")
                .layer("target.permission").definedBy("io.scopekit.target.permission..")
                .layer("content").definedBy("io.scopekit.content..")
                .layer("consent").definedBy("io.scopekit.consent..")
                .layer("permission").definedBy("io.scopekit.permission..")
                .layer("wire").definedBy("io.scopekit.wire..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyAccessLayers("run", "explore", "domain", "site", "report", "harness", "check", "oracle", "privilege",
                        "simulator", "spec", "target", "target.http",
                        "target.permission", "content")
                .whereLayer("run").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("run").mayOnlyAccessLayers("harness", "report", "target", "content")
                .whereLayer("explore").mayOnlyAccessLayers("domain", "harness", "check", "oracle", "spec", "target",
                        "target.permission", "content", "consent", "permission")
                .whereLayer("steps").mayOnlyAccessLayers("domain", "harness", "check", "oracle", "privilege", "target",
                        "target.permission", "consent", "permission")
                .whereLayer("site").mayOnlyAccessLayers("report", "spec", "check", "content", "consent")
                .whereLayer("domain").mayOnlyAccessLayers("harness", "check", "oracle", "spec", "target",
                        "target.permission", "consent", "permission")
                .whereLayer("report").mayOnlyAccessLayers("check")
                .whereLayer("harness").mayOnlyAccessLayers("check", "oracle", "spec", "target",
                        "target.permission")
                .whereLayer("check").mayOnlyAccessLayers("oracle")
                .whereLayer("oracle").mayOnlyAccessLayers("spec", "content", "consent", "permission")
                .whereLayer("privilege").mayOnlyAccessLayers("spec")
                .whereLayer("target.reference").mayOnlyAccessLayers("target", "target.permission", "spec",
                        "consent", "permission")
                .whereLayer("spec").mayOnlyAccessLayers("content", "consent")
                .whereLayer("target").mayOnlyAccessLayers("consent", "wire")
                .whereLayer("target.permission").mayOnlyAccessLayers("target", "permission", "wire")
                .whereLayer("simulator").mayOnlyAccessLayers("oracle", "spec", "permission")
                .whereLayer("target.simulator").mayOnlyAccessLayers("simulator", "target", "target.permission", "spec",
                        "permission")
                .whereLayer("target.http").mayOnlyAccessLayers("target", "target.permission", "consent",
                        "permission")
                .whereLayer("content").mayNotAccessAnyLayer()
                .whereLayer("consent").mayOnlyAccessLayers("wire")
                .whereLayer("permission").mayOnlyAccessLayers("wire")
                .whereLayer("wire").mayNotAccessAnyLayer()
                .whereLayer("wire").mayOnlyBeAccessedByLayers("consent", "permission", "target", "target.permission")
                .check(PRODUCTION);
    }
}
