package io.scopekit.architecture;

import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.scopekit.testsupport.ProductionClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The architecture tests import {@code io.scopekit} from the class path of the cli module, the one module that has
 * every other on it. This holds that import to the production classes of all four modules, so that a rule cannot
 * pass because a module's classes were missing.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: reads class files only")
@ResourceLock("ModulesOnClassPathTest") // its own fixtures: its methods stay in its thread, in order
class ModulesOnClassPathTest {

    /** One package of each module, by module folder. */
    private static final Map<String, String> A_PACKAGE_OF_EACH_MODULE = Map.of(
            "scopekit-target-api", "io.scopekit.target.permission",
            "scopekit-kit", "io.scopekit.oracle",
            "scopekit-simulator", "io.scopekit.simulator",
            "scopekit-cli", "io.scopekit.cli");

    @Test
    void should_import_production_classes_of_every_module_when_the_architecture_tests_read_the_class_path() {
        // GIVEN / WHEN the import every architecture test makes
        JavaClasses production = ProductionClasses.all();

        // THEN each module's package is there with production classes, and no test class came with them
        A_PACKAGE_OF_EACH_MODULE.forEach((module, pkg) -> then(production.stream()
                .filter(c -> c.getPackageName().equals(pkg)).count()).as(module + " (" + pkg + ")").isPositive());
        then(production.stream().map(JavaClass::getSimpleName)).noneMatch(name -> name.endsWith("Test"));
    }
}
