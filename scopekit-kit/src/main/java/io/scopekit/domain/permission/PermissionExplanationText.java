package io.scopekit.domain.permission;

import io.scopekit.domain.ExplanationLines;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The permission domain's part of the text of {@code scopekit explain} on a permission model: which aspects a
 * {@link PermissionExplanation} shows and how they read; the layout and the rules-fired tail are
 * {@link ExplanationLines}', the JSON form {@link PermissionExplanationJson}'s.
 */
public final class PermissionExplanationText {

    private PermissionExplanationText() {}

    static void print(PrintWriter out, PermissionExplanation e) {
        PermissionSituation s = e.situation();
        PermissionDecision d = e.decision();
        AppState app = s.app();
        ExplanationLines<PermissionAspect> lines = new ExplanationLines<>(out, d::isUnspecified);
        lines.headline(s.model() + ", " + app.type().wireName() + " app" + (app.testVersion() ? " (test version)" : "")
                + ": " + describe(s));
        lines.line("app before", before(app));
        lines.aspect("outcome", PermissionAspect.OUTCOME,
                d.outcome() == null ? null : d.outcome().wireName());
        if (s.request() instanceof ApiCall) {
            lines.aspect("http status", PermissionAspect.HTTP_STATUS, String.valueOf(d.httpStatus()));
            lines.aspect("code", PermissionAspect.CODE, String.valueOf(d.code()));
        }
        if (d.outcome() == CallOutcome.FAIL) {
            lines.aspect("message", PermissionAspect.MESSAGE,
                    d.messagePatterns().isEmpty() ? "any" : "contains one of " + d.messagePatterns());
            if (s.request() instanceof ApiCall) {
                lines.aspect("violations", PermissionAspect.VIOLATIONS, violations(d.violations()));
            }
        }
        if (s.request() instanceof ApiCall c && !c.fields().isEmpty()) {
            lines.aspect("fields", PermissionAspect.FIELDS, d.fields() == null ? "none"
                    : "returned " + d.fields() + ", withheld " + d.withheld());
        }
        if (d.resourceOwner() != null) {
            lines.line("resource owner", d.resourceOwner().kind().wireName() + " " + d.resourceOwner().id());
        }
        if (d.delivered() != null) {
            lines.line("delivered", String.valueOf(d.delivered()));
        }
        if (s.request() instanceof LifecycleAction) {
            lines.aspect("states after", PermissionAspect.STATES, states(d.statesAfter()));
            if (!d.notEnabled().isEmpty()) {
                lines.line("not enabled", String.valueOf(d.notEnabled()));
            }
            if (d.versionStatus() != null || d.isUnspecified(PermissionAspect.VERSION_STATUS)) {
                lines.aspect("version status", PermissionAspect.VERSION_STATUS,
                        String.valueOf(d.versionStatus() == null ? null : d.versionStatus().wireName()));
            }
            if (d.export() != null) {
                lines.line("export", lists(d.export().scopes()));
            }
            if (d.imported() != null) {
                lines.line("imported", lists(d.imported()));
            }
        }
        lines.end(d.firedRules(), d.unspecified(), PermissionAspect::wireName);
    }

    private static String describe(PermissionSituation s) {
        if (s.request() instanceof ApiCall c) {
            return "call-api " + c.api() + " as " + c.identity().wireName()
                    + (c.owner() == null ? "" : " " + c.owner()) + " (token " + c.token().wireName() + ")"
                    + (c.fields().isEmpty() ? "" : ", fields " + c.fields());
        }
        if (s.request() instanceof EventDelivery ev) {
            return "deliver-event to a " + ev.identity().wireName() + " subscription"
                    + (ev.subscriber() == null ? "" : " of " + ev.subscriber()) + ", document owned or managed by "
                    + ev.owners() + (ev.anyOf().isEmpty() ? ", event's permissions not named"
                            : ", event needs any of " + ev.anyOf());
        }
        LifecycleAction a = (LifecycleAction) s.request();
        List<String> parts = new ArrayList<>();
        parts.add(a.step().wireName());
        if (!a.permissions().isEmpty()) {
            parts.add(a.permissions().toString());
        }
        if (a.importJson() != null) {
            parts.add(a.importJson());
        }
        if (a.reviewer() != null) {
            parts.add("by " + a.reviewer().wireName());
        }
        if (a.releaseKind() != null) {
            parts.add(a.releaseKind().wireName());
        }
        return String.join(" ", parts);
    }

    private static String before(AppState app) {
        List<String> parts = new ArrayList<>();
        parts.add(app.current().isEmpty() ? "no permissions" : states(app.current()));
        app.levels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(l -> parts.add(l.getKey() + " " + l.getValue().wireName()));
        if (app.dataScopeConfigured()) {
            parts.add("data scope configured");
        }
        if (app.versionStatus() != null) {
            parts.add("version " + app.versionStatus().wireName()
                    + (app.approvals().isEmpty() ? "" : " approved by " + app.approvals().stream()
                            .map(r -> r.wireName()).toList()));
        }
        app.userGrants().forEach((u, g) -> parts.add(u + " granted " + g));
        return String.join("; ", parts);
    }

    private static String violations(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "none";
        }
        return String.join(", ", violations.stream().map(v -> v.type() + " " + v.subject()).toList());
    }

    private static String states(List<PermissionStatus> states) {
        if (states.isEmpty()) {
            return "none";
        }
        return String.join(", ", states.stream()
                .map(s -> s.identity().wireName() + ":" + s.permission() + "=" + s.state().wireName()).toList());
    }

    private static String lists(ScopeLists l) {
        return "tenant " + (l.tenant() == null ? "(no tab)" : l.tenant()) + ", user "
                + (l.user() == null ? "(no tab)" : l.user());
    }
}
