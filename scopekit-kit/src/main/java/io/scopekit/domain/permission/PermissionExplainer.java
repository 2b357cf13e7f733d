package io.scopekit.domain.permission;

import io.scopekit.domain.DomainExplanation;
import io.scopekit.domain.ExplainQuestion;
import io.scopekit.domain.Explainer;
import io.scopekit.oracle.PermissionOracle;
import io.scopekit.oracle.PermissionOracles;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.oracle.PermissionSituations;
import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * {@code scopekit explain} on a permission model (docs/explain.md, "Server side"): the options become a
 * {@link PermissionSituations.Question}, and the permission oracle answers the API call or lifecycle step.
 */
public final class PermissionExplainer implements Explainer {

    @Override
    public boolean explains(SpecCatalog catalog, String platform) {
        return PermissionSituations.on(catalog).isModel(platform);
    }

    @Override
    public DomainExplanation explain(SpecCatalog catalog, @Nullable Path rulesDir, ExplainQuestion q) {
        PermissionOracle oracle = PermissionOracles.create(catalog, rulesDir);
        PermissionSituations.Question question = new PermissionSituations.Question(q.text("--platform"),
                q.text("--action"), q.text("--app-type"), q.text("--identity"), q.text("--token"),
                q.flag("--developer"), q.text("--api"), q.list("--field"), q.list("--has"), q.list("--level"),
                q.list("--grant"), q.flag("--data-scope"), q.flag("--test-version"), q.text("--version-status"),
                q.text("--reason"), q.list("--approved-by"), q.list("--permission"), q.text("--import-json"),
                q.text("--reviewer"), q.text("--release-kind"), q.list("--owner"), q.list("--event-needs"));
        PermissionSituation situation = PermissionSituations.on(catalog).situation(question);
        return new PermissionExplanation(situation, oracle.decide(situation));
    }
}
