package io.scopekit.domain;

import io.scopekit.harness.RunDomain;
import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The kit's domains: each registers its {@link Explainer}, a {@link RunDomain}, for {@link ServiceLoader} (a line in
 * {@code META-INF/services/io.scopekit.harness.RunDomain} beside its package), and the command line reaches a domain
 * only through this class, naming none. A {@code ServiceLoader} rather than a list written here, so that adding a
 * domain edits no shared file (docs/architecture.md, "A new domain"): the kit's own file lists consent, then the
 * permission platforms, and a domain on another jar comes after them. Its run resources need no more: each is a
 * {@link io.scopekit.harness.RunResource} key its own package holds.
 */
public final class Domains {

    private Domains() {}

    /**
     * Returns the domains' explainers in registration order, found by the thread's context class loader (or this
     * class's): the help of an option two domains read says their parts in this order, and an id no domain's spec
     * names goes to the first, whose error lists the platforms it could have meant.
     *
     * @throws IllegalStateException when no domain is registered (a broken kit jar)
     */
    public static List<Explainer> explainers() {
        List<Explainer> explainers = new ArrayList<>();
        for (RunDomain domain : registered()) {
            if (domain instanceof Explainer explainer) {
                explainers.add(explainer);
            }
        }
        if (explainers.isEmpty()) {
            throw new IllegalStateException("no domain registered (META-INF/services/" + RunDomain.class.getName()
                    + " is missing from the kit)");
        }
        return explainers;
    }

    /**
     * Compiles every registered domain's rules in {@code rulesDir} without building an oracle
     * ({@link RunDomain#checkRules}).
     *
     * @throws io.scopekit.oracle.RulesInvalidException when a rule file does not compile
     */
    public static void checkRules(Path rulesDir) {
        for (RunDomain domain : registered()) {
            domain.checkRules(rulesDir);
        }
    }

    /** Returns the explainer of the domain whose spec {@code platform} names (the first domain's when none does). */
    public static Explainer explainer(SpecCatalog catalog, String platform) {
        List<Explainer> explainers = explainers();
        return explainers.stream().filter(e -> e.explains(catalog, platform)).findFirst()
                .orElse(explainers.get(0));
    }

    /**
     * Returns the options of {@code explain} the domains read, one per name in the order they are first listed; an
     * option several domains read is merged ({@link ExplainOption#mergedWith}).
     *
     * @throws IllegalStateException when two domains declare one option differently
     */
    public static List<ExplainOption> explainOptions() {
        Map<String, ExplainOption> byName = new LinkedHashMap<>();
        for (Explainer explainer : explainers()) {
            for (ExplainOption option : explainer.options()) {
                byName.merge(option.name(), option, ExplainOption::mergedWith);
            }
        }
        return List.copyOf(byName.values());
    }

    private static ServiceLoader<RunDomain> registered() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return ServiceLoader.load(RunDomain.class, context != null ? context : Domains.class.getClassLoader());
    }
}
