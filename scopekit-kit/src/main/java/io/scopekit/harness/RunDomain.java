package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A domain of the kit as the run engine sees it, registered for {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/io.scopekit.harness.RunDomain}): the one registration a domain makes. The engine asks it
 * only which of its parts a run builds ahead ({@link RunResources#prepare()}), to check its rules alone, and for its run
 * target ({@link #runTarget()}, the certificate's probe); everything else a domain brings is
 * reached through its own {@link RunResource} keys, and {@code explain} finds its {@code io.scopekit.domain.Explainer}
 * (which extends this) through the same registration.
 */
@API(status = EXPERIMENTAL)
public interface RunDomain {

    /**
     * Returns the parts a run builds before its scenarios start, on a spare core while they are discovered (an oracle
     * that takes a while to compile); none by default, for a domain whose parts are cheap or seldom used.
     */
    default List<RunResource<?>> preparedParts() {
        return List.of();
    }

    /**
     * Compiles the domain's rules in {@code rulesDir} without building an oracle, so that {@code verify} reports broken
     * rules when the specs an oracle is built over do not load; does nothing by default.
     *
     * @throws io.scopekit.oracle.RulesInvalidException when a rule file does not compile
     */
    default void checkRules(Path rulesDir) {}

    /**
     * Returns the domain's run target, which the certificate's probe resolves from {@code --target} and asks who it
     * is; {@code null} (the default) for a domain a run has no target of.
     */
    default @Nullable RunTarget<?> runTarget() {
        return null;
    }

    /**
     * Returns the registered domains in registration order, found through the thread's context class loader (or this
     * interface's).
     */
    static List<RunDomain> registered() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        List<RunDomain> domains = new ArrayList<>();
        ServiceLoader.load(RunDomain.class, context != null ? context : RunDomain.class.getClassLoader())
                .forEach(domains::add);
        return domains;
    }
}
