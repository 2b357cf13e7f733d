package io.scopekit.domain.permission;

import io.scopekit.harness.PermissionTargets;
import io.scopekit.harness.RunTarget;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.domain.DomainExplanation;
import io.scopekit.domain.ExplainOption;
import io.scopekit.domain.ExplainQuestion;
import io.scopekit.domain.Explainer;
import io.scopekit.oracle.PermissionOracle;
import io.scopekit.oracle.PermissionOracles;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.oracle.PermissionSituations;
import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code scopekit explain} on a permission model (docs/explain.md, "Server side"): the options become a
 * {@link PermissionSituations.Question}, and the permission oracle answers the API call or lifecycle step. It prepares
 * no run part ahead: a verify run builds the permission oracle when its first open-platform scenario asks, as it always
 * did.
 */
public final class PermissionExplainer implements Explainer {

    /** The options a permission model is asked with; the words are explain's help, unchanged. */
    private static final List<ExplainOption> OPTIONS = List.of(
            ExplainOption.text("--action", "ACTION", "On a permission model: call-api, deliver-event or a lifecycle "
                    + "step (apply, import, export, create-version, submit-version, approve-version, reject-version, "
                    + "switch-to-test-version, switch-to-formal-version, release, configure-data-scope).").mandatory(),
            // described by the client platforms' domain, which reads it too
            ExplainOption.text("--api", "NAME", ""),
            ExplainOption.text("--app-type", "custom|store", "Permission model: the app's type (default custom)."),
            ExplainOption.text("--identity", "tenant|user", "Permission model: the token's identity, and of "
                    + "--permission/--has without a prefix (default tenant)."),
            ExplainOption.text("--token", "T", "Permission model: valid (default), missing, invalid or expired."),
            ExplainOption.flag("--developer", "Permission model: the user token is the app developer's own."),
            ExplainOption.list("--field", "F", "Permission model: a response field asked for (repeatable)."),
            ExplainOption.list("--has", "[ID:]P=STATE",
                    "Permission model: a permission of the app before, e.g. tenant:im:message=enabled (repeatable)."),
            ExplainOption.list("--level", "P=LEVEL", "Permission model: a permission's level in the app: "
                    + "review-exempt, review-required, normal, advanced (repeatable)."),
            ExplainOption.list("--grant", "P",
                    "Permission model: a permission the token's user authorized (repeatable)."),
            ExplainOption.flag("--data-scope", "Permission model: the app's data scope is configured."),
            ExplainOption.flag("--test-version", "Permission model: the app runs its test version."),
            ExplainOption.text("--version-status", "S", "Permission model: the latest version's status: "
                    + "pending-application, in-review, testing, approved, rejected."),
            ExplainOption.text("--reason", "TEXT", "Permission model: the version's reason (申请理由)."),
            ExplainOption.list("--approved-by", "R",
                    "Permission model: a reviewer that approved the version so far (repeatable)."),
            ExplainOption.list("--permission", "[ID:]P",
                    "Permission model, apply: a permission to apply for (repeatable)."),
            ExplainOption.text("--import-json", "JSON", "Permission model, import: the batch JSON."),
            ExplainOption.text("--reviewer", "R",
                    "Permission model, approve/reject-version: platform or tenant-admin."),
            ExplainOption.text("--release-kind", "K", "Permission model, release: targeted, full or non-public."),
            ExplainOption.list("--owner", "ID", "Permission model, deliver-event: who owns or manages the changed "
                    + "document (repeatable): app (the app), user (the token's user) or another id."),
            ExplainOption.list("--event-needs", "P", "Permission model, deliver-event: a permission the event's page "
                    + "lists (repeatable; default: not named)."));

    /** The run's open-platform target: it implements the whole model, so it declares no coverage. */
    @Override
    public RunTarget<?> runTarget() {
        return new RunTarget<>(PermissionTargets.RUN_TARGET, PermissionTarget::identity, null);
    }

    @Override
    public List<ExplainOption> options() {
        return OPTIONS;
    }


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
