package io.scopekit.domain;

import io.scopekit.domain.consent.ConsentExplainer;
import io.scopekit.domain.permission.PermissionExplainer;
import io.scopekit.spec.SpecCatalog;
import java.util.List;

/**
 * The kit's domains, registered once: the command line and the engine reach a domain through this list and name
 * none. A new domain adds its entry here (docs/architecture.md, "A new domain").
 */
public final class Domains {

    /**
     * The explainers in the order they are asked: the permission models claim their ids; the consent domain takes
     * every other id, so an id that is no spec's gets the consent domain's error listing the client platforms.
     */
    private static final List<Explainer> EXPLAINERS = List.of(new PermissionExplainer(), new ConsentExplainer());

    private Domains() {}

    /** Returns the explainer of the domain whose spec {@code platform} names. */
    public static Explainer explainer(SpecCatalog catalog, String platform) {
        return EXPLAINERS.stream().filter(e -> e.explains(catalog, platform)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no domain explains " + platform));
    }
}
