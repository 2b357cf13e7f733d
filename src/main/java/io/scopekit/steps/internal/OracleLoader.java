package io.scopekit.steps.internal;

import io.scopekit.oracle.ConsentOracle;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

/** Builds the Drools consent oracle from the embedded or overridden specs and rules. */
final class OracleLoader {
    private OracleLoader() {}

    static ConsentOracle load(Path specs, Path rules) {
        // Reflective until branch 'oracle' (io.scopekit.oracle.ConsentOracles) is merged; then a direct call.
        try {
            Class<?> factory = Class.forName("io.scopekit.oracle.ConsentOracles");
            return (ConsentOracle) factory.getMethod("create", Path.class, Path.class).invoke(null, specs, rules);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot build the consent oracle: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the consent oracle (io.scopekit.oracle.ConsentOracles) is not on the "
                    + "class path", e);
        }
    }
}
