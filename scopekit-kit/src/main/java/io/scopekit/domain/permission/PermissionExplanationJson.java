package io.scopekit.domain.permission;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scopekit.check.CheckRecord;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.ScopeLists;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON shape of a {@link PermissionExplanation} (docs/explain.md, "Server side"). Enums in wire form, maps
 * sorted by key, lists in the oracle's order.
 */
@JsonPropertyOrder({"situation", "outcome", "httpStatus", "code", "messagePatterns", "violations", "fields",
        "withheld", "resourceOwner", "statesAfter", "notEnabled", "versionStatus", "export", "imported", "delivered",
        "unspecified", "firedRules"})
record PermissionExplanationJson(
        SituationJson situation,
        String outcome,
        Integer httpStatus,
        Long code,
        List<String> messagePatterns,
        List<ViolationJson> violations,
        List<String> fields,
        List<String> withheld,
        OwnerJson resourceOwner,
        List<StatusJson> statesAfter,
        List<String> notEnabled,
        String versionStatus,
        ExportJson export,
        ListsJson imported,
        Boolean delivered,
        Map<String, String> unspecified,
        List<CheckRecord.Rule> firedRules) {

    @JsonPropertyOrder({"model", "app", "request"})
    record SituationJson(String model, AppJson app, RequestJson request) {}

    @JsonPropertyOrder({"id", "type", "testVersion", "dataScopeConfigured", "permissions", "levels", "versionStatus",
            "approvals", "userGrants"})
    record AppJson(String id, String type, boolean testVersion, boolean dataScopeConfigured,
            List<StatusJson> permissions, Map<String, String> levels, String versionStatus, List<String> approvals,
            Map<String, List<String>> userGrants) {}

    @JsonPropertyOrder({"kind", "action", "identity", "token", "owner", "api", "fields", "permissions", "importJson",
            "reviewer", "releaseKind"})
    record RequestJson(String kind, String action, String identity, String token, String owner, String api,
            List<String> fields, List<String> permissions, String importJson, String reviewer, String releaseKind) {}

    @JsonPropertyOrder({"permission", "identity", "state"})
    record StatusJson(String permission, String identity, String state) {
        static StatusJson of(PermissionStatus s) {
            return new StatusJson(s.permission(), s.identity().wireName(), s.state().wireName());
        }
    }

    @JsonPropertyOrder({"type", "subject"})
    record ViolationJson(String type, String subject) {}

    @JsonPropertyOrder({"kind", "id"})
    record OwnerJson(String kind, String id) {}

    @JsonPropertyOrder({"tenant", "user"})
    record ListsJson(List<String> tenant, List<String> user) {
        static ListsJson of(ScopeLists l) {
            return l == null ? null : new ListsJson(l.tenant(), l.user());
        }
    }

    record ExportJson(ListsJson scopes) {}

    static PermissionExplanationJson of(PermissionExplanation e) {
        PermissionSituation s = e.situation();
        PermissionDecision d = e.decision();
        Map<String, String> unspecified = new TreeMap<>();
        d.unspecified().forEach((aspect, reason) -> unspecified.put(aspect.wireName(), reason));
        return new PermissionExplanationJson(
                new SituationJson(s.model(), app(s.app()), request(s.request())),
                d.outcome() == null ? null : d.outcome().wireName(), d.httpStatus(), d.code(), d.messagePatterns(),
                d.violations().stream().map(v -> new ViolationJson(v.type(), v.subject())).toList(), d.fields(),
                d.withheld(),
                d.resourceOwner() == null ? null
                        : new OwnerJson(d.resourceOwner().kind().wireName(), d.resourceOwner().id()),
                d.isUnspecified(PermissionAspect.STATES) ? null
                        : d.statesAfter().stream().map(StatusJson::of).toList(),
                d.notEnabled().stream().map(PermissionRef::toString).toList(),
                d.versionStatus() == null ? null : d.versionStatus().wireName(),
                d.export() == null ? null : new ExportJson(ListsJson.of(d.export().scopes())),
                ListsJson.of(d.imported()), d.delivered(), unspecified, CheckRecord.Rule.of(d.firedRules()));
    }

    private static AppJson app(AppState a) {
        Map<String, String> levels = new TreeMap<>();
        a.levels().forEach((p, l) -> levels.put(p, l.wireName()));
        return new AppJson(a.id(), a.type().wireName(), a.testVersion(), a.dataScopeConfigured(),
                a.current().stream().map(StatusJson::of).toList(), levels,
                a.versionStatus() == null ? null : a.versionStatus().wireName(),
                a.approvals().stream().map(Reviewer::wireName).toList(), new TreeMap<>(a.userGrants()));
    }

    private static RequestJson request(PlatformRequest r) {
        if (r instanceof ApiCall c) {
            return new RequestJson("api-call", "call-api", c.identity().wireName(), c.token().wireName(), c.owner(),
                    c.api(), c.fields(), null, null, null, null);
        }
        if (r instanceof EventDelivery e) {
            return new RequestJson("event", "deliver-event", e.identity().wireName(), null, e.subscriber(), null,
                    null, e.owners(), null, null, null);
        }
        LifecycleAction a = (LifecycleAction) r;
        return new RequestJson("lifecycle", a.step().wireName(), null, null, null, null, null,
                a.permissions().stream().map(PermissionRef::toString).toList(), a.importJson(),
                a.reviewer() == null ? null : a.reviewer().wireName(),
                a.releaseKind() == null ? null : a.releaseKind().wireName());
    }
}
