package io.scopekit.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The kit's production classes (every module's {@code io.scopekit} package, no test class) as ArchUnit reads them,
 * imported once per test JVM: the architecture tests check their rules on the same import, which is immutable, instead
 * of reading the class path again each.
 */
public final class ProductionClasses {

    private ProductionClasses() {}

    /** Returns the import, made on first use. */
    public static JavaClasses all() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final JavaClasses ALL = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.scopekit");
    }
}
