package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A domain of the kit as the run engine sees it, registered for {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/io.scopekit.harness.RunDomain}): the one registration a domain makes. The engine asks it
 * only which of its parts a run builds ahead ({@link RunResources#prepare()}) and to check its rules alone; everything else a domain brings is
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
}
