package io.scopekit.simulator.internal;

import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.oracle.PermissionOracle;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.Violation;
import io.scopekit.simulator.AccessDecisions;
import io.scopekit.permission.EventDelivery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes the simulator's decisions from the permission oracle (the Drools rules of {@code rules/access} and
 * {@code rules/review}), so that the simulator answers as the rules say: each call and application becomes a
 * {@link PermissionSituation} built from the simulator's state.
 */
public final class OracleAccessDecisions implements AccessDecisions {

    private static final long APP_PERMISSION_MISSING = 99991672L;
    private static final long USER_GRANT_MISSING = 99991679L;

    private final PermissionOracle oracle;
    private final String model;

    /** Creates the decisions over an oracle for a permission model id. */
    public OracleAccessDecisions(PermissionOracle oracle, String model) {
        this.oracle = oracle;
        this.model = model;
    }

    @Override
    public CallVerdict decideCall(CallFacts call) {
        Identity identity = Identity.fromWireName(call.identity());
        List<PermissionStatus> statuses = new ArrayList<>();
        call.enabled().forEach(p -> statuses.add(new PermissionStatus(p, identity, PermissionState.ENABLED)));
        call.applied().forEach(p -> statuses.add(new PermissionStatus(p, identity, PermissionState.PENDING_RELEASE)));
        String owner = identity == Identity.USER ? (call.developerToken() ? call.developer() : call.owner()) : null;
        String developer = call.developer().isEmpty() ? "-" : call.developer();
        AppState app = new AppState(call.app(), call.tenant(), AppType.fromWireName(call.appType()), developer, false,
                call.dataScopeConfigured(), statuses, List.of(), Map.of(), List.of(), null, null, List.of(),
                owner == null ? Map.of() : Map.of(owner, List.copyOf(call.userGranted())));
        PermissionDecision d = oracle.decide(new PermissionSituation(model, app,
                new ApiCall(call.app(), identity, TokenStatus.VALID, owner, call.api(), call.fields())));
        if (d.isUnspecified(PermissionAspect.OUTCOME)) {
            return new Refused(Reason.UNSPECIFIED, List.of(), d.unspecified().get(PermissionAspect.OUTCOME)
                    + " [" + rules(d) + "]");
        }
        if (d.outcome() == CallOutcome.SUCCESS) {
            return new Served(new LinkedHashSet<>(d.withheld()), d.resourceOwner());
        }
        List<String> subjects = d.violations().stream().map(Violation::subject).toList();
        if (d.code() != null && d.code() == APP_PERMISSION_MISSING) {
            return new Refused(Reason.APP_PERMISSION_MISSING, subjects, rules(d));
        }
        if (d.code() != null && d.code() == USER_GRANT_MISSING) {
            return new Refused(Reason.USER_GRANT_MISSING, subjects, rules(d));
        }
        String why = d.unspecified().getOrDefault(PermissionAspect.CODE, "refused");
        return new Refused(Reason.UNSPECIFIED, subjects, why + " [" + rules(d) + "]");
    }

    @Override
    public ApplicationState decideApply(ApplyFacts apply) {
        Identity identity = Identity.fromWireName(apply.identity());
        AppType type = AppType.fromWireName(apply.appType());
        // a custom app's permission is review-exempt only where the tenant admin configured it (seed 001, 自建应用)
        Map<String, PermissionLevel> levels = type == AppType.CUSTOM ? Map.of(apply.permission(),
                apply.reviewExempt() ? PermissionLevel.REVIEW_EXEMPT : PermissionLevel.REVIEW_REQUIRED) : Map.of();
        AppState app = new AppState("app", "tenant", type, "-", apply.testVersion(), apply.dataScopeConfigured(),
                List.of(), List.of(), levels, List.of(), null, null, List.of(), Map.of());
        LifecycleAction action = apply.imported()
                ? LifecycleAction.importJson("app", "{\"scopes\":{\"" + identity.wireName() + "\":[\""
                        + apply.permission() + "\"]}}")
                : LifecycleAction.apply("app", List.of(new PermissionRef(apply.permission(), identity)));
        PermissionDecision d = oracle.decide(new PermissionSituation(model, app, action));
        Set<PermissionState> states = d.statesAfter().stream()
                .filter(s -> s.permission().equals(apply.permission()) && s.identity() == identity)
                .map(PermissionStatus::state).collect(Collectors.toSet());
        if (states.contains(PermissionState.NEEDS_DATA_SCOPE)) {
            return ApplicationState.NEEDS_DATA_SCOPE;
        }
        return states.contains(PermissionState.ENABLED) ? ApplicationState.ENABLED : ApplicationState.PENDING_RELEASE;
    }

    @Override
    public java.util.Optional<Boolean> decideEvent(EventFacts event) {
        Identity identity = Identity.fromWireName(event.identity());
        List<PermissionStatus> statuses = new ArrayList<>();
        event.states().forEach((p, s) -> statuses.add(new PermissionStatus(p, identity, switch (s) {
            case PENDING_RELEASE -> PermissionState.PENDING_RELEASE;
            case IN_REVIEW -> PermissionState.IN_REVIEW;
            case ENABLED -> PermissionState.ENABLED;
            case NEEDS_DATA_SCOPE -> PermissionState.NEEDS_DATA_SCOPE;
        })));
        AppState app = new AppState(event.app(), event.tenant(), AppType.fromWireName(event.appType()), "-", false,
                false, statuses, List.of(), Map.of(), List.of(), null, null, List.of(), Map.of());
        PermissionDecision d = oracle.decide(new PermissionSituation(model, app, new EventDelivery(event.app(),
                identity, event.subscriber().isEmpty() ? null : event.subscriber(), event.owners(), event.anyOf())));
        return d.isUnspecified(PermissionAspect.DELIVERED) || d.delivered() == null ? java.util.Optional.empty()
                : java.util.Optional.of(d.delivered());
    }

    private static String rules(PermissionDecision d) {
        return d.firedRules().stream().map(FiredRule::name).collect(Collectors.joining("; "));
    }
}
